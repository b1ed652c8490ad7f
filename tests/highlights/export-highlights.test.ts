import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildExportZip } from '../../lib/export/build-export-zip';
import type { ExportAnnotationSource } from '../../lib/export/create-export-part';
import type { ExportManifest } from '../../lib/export/export-manifest';
import type { Highlight } from '../../lib/highlights/highlight';
import { readExportZip } from '../../lib/import/read-export-zip';
import { makeStoredArticle } from '../articles/article-factory';
import { joinChunks } from '../export/join-chunks';
import { must } from '../harness/must';
import { inEnglish } from '../harness/locale-messages';

const NOW = new Date('2026-11-29T10:00:00.000Z');
const marked = makeStoredArticle({
  id: 1,
  title: 'Tides',
  markdown: 'The tide turns twice a day.\n\nSailors wait for *slack water* before leaving.\n',
});
const plain = makeStoredArticle({ id: 2, title: 'Moons', markdown: 'The moon pulls the sea.\n' });

const HIGHLIGHTS: Highlight[] = [
  {
    id: 'a',
    articleId: 1,
    color: 'green',
    quote: { exact: 'slack water', prefix: 'Sailors wait for ', suffix: ' before', start: 45, end: 56 },
    note: 'The calm between tides.',
    createdAt: '2026-11-29T09:00:00.000Z',
  },
  {
    id: 'b',
    articleId: 1,
    color: 'pink',
    quote: { exact: 'a sentence the new copy lost', prefix: '', suffix: '', start: 0, end: 10 },
    note: '',
    createdAt: '2026-11-29T09:30:00.000Z',
  },
];

const source: ExportAnnotationSource = {
  of: async (id) => (id === 1 ? { highlights: HIGHLIGHTS, note: 'Check the almanac.' } : null),
};

async function exported(annotations?: ExportAnnotationSource) {
  const chunks = await buildExportZip([marked, plain], { total: 2, now: NOW, annotations });
  return joinChunks(chunks);
}

describe('highlights in the export', () => {
  it('writes ==text== and a closing section, and leaves an article without any byte-identical', async () => {
    const files = unzipSync(await exported(source));
    const without = unzipSync(await exported());
    const tides = strFromU8(must(files['tides.md']));
    expect(tides).toContain('Sailors wait for ==*slack water*== before leaving.');
    expect(tides.slice(tides.indexOf('\n\n## Highlights'))).toBe(
      '\n\n## Highlights\n\nCheck the almanac.\n\n> ==slack water==\n\nThe calm between tides.\n\n> ==a sentence the new copy lost==\n',
    );
    expect(files['moons.md']).toEqual(without['moons.md']);
    const manifest = JSON.parse(strFromU8(must(files['manifest.json']))) as ExportManifest;
    expect(manifest.formatVersion).toBe(3);
    expect(manifest.articles[1]?.annotations).toBeUndefined();
    expect(JSON.parse(strFromU8(must(without['manifest.json']))).formatVersion).toBe(1);
  });

  it('is read back by the import with the original body and every highlight and note', async () => {
    const read = await readExportZip(await exported(source));
    if (!read.ok) throw new Error(inEnglish(read.message));
    const [tides, moons] = read.articles;
    expect(tides?.article.markdown).toBe(marked.markdown);
    expect(moons?.article.markdown).toBe(plain.markdown);
    expect(tides?.annotations?.note).toBe('Check the almanac.');
    expect(tides?.annotations?.highlights).toEqual(HIGHLIGHTS.map(({ articleId: _, ...h }) => h));
    expect(moons?.annotations).toBeUndefined();
  });

  it('refuses a zip whose manifest says other highlights than the file shows', async () => {
    const files = unzipSync(await exported(source));
    const manifest = JSON.parse(strFromU8(must(files['manifest.json']))) as ExportManifest;
    const entry = must(manifest.articles[0]?.annotations);
    entry.highlights = entry.highlights.map((h) => ({ ...h, note: 'changed' }));
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
    const read = await readExportZip(zipSync(files));
    if (read.ok) throw new Error('The zip was read.');
    expect(inEnglish(read.message)).toMatch(/tides\.md.*highlights do not match/);
  });
});
