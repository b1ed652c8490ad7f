import { describe, expect, it } from 'vitest';
import { articleDocument, buildExportZip } from '../../lib/export/build-export-zip';
import { planImport } from '../../lib/export/plan-import';
import { readExportZip } from '../../lib/export/read-export-zip';
import { joinChunks, sampleArticle, must } from './sample-article';

async function importedFrom(articles: ReturnType<typeof sampleArticle>[]) {
  const result = await readExportZip(joinChunks(await buildExportZip(articles, { total: articles.length })));
  if (!result.ok) throw new Error(result.message);
  return result.articles;
}

describe('planImport', () => {
  const stored = [1, 2, 3].map((id) => sampleArticle({ id }));

  it('sorts an export into new, already present and changed articles', async () => {
    const edited = sampleArticle({ id: 2, markdown: 'Edited since.' });
    const incoming = await importedFrom([
      must(stored[0]),
      edited,
      sampleArticle({ id: 4 }),
      sampleArticle({ id: 5 }),
    ]);
    const existing = stored.map((article) => ({
      id: article.id,
      canonicalUrl: article.canonicalUrl,
      document: articleDocument(article),
    }));
    const plan = await planImport(incoming, existing);
    expect(plan.added.map((entry) => entry.article.canonicalUrl)).toEqual([
      'https://example.com/articles/4',
      'https://example.com/articles/5',
    ]);
    expect(plan.unchanged.map((entry) => entry.article.canonicalUrl)).toEqual([
      'https://example.com/articles/1',
    ]);
    expect(plan.changed).toHaveLength(1);
    // The stored copy comes back with the caller's own fields, so the preview can name it.
    expect(must(plan.changed[0]).existing.id).toBe(2);
    expect(must(plan.changed[0]).incoming.article.markdown).toBe('Edited since.');
    expect(plan.duplicates).toEqual([]);
  });

  it('accepts stored checksums instead of documents', async () => {
    const incoming = await importedFrom(stored);
    const existing = incoming.map((entry) => ({
      canonicalUrl: entry.article.canonicalUrl,
      sha256: entry.sha256,
    }));
    must(existing[2]).sha256 = '0'.repeat(64);
    const plan = await planImport(incoming, existing);
    expect([plan.added.length, plan.unchanged.length, plan.changed.length]).toEqual([0, 2, 1]);
  });

  it('counts a tag change as a change', async () => {
    const incoming = await importedFrom([sampleArticle({ id: 1, tags: ['reading', 'new-tag'] })]);
    const plan = await planImport(incoming, [
      { canonicalUrl: must(stored[0]).canonicalUrl, document: articleDocument(must(stored[0])) },
    ]);
    expect(plan.changed).toHaveLength(1);
  });

  it('keeps only the first of two incoming articles with the same canonical URL', async () => {
    const twin = sampleArticle({ id: 9, title: 'Twin', canonicalUrl: must(stored[0]).canonicalUrl });
    const incoming = await importedFrom([must(stored[0]), twin]);
    const plan = await planImport(incoming, []);
    expect(plan.added.map((entry) => entry.article.title)).toEqual(['Article number 1']);
    expect(plan.duplicates.map((entry) => entry.article.title)).toEqual(['Twin']);
  });

  it('imports everything into an empty library', async () => {
    const plan = await planImport(await importedFrom(stored), []);
    expect(plan.added).toHaveLength(3);
  });
});
