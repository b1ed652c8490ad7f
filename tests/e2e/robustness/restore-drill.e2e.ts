import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../lib/article';
import { CAPTURE_LIMITS } from '../../../lib/articles/article-limits';
import { fitArticle } from '../../../lib/articles/fit-article';
import { capturePage } from '../../../lib/capture/capture-page';
import { parsePage } from '../../../cli/parse-page';
import type { ExportManifest } from '../../../lib/export/export-manifest';
import { normalizeTag } from '../../../lib/tags/normalize-tag';
import { seedArticles } from '../../bench/seed-store';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../../harness/serve-fixtures';
import { FUZZ_SEED, grammarPage, hostileText } from '../../robustness/fuzz-inputs';
import { exportAll, waitForWholeLibrary } from '../e2e-helpers';
import { captureWithToolbar, hostileMarkupRoute, settleStore } from './robustness-helpers';
import { robustnessCases } from '../../robustness/robustness-record';
import { UNREAD } from '../../../lib/reading-state/reading-state';

// The restore drill: a library of 200 varied captures (real pages and the hostile fixture through
// the toolbar, the rest captured from generated pages and written through the extension's own
// database), exported from the library page, restored in a new profile through Import, exported
// again. The two zips, opened with unzip, differ only in the export time and the browser-local ids.

const TOTAL = 200;
const OUT = 'test-output/restore-drill';
/** Real fixture pages that make an article; the not-an-article ones would only be refused. */
const REAL_PAGES = [
  'code',
  'collapsed-sections',
  'form-wrapped-post',
  'hebrew-rtl',
  'lazy-images',
  'link-roundup',
  'noscript-fallback',
  'photo-post',
  'register-analysis',
  'relative-links-base',
  'rtl-arabic',
  'short-post',
  'tables',
];

let server: FixtureServer | undefined;
const sessions: ExtensionSession[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
  await server?.close();
});

/**
 * Articles captured in Node from pages of the fuzz grammar, as the capture limits keep them, each at
 * its own address and time, with tags as the tag editor writes them.
 */
function generatedCaptures(count: number, firstId: number): StoredArticle[] {
  const inputs = fc.sample(fc.tuple(grammarPage, fc.array(hostileText(24), { maxLength: 4 })), {
    seed: FUZZ_SEED + 10,
    numRuns: count * 6,
  });
  const articles: StoredArticle[] = [];
  const used = new Set<string>();
  for (const [html, tagTexts] of inputs) {
    if (articles.length === count) break;
    const n = articles.length;
    const url = `https://drill.example/story/${n}`;
    const captured = capturePage(parsePage(html), url, { now: new Date(Date.UTC(2026, 0, 1, 0, n)) });
    if (!captured.ok) continue;
    const fitted = fitArticle(captured.article, CAPTURE_LIMITS);
    if (!fitted.ok) continue;
    const tags = [...new Set(tagTexts.map(normalizeTag).filter((t) => t !== ''))];
    // One article per address, as the store keeps it: a canonical link another page also gave
    // would have updated that article instead.
    const canonicalUrl = used.has(fitted.article.canonicalUrl) ? url : fitted.article.canonicalUrl;
    used.add(canonicalUrl);
    articles.push({ ...fitted.article, canonicalUrl, id: firstId + n, tags, ...UNREAD });
  }
  if (articles.length < count) throw new Error(`only ${articles.length} generated pages made articles`);
  return articles;
}

async function openLibrary(session: ExtensionSession): Promise<Page> {
  const page = await session.openExtensionPage('library.html', { width: 1000, height: 760 });
  await page.locator('.empty, .list li.row').first().waitFor();
  return page;
}

const unzipList = (zip: string) =>
  execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
const unzipFile = (zip: string, name: string) =>
  execFileSync('unzip', ['-p', zip, name], { maxBuffer: 64 * 1024 * 1024 });
const portable = ({ id: _id, ...rest }: StoredArticle) => rest;

describe('restore drill', () => {
  it(`${TOTAL} captures, the hostile page among them, restore from an export byte for byte`, async () => {
    const cases = robustnessCases('restore drill (Chromium)');
    mkdirSync(OUT, { recursive: true });
    server = await serveFixtures(resolve('tests/capture/fixtures'), {
      '/hostile-markup': hostileMarkupRoute,
    });
    const first = await launchExtension();
    sessions.push(first);
    const urls = [
      ...REAL_PAGES.map((name) => server?.pageUrl(name) ?? ''),
      `${server.origin}/hostile-markup`,
    ];
    for (const url of urls) {
      const page = await first.openPage(url);
      expect(await captureWithToolbar(first, page)).toMatch(/^Saved “/);
      await page.close();
    }
    expect(await settleStore(first, urls.length)).toHaveLength(urls.length);
    const library = await openLibrary(first);
    await seedArticles(library, generatedCaptures(TOTAL - urls.length, 10_000));
    await library.reload();
    await waitForWholeLibrary(library, TOTAL);
    const before = await first.storedArticles();
    const zipA = `${OUT}/first.zip`;
    await exportAll(library, zipA);
    await first.close();
    sessions.splice(sessions.indexOf(first), 1);

    const second = await launchExtension();
    sessions.push(second);
    const fresh = await openLibrary(second);
    expect(await second.storedArticles()).toEqual([]);
    const chooser = fresh.waitForEvent('filechooser');
    await fresh.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(zipA);
    const dialog = fresh.locator('.import-dialog[data-step=preview]');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: `Import ${TOTAL} new` }).click();
    await expect
      .poll(() => fresh.locator('.notice').innerText())
      .toContain(`Imported ${TOTAL} new articles.`);
    const after = new Map((await second.storedArticles()).map((a) => [a.canonicalUrl, portable(a)]));
    const zipB = `${OUT}/second.zip`;
    await exportAll(fresh, zipB);

    // Entry by entry: the same names in the same order, every article file the same bytes.
    const names = unzipList(zipA);
    expect(unzipList(zipB)).toEqual(names);
    const manifest = (zip: string) =>
      JSON.parse(unzipFile(zip, 'manifest.json').toString('utf8')) as ExportManifest;
    const [listedA, listedB] = [manifest(zipA), manifest(zipB)];
    for (const [i, entry] of listedA.articles.entries()) {
      const same = unzipFile(zipB, entry.file).equals(unzipFile(zipA, entry.file));
      const stored = before.find((a) => a.id === entry.id);
      const kept =
        stored !== undefined && isDeepStrictEqual(after.get(stored.canonicalUrl), portable(stored));
      cases.add({
        input: `${entry.file} (${stored?.sourceUrl ?? '?'})`,
        handled: same,
        lost: kept ? 0 : 1,
        restorable: same,
      });
      expect(same, entry.file).toBe(true);
      expect(kept, entry.file).toBe(true);
      expect(listedB.articles[i]?.sha256).toBe(entry.sha256);
    }
    expect(listedA.articles).toHaveLength(TOTAL);
    // The manifest and index differ only in the export time, and the ids, which are one browser's own.
    const local = (m: ExportManifest) => ({
      ...m,
      exportedAt: '',
      articles: m.articles.map((x) => ({ ...x, id: 0 })),
    });
    expect(local(listedB)).toEqual(local(listedA));
    const index = (zip: string) =>
      unzipFile(zip, 'index.md')
        .toString('utf8')
        .replace(/exported \d{4}-\d{2}-\d{2}/, '');
    expect(index(zipB)).toBe(index(zipA));
    // The hostile page's payloads never ran in any of our pages.
    expect(server.requests.filter((r) => r.path.startsWith('/pwned'))).toEqual([]);
  }, 180_000);
});
