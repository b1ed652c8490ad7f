import 'fake-indexeddb/auto';
import { inEnglish } from '../harness/locale-messages';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Article, StoredArticle } from '../../lib/article';
import { buildExportZip } from '../../lib/export/build-export-zip';
import { applyImport } from '../../lib/platform/apply-import';
import { captureTab } from '../../lib/platform/capture-tab';
import type { CleanCaptureDb } from '../../lib/platform/store/db';
import { listAllArticles } from '../../lib/platform/store/library-store';
import { previewImport } from '../../lib/platform/preview-import';
import { joinChunks } from '../export/join-chunks';
import { must } from '../harness/must';
import { makeArticle } from '../articles/article-factory';
import { openTestDatabase } from '../platform/test-database';

const MB = 1_000_000;
const freshDb = openTestDatabase;
afterEach(() => {
  vi.restoreAllMocks();
});

/** Captures a page whose extract script returns `article`, as the background does. */
async function capture(db: CleanCaptureDb, article: Article) {
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => [
    { frameId: 0, documentId: 'd', result: 'files' in injection ? { ok: true, article } : undefined },
  ]);
  return captureTab({ id: 7, url: article.sourceUrl }, { replace: false, wholePage: false }, db);
}

async function storedArticles(db: CleanCaptureDb): Promise<StoredArticle[]> {
  const records = await listAllArticles(db);
  const bodies = await db.bodies.bulkGet(records.map((r) => r.id));
  return records.map((r, i) => ({ ...r, markdown: must(bodies[i]).markdown }));
}

const portable = ({ id: _id, ...rest }: StoredArticle) => rest;
const page = (n: number, overrides: Partial<Article>) =>
  makeArticle({
    sourceUrl: `https://news.example/${n}`,
    canonicalUrl: `https://news.example/${n}`,
    ...overrides,
  });
const inlineImage = (bytes: number) => `![A chart](data:image/png;base64,${'iVBORw0K'.repeat(bytes / 8)})`;

describe('every article the background stores survives export and import', () => {
  it('the pages of issue 10: bad lead images and dates, inline images, a huge code block, a huge title', async () => {
    const db = freshDb();
    const codeBlock = `\`\`\`js\n${'console.log("repeat");\n'.repeat((2 * MB) / 22)}\`\`\``;
    const pages = [
      page(1, { leadImage: 'javascript:alert(1)' }),
      page(2, { leadImage: 'data:image/png;base64,iVBORw0KGgo=' }),
      page(3, { publishedTime: '2024-01-01T99:99' }),
      page(4, { publishedTime: '2024-01-01T10:00:00+99:99' }),
      page(5, {
        markdown: ['Before.', ...Array.from({ length: 9 }, () => inlineImage(2 * MB)), 'After.'].join('\n\n'),
      }),
      page(6, { markdown: `Some code:\n\n${codeBlock}` }),
      page(7, { title: 'A'.repeat(100_000) }),
    ];
    const outcomes = [];
    for (const article of pages) outcomes.push(await capture(db, article));
    expect(outcomes.map((o) => o.status)).toEqual(pages.map(() => 'saved'));

    const stored = await storedArticles(db);
    const byUrl = new Map(stored.map((a) => [a.canonicalUrl, a]));
    expect(byUrl.get('https://news.example/1')?.leadImage).toBeNull();
    expect(byUrl.get('https://news.example/2')?.leadImage).toBeNull();
    expect(byUrl.get('https://news.example/3')?.publishedTime).toBeNull();
    expect(byUrl.get('https://news.example/4')?.publishedTime).toBeNull();
    // The images that do not fit are left out where the reader can see it, and the user is told.
    const withImages = must(byUrl.get('https://news.example/5')).markdown;
    expect(withImages).toMatch(/^Before\.\n\n/);
    expect(withImages).toMatch(/\n\nAfter\.$/);
    expect(withImages.match(/Image left out/g)).toHaveLength(9);
    expect(outcomes[4]?.status === 'saved' && outcomes[4].notes?.map(inEnglish)).toEqual([
      expect.stringMatching(/9 inline images .* left out/),
    ]);
    expect(byUrl.get('https://news.example/6')?.markdown).toBe(`Some code:\n\n${codeBlock}`);
    const title = must(byUrl.get('https://news.example/7')).title;
    expect(title).toMatch(/^A+…$/);
    expect(title.length).toBeLessThan(1_000);
    expect(outcomes[6]?.status === 'saved' && outcomes[6].notes?.map(inEnglish)).toEqual([
      expect.stringMatching(/title .* cut/),
    ]);

    const zip = joinChunks(await buildExportZip(stored, { total: stored.length }));
    const target = freshDb();
    const preview = await previewImport(target, zip);
    if (!preview.ok) throw new Error(inEnglish(preview.message));
    expect(preview.preview.skipped).toEqual([]);
    expect(preview.preview.added).toHaveLength(pages.length);
    await applyImport(target, preview.preview, { replaceChanged: false });
    expect((await storedArticles(target)).map(portable)).toStrictEqual(stored.map(portable));
  });

  it('refuses a body too large to save, telling the user and storing nothing', async () => {
    const db = freshDb();
    const outcome = await capture(db, page(8, { markdown: 'Words and more words. '.repeat(500_000) }));
    expect(outcome).toMatchObject({ status: 'failed', problem: 'too-large' });
    expect(outcome.status === 'failed' && inEnglish(outcome.message)).toMatch(/too large to save/);
    expect(await db.articles.count()).toBe(0);
  });
});
