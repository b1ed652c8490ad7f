import 'fake-indexeddb/auto';
import { inEnglish } from '../harness/locale-messages';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StoredArticle } from '../../lib/article';
import { listRecentArticles } from '../../lib/platform/store/article-store';
import { saveArticle } from '../../lib/platform/store/save-article';
import { iterateArticlesInBatches } from '../../lib/platform/store/library-store';
import { captureTab } from '../../lib/platform/capture-tab';
import type { CleanCaptureDb } from '../../lib/platform/store/db';
import type { CaptureOutcome } from '../../lib/messaging/messages';
import { makeArticle } from '../articles/article-factory';
import { countLost, robustnessCase } from './robustness-record';
import { openTestDatabase } from '../platform/test-database';

// Failures on the capture path that a real browser will not produce on demand, with WXT's fake
// browser and fake-indexeddb: each gives a clear message and leaves the earlier articles as they were.

let db: CleanCaptureDb;
let earlier: StoredArticle[];
const article = makeArticle({
  sourceUrl: 'https://site.example/new-story',
  canonicalUrl: 'https://site.example/new-story',
});
const tab = { id: 9, url: article.sourceUrl };

async function everything(): Promise<StoredArticle[]> {
  const ids = (await listRecentArticles(db, 1000)).map((a) => a.id);
  const all: StoredArticle[] = [];
  for await (const stored of iterateArticlesInBatches(db, ids)) all.push(stored);
  return all;
}

/** Makes the extract script's injection behave as `answer` says; the options injection succeeds. */
function extraction(answer: () => Promise<unknown>) {
  return vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockImplementation(async (injection) =>
      'files' in injection
        ? [{ frameId: 0, documentId: 'doc-1', result: await answer() }]
        : [{ frameId: 0, documentId: 'doc-1', result: undefined }],
    );
}

beforeEach(async () => {
  db = openTestDatabase();
  for (const n of [1, 2]) {
    const url = `https://site.example/earlier-${n}`;
    await saveArticle(db, makeArticle({ title: `Earlier ${n}`, sourceUrl: url, canonicalUrl: url }), {
      replace: false,
    });
  }
  earlier = await everything();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs one capture as a robustness case: the outcome must be a failure whose message matches. */
async function expectRefusal(input: string, run: () => Promise<CaptureOutcome>, message: RegExp) {
  const tally = robustnessCase('capture failure (fake browser)', input);
  const outcome = await run();
  const after = await everything();
  tally.lost(countLost(earlier, after));
  tally.handled(
    outcome.status === 'failed' &&
      message.test(inEnglish(outcome.message)) &&
      after.length === earlier.length,
  );
  expect(outcome.status === 'failed' ? inEnglish(outcome.message) : outcome.status).toMatch(message);
  expect(after).toEqual(earlier);
}

describe('capture failures', () => {
  it('a local file without "Allow access to file URLs"', async () => {
    // Not reproducible in the end-to-end tests: Chromium always gives extensions loaded with
    // --load-extension access to file URLs.
    vi.spyOn(fakeBrowser.extension, 'isAllowedFileSchemeAccess').mockResolvedValue(false);
    const spy = extraction(async () => ({ ok: true, article }));
    await expectRefusal(
      'a file:// page without file access',
      () => captureTab({ id: 3, url: 'file:///home/me/page.html' }, { replace: false, wholePage: false }, db),
      /Allow access to file URLs/,
    );
    expect(spy).not.toHaveBeenCalled();
  });

  it('the tab went to another address before the page was read', async () => {
    extraction(async () => ({ ok: true, article: { ...article, sourceUrl: 'https://elsewhere.example/' } }));
    await expectRefusal(
      'a page that changed address mid-capture',
      () => captureTab(tab, { replace: false, wholePage: false }, db),
      /went to another address while it was being saved, so nothing was stored/,
    );
  });

  it.each([
    ['the document the options went to is gone', 'No document with id doc-1 in tab with id 9'],
    ['the frame navigated while the script ran', 'Frame with ID 0 was removed.'],
  ])('%s', async (input, error) => {
    extraction(() => Promise.reject(new Error(error)));
    await expectRefusal(
      input,
      () => captureTab(tab, { replace: false, wholePage: false }, db),
      /page changed while it was being saved, so nothing was stored/,
    );
  });

  it('the tab was closed during the capture', async () => {
    extraction(() => Promise.reject(new Error('No tab with id: 9.')));
    await expectRefusal(
      'a tab closed mid-capture',
      () => captureTab(tab, { replace: false, wholePage: false }, db),
      /tab was closed/,
    );
  });

  it('a page that never answers', async () => {
    extraction(() => new Promise(() => undefined));
    await expectRefusal(
      'a page that never answers',
      () => captureTab(tab, { replace: false, wholePage: false, timeoutMs: 50 }, db),
      /still being read after 0 seconds, so nothing was stored/,
    );
  });

  it.each([
    ['a new article', false],
    ['a re-capture replacing an article', true],
  ])('storage full while saving %s: a clear message, no half-written article', async (input, replace) => {
    const target = replace ? earlier[0] : undefined;
    const page = target
      ? { ...article, sourceUrl: target.sourceUrl, canonicalUrl: target.canonicalUrl }
      : article;
    extraction(async () => ({ ok: true, article: { ...page, markdown: 'A new body that will not fit.' } }));
    const full = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    // The record is written first, then the body fails: the transaction must take the record back too.
    vi.spyOn(db.bodies, replace ? 'put' : 'add').mockImplementation(full as never);
    await expectRefusal(
      `storage full (${input})`,
      () => captureTab({ id: 9, url: page.sourceUrl }, { replace, wholePage: false }, db),
      /^Your browser's storage is full, so this article was not saved; the articles saved before are untouched\./,
    );
    expect(await db.articles.count()).toBe(2);
    expect(await db.bodies.count()).toBe(2);
  });
});
