import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readOmnivoreExport } from '../../lib/import/read-omnivore-export';
import type { NamedFile } from '../../lib/import/read-markdown-files';
import { allInEnglish, inEnglish } from '../harness/locale-messages';
import { OMNIVORE_ITEMS, omnivoreZip } from './foreign-fixtures';

const filesOf = (zip: Uint8Array): NamedFile[] =>
  Object.entries(unzipSync(zip)).map(([name, bytes]) => ({ name, bytes }));

describe('readOmnivoreExport', () => {
  it('reads each item with its HTML, labels as tags, dates, archived state and highlights', () => {
    const result = readOmnivoreExport(filesOf(omnivoreZip()));
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(allInEnglish(result.skipped)).toEqual([]);
    const [lanterns, puddles, train] = result.articles;
    expect(lanterns).toMatchObject({
      url: 'https://lanterns.example/old-quarter',
      title: 'Lanterns of the old quarter',
      authors: ['Tomasz Wierzba'],
      excerpt: 'Paper, wire and candle wax.',
      leadImage: 'https://lanterns.example/lantern.jpg',
      tags: ['Crafts', 'evening reading'],
      savedAt: '2024-09-14T18:20:00.000Z',
      publishedTime: '2024-09-01T00:00:00.000Z',
      archived: false,
      body: { kind: 'html', text: expect.stringContaining('mulberry') },
    });
    // The link back to Omnivore goes; the paragraph under a quote is its note.
    expect(lanterns?.highlights).toEqual([
      { quote: 'the street turns gold for a week', note: '', createdAt: null },
      {
        quote: 'The oldest shop has done it for ninety years.',
        note: 'Worth a visit in October.',
        createdAt: null,
      },
    ]);
    expect(puddles).toMatchObject({ archived: true, authors: [], tags: [], publishedTime: null });
    // No content file: a page still to capture.
    expect(train).toMatchObject({ title: 'The slow train home', body: null, highlights: [] });
  });

  it('refuses a metadata file that is not JSON, or not a list, naming it', () => {
    const broken = filesOf(omnivoreZip()).map((file) =>
      file.name.startsWith('metadata_') ? { ...file, bytes: new TextEncoder().encode('[{"url": ') } : file,
    );
    const notJson = readOmnivoreExport(broken);
    expect(allInEnglish(notJson)).toEqual({
      ok: false,
      message: expect.stringMatching(/^metadata_0_to_3\.json is not valid JSON/),
    });
    const notList = readOmnivoreExport(filesOf(omnivoreZip({ items: [] })));
    expect(allInEnglish(notList)).toEqual({
      ok: false,
      message: 'metadata_0_to_3.json does not hold a list of saved pages.',
    });
  });

  it('leaves out an item without an address, naming the field', () => {
    const items = [...OMNIVORE_ITEMS, { slug: 'nowhere', title: 'Nowhere' }];
    const result = readOmnivoreExport(filesOf(omnivoreZip(items)));
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.articles).toHaveLength(3);
    expect(allInEnglish(result.skipped)).toEqual([
      {
        fileName: 'metadata_0_to_3.json #4',
        reason: 'This entry lacks a field or has one of the wrong kind (url).',
      },
    ]);
  });

  it('refuses files without a metadata page', () => {
    expect(allInEnglish(readOmnivoreExport([{ name: 'content/a.html', bytes: new Uint8Array() }]))).toEqual({
      ok: false,
      message: 'This is not an Omnivore export: it has no metadata_*.json file.',
    });
  });
});
