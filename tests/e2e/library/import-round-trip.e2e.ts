import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../lib/article';
import type { ExportManifest } from '../../../lib/export/export-manifest';
import { normalizeTag } from '../../../lib/tags/normalize-tag';
import { seedArticles } from '../../bench/seed-store';
import { repack } from '../../export/zip-surgery';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { HOSTILE_ZIPS } from '../../import/hostile-zips';
import { V1_ARTICLES } from '../../platform/upgrade/v1-articles';
import { countLost, robustnessCase } from '../../robustness/robustness-record';
import { chooseZip, exportAll } from '../e2e-helpers';
import { UNREAD } from '../../../lib/reading-state/reading-state';

// Export → restore in a new browser → export again, and bad zips, through the real library page,
// file picker and downloads, in Chromium with the built extension (`npm run build` first).

const OUT = 'test-output/import';
const SHOTS = 'test-output/screenshots';
// Tags as the tag editor writes them; an import normalises others (with a note), so they would
// not come back the same.
const ARTICLES: StoredArticle[] = V1_ARTICLES.map((a) => ({
  ...structuredClone(a),
  ...UNREAD,
  tags: [...new Set(a.tags.map(normalizeTag))],
}));

let sessions: ExtensionSession[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
});
beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
});

async function openLibrary(): Promise<{ session: ExtensionSession; page: Page }> {
  const session = await launchExtension();
  sessions.push(session);
  const page = await session.openExtensionPage('library.html', { width: 1000, height: 760 });
  await page.locator('.empty, .list li.row').first().waitFor();
  return { session, page };
}

const countText = (page: Page) => page.locator('.selection-bar .count').innerText();

const unzipList = (zip: string) =>
  execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
const unzipFile = (zip: string, name: string) =>
  execFileSync('unzip', ['-p', zip, name], { maxBuffer: 64 * 1024 * 1024 });
const portable = ({ id: _id, ...rest }: StoredArticle) => rest;
const byUrl = (a: { canonicalUrl: string }, b: { canonicalUrl: string }) =>
  a.canonicalUrl.localeCompare(b.canonicalUrl);

/**
 * Articles of `expected` that are missing from `actual` or differ in any field but the local id.
 * Compared as values: IndexedDB hands records back with their keys in another order.
 */
function missingOrChanged(expected: readonly StoredArticle[], actual: readonly StoredArticle[]): number {
  const found = new Map(actual.map((a) => [a.canonicalUrl, portable(a)]));
  return expected.filter((a) => !isDeepStrictEqual(found.get(a.canonicalUrl), portable(a))).length;
}

