import { describe, expect, it } from 'vitest';
import { isWallabagExport, readWallabagExport } from '../../lib/import/read-wallabag-export';
import { allInEnglish, inEnglish } from '../harness/locale-messages';
import { WALLABAG_ENTRIES } from './foreign-fixtures';

describe('readWallabagExport', () => {
  it('reads entries with their HTML, tags, dates, authors, archived flag and annotations', () => {
    expect(isWallabagExport(WALLABAG_ENTRIES)).toBe(true);
    const result = readWallabagExport(WALLABAG_ENTRIES);
    if (!result.ok) throw new Error(inEnglish(result.message));
    const [compost, bees] = result.articles;
    expect(compost).toMatchObject({
      url: 'https://garden.example/compost',
      title: 'Compost, slowly',
      authors: ['Hedda Lind'],
      siteName: 'garden.example',
      lang: 'en',
      tags: ['gardening', 'Soil'],
      savedAt: '2024-04-02T08:30:00.000Z',
      publishedTime: '2024-03-30T06:00:00.000Z',
      archived: false,
      highlights: [
        {
          quote: 'Leave the heap alone for a season',
          note: 'Try this in March.',
          createdAt: '2024-04-03T10:00:00.000Z',
        },
        { quote: '', note: 'Ask the allotment society.', createdAt: null },
      ],
      body: { kind: 'html', text: expect.stringContaining('<em>brown</em>') },
    });
    expect(bees).toMatchObject({
      archived: true,
      lang: 'de',
      authors: [],
      publishedTime: null,
      highlights: [],
    });
  });

  it('refuses data that is not a list, and leaves out an entry without an address', () => {
    expect(allInEnglish(readWallabagExport({ entries: [] }))).toEqual({
      ok: false,
      message: 'JSON does not hold a list of saved pages.',
    });
    const result = readWallabagExport([...WALLABAG_ENTRIES, { title: 'No address', content: '<p>x</p>' }]);
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.articles).toHaveLength(2);
    expect(allInEnglish(result.skipped)).toEqual([
      { fileName: '#3', reason: 'This entry lacks a field or has one of the wrong kind (url).' },
    ]);
  });

  it('tells other JSON from a Wallabag export', () => {
    expect(isWallabagExport({ url: 'https://a.example/', content: '' })).toBe(false);
    expect(isWallabagExport([{ name: 'x' }])).toBe(false);
    expect(isWallabagExport([])).toBe(false);
  });
});
