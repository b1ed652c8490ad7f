import { randomBytes } from 'node:crypto';
import { inEnglish } from '../harness/locale-messages';
import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../lib/article';
import { buildExportZip } from '../../lib/export/build-export-zip';
import { readExportZip } from '../../lib/import/read-export-zip';
import { makeStoredArticle } from '../articles/article-factory';
import { joinChunks } from '../export/join-chunks';
import { must } from '../harness/must';

const NOW = new Date('2026-11-27T10:15:00.000Z');
const MB = 1_000_000;

async function exportZip(list: StoredArticle[]) {
  return joinChunks(await buildExportZip(list, { total: list.length, now: NOW }));
}

/** Articles an older version could store, each with what the import must do with it. */
const good = makeStoredArticle({ id: 1, title: 'Good' });
const code = makeStoredArticle({
  id: 2,
  title: 'Code',
  markdown: `\`\`\`js\n${'console.log("repeat");\n'.repeat((2 * MB) / 22)}\`\`\``,
});
const untitled = makeStoredArticle({ id: 3, title: '' });
// 18 MB of inline images, as a page could give before capture had limits: random, so it
// compresses as images do and is no zip bomb.
const huge = makeStoredArticle({
  id: 4,
  title: 'Huge',
  markdown: `![A photo](data:image/png;base64,${randomBytes((18 * MB * 3) / 4).toString('base64')})`,
});
const badDate = makeStoredArticle({ id: 5, title: 'Bad date', publishedTime: '2024-01-01T99:99:00' });
const hiddenScript = makeStoredArticle({ id: 6, title: 'Hidden script', leadImage: 'java\tscript:alert(1)' });
const messyTags = makeStoredArticle({ id: 7, title: 'Messy tags', tags: ['', 'x'.repeat(100_000), 'News '] });
const longTitle = makeStoredArticle({ id: 8, title: 'T'.repeat(100_000) });
const scriptSource = makeStoredArticle({
  id: 9,
  title: 'Script source',
  sourceUrl: 'java\tscript:alert(1)',
  canonicalUrl: 'java\tscript:alert(2)',
});

describe('readExportZip, given files it cannot take as they are', () => {
  it('skips each bad file with its reason, fixes what it can with a note, and reads the rest', async () => {
    const articles = [good, code, untitled, huge, badDate, hiddenScript, messyTags, longTitle, scriptSource];
    const result = await readExportZip(await exportZip(articles));
    if (!result.ok) throw new Error(inEnglish(result.message));
    const read = new Map(result.articles.map((entry) => [entry.article.canonicalUrl, entry]));
    const skipped = new Map(result.skipped.map((entry) => [entry.fileName, inEnglish(entry.reason)]));

    expect(read.get(good.canonicalUrl)).toEqual({
      fileName: 'good.md',
      article: { ...good, id: undefined, tags: undefined, status: undefined, progress: undefined },
      tags: good.tags,
      state: { status: good.status, progress: good.progress },
      sha256: expect.any(String),
      notes: [],
      images: [],
    });
    expect(read.get(code.canonicalUrl)?.article.markdown).toBe(code.markdown);
    expect(read.get(badDate.canonicalUrl)?.article.publishedTime).toBeNull();
    expect(read.get(badDate.canonicalUrl)?.notes.map(inEnglish)).toEqual([
      expect.stringMatching(/published.*not a date/i),
    ]);
    expect(read.get(hiddenScript.canonicalUrl)?.article.leadImage).toBeNull();
    expect(read.get(hiddenScript.canonicalUrl)?.notes.map(inEnglish)).toEqual([
      expect.stringMatching(/image/i),
    ]);
    expect(read.get(messyTags.canonicalUrl)?.tags).toEqual(['x'.repeat(40), 'news']);
    expect(read.get(messyTags.canonicalUrl)?.notes.map(inEnglish)).toEqual([expect.stringMatching(/tags/i)]);
    const cut = must(read.get(longTitle.canonicalUrl));
    expect(cut.article.title).toMatch(/^T+…$/);
    expect(cut.notes.map(inEnglish)).toEqual([expect.stringMatching(/title .* cut/)]);
    expect(result.articles).toHaveLength(6);

    expect([...skipped.keys()].sort()).toEqual(['example-com-3.md', 'huge.md', 'script-source.md']);
    expect(skipped.get('example-com-3.md')).toMatch(/no title/);
    expect(skipped.get('huge.md')).toMatch(/larger than 16.0 MB/);
    expect(skipped.get('script-source.md')).toMatch(/source.*web address/);
  });

  it('reads a lone article with a title of a million characters: the manifest stays small', async () => {
    const result = await readExportZip(
      await exportZip([makeStoredArticle({ title: 'T'.repeat(1_000_000) })]),
    );
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.articles.map((entry) => entry.article.title.length)).toEqual([1_000]);
  });
});