describe('import in the library page', () => {
  const first = `${OUT}/first-export.zip`;
  let page: Page;
  let session: ExtensionSession;

  it('restores an export into a new browser, and exporting again gives byte-identical files', async () => {
    const tally = robustnessCase('library import (Chromium)', 'restore an export into a new browser');
    const a = await openLibrary();
    await seedArticles(a.page, ARTICLES);
    await a.page.reload();
    await expect.poll(() => countText(a.page)).toContain(`${ARTICLES.length} articles`);
    await exportAll(a.page, first);
    await a.session.close();
    sessions = sessions.filter((s) => s !== a.session);

    ({ session, page } = await openLibrary());
    expect(await session.storedArticles()).toEqual([]);
    await chooseZip(page, first);
    const dialog = page.locator('.import-dialog[data-step=preview]');
    await dialog.waitFor();
    expect(await dialog.locator('.import-counts').innerText()).toMatch(
      /8\s+new\s+0\s+already present \(unchanged\)\s+0\s+changed/,
    );
    await page.screenshot({ path: `${SHOTS}/import-preview-restore.png` });
    await dialog.getByRole('button', { name: 'Import 8 new' }).click();
    await expect.poll(() => page.locator('.notice').innerText()).toContain('Imported 8 new articles.');
    await expect.poll(() => countText(page)).toContain('8 articles');
    const restored = await session.storedArticles();
    tally.lost(missingOrChanged(ARTICLES, restored));
    expect(restored.map(portable).sort(byUrl)).toStrictEqual(ARTICLES.map(portable).sort(byUrl));
    tally.handled(true);
    // The search index took them in: a word only in a body finds its article.
    await page.locator('input.search').fill('二番目の記事');
    await expect.poll(() => page.locator('.list li.row .row-title').allInnerTexts()).toEqual(['同名の記事']);
    await page.locator('input.search').fill('');

    const second = `${OUT}/second-export.zip`;
    await exportAll(page, second);
    const names = unzipList(first);
    expect(unzipList(second)).toEqual(names);
    const mdFiles = names.filter((n) => n.endsWith('.md') && n !== 'index.md');
    expect(mdFiles).toHaveLength(ARTICLES.length);
    for (const name of mdFiles)
      expect(unzipFile(second, name).equals(unzipFile(first, name)), name).toBe(true);
    // The manifest differs only where it should: export time, and ids, which belong to one browser.
    const manifest = (zip: string) =>
      JSON.parse(unzipFile(zip, 'manifest.json').toString('utf8')) as ExportManifest;
    const local = (m: ExportManifest) => ({
      ...m,
      exportedAt: '',
      articles: m.articles.map((x) => ({ ...x, id: 0 })),
    });
    expect(local(manifest(second))).toEqual(local(manifest(first)));
    expect(manifest(second).articles.map((x) => x.sha256)).toEqual(
      manifest(first).articles.map((x) => x.sha256),
    );
    const index = (zip: string) =>
      unzipFile(zip, 'index.md')
        .toString('utf8')
        .replace(/exported \d{4}-\d{2}-\d{2}/, '');
    expect(index(second)).toBe(index(first));
  });

  it('merges into a library that has some of them, replacing changed ones only when asked', async () => {
    const tally = robustnessCase('library import (Chromium)', 'merge into a library with local edits');
    const stored = await session.storedArticles();
    const edited = stored.find(
      (x) => x.title === '同名の記事' && x.canonicalUrl.endsWith('/1'),
    ) as StoredArticle;
    const gone = stored.filter((x) => x.title.startsWith('Ünïcödé') || x.title.startsWith('🚀'));
    await seedArticles(page, [{ ...edited, markdown: 'Edited in this browser.', tags: ['mine'] }]);
    await page.evaluate(
      async (ids) => {
        const db = await new Promise<IDBDatabase>((done) => {
          const r = indexedDB.open('clean-capture');
          r.onsuccess = () => done(r.result);
        });
        const tx = db.transaction(['articles', 'bodies'], 'readwrite');
        for (const id of ids) {
          tx.objectStore('articles').delete(id);
          tx.objectStore('bodies').delete(id);
        }
        await new Promise((done) => (tx.oncomplete = done));
        db.close();
      },
      gone.map((x) => x.id),
    );
    await page.reload();
    await expect.poll(() => countText(page)).toContain('6 articles');
    const storedBefore = session.storedArticles();

    await chooseZip(page, first);
    const dialog = page.locator('.import-dialog[data-step=preview]');
    await dialog.waitFor();
    expect(await dialog.locator('.import-counts').innerText()).toMatch(
      /2\s+new\s+5\s+already present \(unchanged\)\s+1\s+changed/,
    );
    expect(await dialog.locator('.import-changed:not(.import-notes) li').allInnerTexts()).toEqual([
      expect.stringMatching(/同名の記事[\s\S]*Differs in text and tags\./),
    ]);
    expect(await dialog.getByLabel('Keep my copies (add only the new articles)').isChecked()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/import-preview-merge.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/import-preview-merge-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    await dialog.getByRole('button', { name: 'Import 2 new' }).click();
    await expect.poll(() => page.locator('.notice').innerText()).toContain('Imported 2 new articles.');
    const afterAdd = await session.storedArticles();
    tally.lost(countLost(await storedBefore, afterAdd));
    expect(afterAdd).toHaveLength(8);
    expect(afterAdd.find((x) => x.id === edited.id)).toMatchObject({
      markdown: 'Edited in this browser.',
      tags: ['mine'],
    });

    // Again, now choosing to replace, from the keyboard.
    await chooseZip(page, first);
    await dialog.waitFor();
    expect(await dialog.locator('.import-counts').innerText()).toMatch(
      /0\s+new\s+7\s+already present \(unchanged\)\s+1\s+changed/,
    );
    await dialog.getByLabel('Keep my copies (add only the new articles)').focus();
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByLabel('Replace my copies with the versions in the zip').isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Import 0 new and replace 1' }).click();
    await expect
      .poll(() => page.locator('.notice').innerText())
      .toContain('Imported 0 new articles and replaced 1 changed one.');
    const afterReplace = await session.storedArticles();
    expect(afterReplace.map(portable).sort(byUrl)).toStrictEqual(ARTICLES.map(portable).sort(byUrl));
    tally.handled(true);
  });

  it('reads our own files from a zip without its manifest as Markdown files, every one already present', async () => {
    const path = `${OUT}/no-manifest.zip`;
    const bare = HOSTILE_ZIPS.find((zip) => zip.inLibrary === 'markdown') as (typeof HOSTILE_ZIPS)[number];
    writeFileSync(path, bare.make(new Uint8Array(readFileSync(first))));
    await chooseZip(page, path);
    const dialog = page.locator('.import-dialog[data-step=preview]');
    await dialog.waitFor();
    expect(await dialog.locator('.import-source').innerText()).toBe(
      `From Markdown files · ${ARTICLES.length} entries`,
    );
    expect(await dialog.locator('.import-counts').innerText()).toMatch(
      new RegExp(`0\\s+new\\s+${ARTICLES.length}\\s+already present \\(unchanged\\)\\s+0\\s+changed`),
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it.each(HOSTILE_ZIPS.filter((zip) => zip.inLibrary !== 'markdown'))(
    'refuses a bad zip ($name) with a clear message, the library unchanged',
    async (zip) => {
      const tally = robustnessCase('library import (Chromium)', zip.name);
      const before = await session.storedArticles();
      const path = `${OUT}/hostile-${HOSTILE_ZIPS.indexOf(zip)}.zip`;
      writeFileSync(path, zip.make(new Uint8Array(readFileSync(first))));
      await chooseZip(page, path);
      const dialog = page.locator('.import-dialog[data-step=failed]');
      await dialog.waitFor();
      expect(await dialog.locator('.import-error').innerText()).toMatch(
        zip.inLibrary instanceof RegExp ? zip.inLibrary : zip.message,
      );
      expect(await dialog.innerText()).toContain('Nothing in your library was changed.');
      tally.handled(true);
      if (zip.name.includes('checksum')) await page.screenshot({ path: `${SHOTS}/import-error.png` });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      const after = await session.storedArticles();
      tally.lost(countLost(before, after));
      expect(after).toEqual(before);
      expect(await countText(page)).toContain(`${before.length} articles`);
    },
  );

  it('leaves out, with the reason shown, a file it cannot import, and imports the rest', async () => {
    const tally = robustnessCase('library import (Chromium)', 'one untitled file and one over-long title');
    const path = `${OUT}/one-bad-file.zip`;
    let untitled = '';
    const edited = repack(new Uint8Array(readFileSync(first)), (files) => {
      const manifest = JSON.parse(
        new TextDecoder().decode(files['manifest.json'] as Uint8Array),
      ) as ExportManifest;
      const rewrite = (index: number, change: (text: string) => string) => {
        const listed = manifest.articles[index] as ExportManifest['articles'][number];
        const bytes = new TextEncoder().encode(
          change(new TextDecoder().decode(files[listed.file] as Uint8Array)),
        );
        files[listed.file] = bytes;
        listed.sha256 = createHash('sha256').update(bytes).digest('hex');
        return listed.file;
      };
      untitled = rewrite(0, (text) => text.replace(/^title: .*$/m, 'title: ""'));
      rewrite(1, (text) => text.replace(/^title: .*$/m, `title: ${'Long '.repeat(400)}end`));
      files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
    });
    writeFileSync(path, edited);
    const fresh = await openLibrary();
    const before = await fresh.session.storedArticles();
    await chooseZip(fresh.page, path);
    const dialog = fresh.page.locator('.import-dialog[data-step=preview]');
    await dialog.waitFor();
    expect(await dialog.getByRole('list', { name: 'Files left out' }).innerText()).toMatch(
      new RegExp(`${untitled}\\s+The article has no title\\.`),
    );
    expect(await dialog.getByRole('list', { name: 'Articles changed to fit' }).innerText()).toMatch(
      /Long Long[\s\S]*…\s+The title was 2,003 characters long and was cut to 1,000\./,
    );
    await fresh.page.screenshot({ path: `${SHOTS}/import-preview-left-out.png` });
    await dialog.getByRole('button', { name: 'Import 7 new' }).click();
    await expect.poll(() => fresh.page.locator('.notice').innerText()).toContain('Imported 7 new articles.');
    const after = await fresh.session.storedArticles();
    tally.lost(countLost(before, after));
    expect(after).toHaveLength(7);
    tally.handled(true);
  });
});
