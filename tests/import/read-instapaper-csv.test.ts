import { describe, expect, it } from 'vitest';
import { readInstapaperCsv } from '../../lib/import/read-instapaper-csv';
import { allInEnglish, inEnglish } from '../harness/locale-messages';
import { INSTAPAPER_CSV } from './foreign-fixtures';

describe('readInstapaperCsv', () => {
  it('reads each row as a page still to capture: selection as excerpt, Archive as archived, other folders as tags', () => {
    const result = readInstapaperCsv(INSTAPAPER_CSV);
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(allInEnglish(result.skipped)).toEqual([]);
    const [kites, bread, maps] = result.articles;
    expect(kites).toMatchObject({
      url: 'https://kites.example/tails',
      title: 'Kites, tails and wind',
      excerpt: 'Longer tails steady a kite.\nShorter ones let it dance.',
      tags: ['hobbies'],
      savedAt: '2023-11-14T22:13:20.000Z',
      archived: false,
      body: null,
    });
    expect(bread).toMatchObject({ archived: true, tags: [], excerpt: null });
    expect(maps).toMatchObject({ archived: false, tags: ['Cartography'] });
  });

  it('reads an export from before the Tags column', () => {
    const old = 'URL,Title,Selection,Folder,Timestamp\nhttps://a.example/,A,,Unread,1700000000';
    const result = readInstapaperCsv(old);
    expect(result.ok && result.articles.map((a) => a.title)).toEqual(['A']);
  });

  it('refuses a file that lacks its columns, or whose quote never closes', () => {
    expect(allInEnglish(readInstapaperCsv('URL,Title\nhttps://a.example/,A'))).toEqual({
      ok: false,
      message: 'The CSV file lacks the column selection, folder, and timestamp that this export needs.',
    });
    const unclosed = `${INSTAPAPER_CSV}\r\nhttps://b.example/,"Open quote,,Unread,1`;
    expect(allInEnglish(readInstapaperCsv(unclosed))).toMatchObject({
      ok: false,
      message: expect.stringContaining('row 5 is never closed'),
    });
  });
});
