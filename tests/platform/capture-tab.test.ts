import 'fake-indexeddb/auto';
import { inEnglish } from '../harness/locale-messages';
import { message } from '../../lib/i18n/message';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countArticles, getStoredArticle } from '../../lib/platform/store/article-store';
import { saveArticle } from '../../lib/platform/store/save-article';
import { captureTab } from '../../lib/platform/capture-tab';
import { updateSettings } from '../../lib/platform/settings-store';
import { DEFAULT_MARKDOWN_STYLE } from '../../lib/markdown/markdown-style';
import type { CleanCaptureDb } from '../../lib/platform/store/db';
import { makeArticle } from '../articles/article-factory';
import { openTestDatabase } from './test-database';

let db: CleanCaptureDb;
const page = { id: 7, url: makeArticle().sourceUrl };

/** Makes the injected extract script "return" `result` (the second injection; the first sets options). */
function pageReturns(result: unknown) {
  return vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockImplementation(async (injection) => [
      { frameId: 0, documentId: 'd', result: 'files' in injection ? result : undefined },
    ]);
}

beforeEach(() => {
  db = openTestDatabase();
});
afterEach(() => {
  vi.restoreAllMocks();
  // Settings a test stored must not reach the next one's captures.
  fakeBrowser.reset();
});

describe('captureTab', () => {
  it('hands the extract script the Markdown style of the settings, read at each capture', async () => {
    const spy = pageReturns({ ok: true, article: makeArticle() });
    const styleOfCapture = () => {
      const set = spy.mock.calls.map(([injection]) => injection).findLast((injection) => 'args' in injection);
      return (set?.args?.[1] as { markdownStyle?: unknown } | undefined)?.markdownStyle;
    };
    await captureTab(page, { replace: false, wholePage: false }, db);
    expect(styleOfCapture()).toEqual(DEFAULT_MARKDOWN_STYLE);
    const markdownStyle = {
      ...DEFAULT_MARKDOWN_STYLE,
      headingStyle: 'setext' as const,
      fence: '~~~' as const,
    };
    await updateSettings({ markdownStyle });
    await captureTab(page, { replace: true, wholePage: false }, db);
    expect(styleOfCapture()).toEqual(markdownStyle);
  });

  it('on a page with MathML and no TeX, injects the converter and reads the page again with it', async () => {
    const converted = makeArticle({ markdown: 'The roots are $x = \\frac{- b}{2 a}$.' });
    const files: string[][] = [];
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
      if ('files' in injection) files.push(injection.files ?? []);
      const converterIn = files.some((f) => f.includes('/mathml-to-latex.js'));
      const result = !('files' in injection)
        ? undefined
        : converterIn
          ? { ok: true, article: converted }
          : {
              ok: true,
              article: makeArticle({ markdown: 'The roots are `MathML: x=−b2a`.' }),
              unconvertedMathml: true,
            };
      return [{ frameId: 0, documentId: 'd', result }];
    });
    const outcome = await captureTab(page, { replace: false, wholePage: false }, db);
    expect(files).toEqual([['/extract.js'], ['/mathml-to-latex.js'], ['/extract.js']]);
    if (outcome.status !== 'saved') throw new Error(`not saved: ${outcome.status}`);
    expect((await getStoredArticle(db, outcome.id))?.markdown).toBe(converted.markdown);
  });

  it('injects nothing more on a page without such math', async () => {
    const spy = pageReturns({ ok: true, article: makeArticle() });
    await captureTab(page, { replace: false, wholePage: false }, db);
    expect(spy.mock.calls.filter(([injection]) => 'files' in injection)).toHaveLength(1);
  });

  it('injects the extract script into the tab and stores the article it returns', async () => {
    const spy = pageReturns({ ok: true, article: makeArticle() });
    const outcome = await captureTab(page, { replace: false, wholePage: false }, db);
    expect(outcome).toEqual({
      status: 'saved',
      id: expect.any(Number),
      title: makeArticle().title,
      replaced: false,
    });
    // The second injection is aimed at the document the first one ran in.
    expect(spy).toHaveBeenLastCalledWith({
      target: { tabId: 7, documentIds: ['d'] },
      injectImmediately: true,
      files: ['/extract.js'],
    });
    expect(spy.mock.calls[0]?.[0]).toMatchObject({
      target: { tabId: 7 },
      args: [expect.any(String), { wholePage: false }],
    });
    if (outcome.status !== 'saved') throw new Error('not saved');
    expect((await getStoredArticle(db, outcome.id))?.markdown).toBe(makeArticle().markdown);
  });

  it('reports a duplicate, then replaces it in place when asked', async () => {
    pageReturns({ ok: true, article: makeArticle() });
    const first = await captureTab(page, { replace: false, wholePage: false }, db);
    pageReturns({ ok: true, article: makeArticle({ markdown: 'Updated body' }) });
    const second = await captureTab(page, { replace: false, wholePage: false }, db);
    expect(second).toMatchObject({ status: 'duplicate' });
    const third = await captureTab(page, { replace: true, wholePage: false }, db);
    expect(third).toMatchObject({ status: 'saved', replaced: true });
    if (first.status !== 'saved' || third.status !== 'saved') throw new Error('not saved');
    expect(third.id).toBe(first.id);
    expect(await countArticles(db)).toBe(1);
    expect((await getStoredArticle(db, first.id))?.markdown).toBe('Updated body');
  });

  it("says so, and stores nothing, when an article of another site holds the page's address", async () => {
    // Saved by an older version from another site that named this page as its canonical URL.
    const { id } = await saveArticle(db, makeArticle({ title: 'Trap', markdown: 'Planted.' }), {
      replace: false,
    });
    await db.articles.update(id, { sourceUrl: 'https://evil.example/trap' });
    pageReturns({ ok: true, article: makeArticle() });
    const outcome = await captureTab(page, { replace: true, wholePage: false }, db);
    expect(outcome).toMatchObject({ status: 'failed', problem: 'other-site' });
    expect(outcome.status === 'failed' && inEnglish(outcome.message)).toMatch(
      /“Trap”, saved from another site/,
    );
    expect((await getStoredArticle(db, id))?.markdown).toBe('Planted.');
  });

  it('never injects into a browser page and says why', async () => {
    const spy = pageReturns({ ok: true, article: makeArticle() });
    const outcome = await captureTab(
      { id: 3, url: 'chrome://settings' },
      { replace: false, wholePage: false },
      db,
    );
    expect(outcome).toMatchObject({ status: 'failed', problem: 'restricted' });
    expect(outcome.status === 'failed' && inEnglish(outcome.message)).toMatch(/browser page/);
    expect(spy).not.toHaveBeenCalled();
    expect(await countArticles(db)).toBe(0);
  });

  it('explains a refused injection when the tab URL is hidden from us', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access a chrome:// URL'),
    );
    const outcome = await captureTab({ id: 3 }, { replace: false, wholePage: false }, db);
    expect(outcome).toMatchObject({ status: 'failed', problem: 'restricted' });
    expect(outcome.status === 'failed' && inEnglish(outcome.message)).toMatch(
      /do not let extensions read it/,
    );
  });

  it('on a web page the browser would not let it read, asks to try again instead of calling it off limits', async () => {
    const refused = new Error(
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
    );
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(refused);
    // Its address hidden: a page browsers keep from every extension.
    const hidden = await captureTab({ id: 3 }, { replace: false, wholePage: false }, db);
    expect(hidden.status === 'failed' && inEnglish(hidden.message)).toMatch(/off limits/);
    // Its address known and a web address: the access was withdrawn (a reload, another page).
    const web = await captureTab(page, { replace: false, wholePage: false }, db);
    expect(web).toMatchObject({ status: 'failed', problem: 'restricted' });
    const said = web.status === 'failed' ? inEnglish(web.message) : '';
    expect(said).not.toMatch(/off limits|about:blank/);
    expect(said).toMatch(/try again/i);
    expect(await countArticles(db)).toBe(0);
  });

  it('offers the whole page when the page is not an article, and passes that option on', async () => {
    pageReturns({ ok: false, reason: 'not-an-article', message: message('capture.notAnArticle') });
    expect(await captureTab(page, { replace: false, wholePage: false }, db)).toEqual({
      status: 'failed',
      problem: 'not-an-article',
      message: message('capture.notAnArticle'),
      canSaveWholePage: true,
    });
    const spy = pageReturns({ ok: true, article: makeArticle() });
    await captureTab(page, { replace: false, wholePage: true }, db);
    expect(spy.mock.calls.at(-2)?.[0]).toMatchObject({ args: [expect.any(String), { wholePage: true }] });
  });

  it('stores nothing when the page hands back a malformed article', async () => {
    pageReturns({
      ok: true,
      article: { ...makeArticle(), canonicalUrl: 'javascript-free zone', wordCount: 'many' },
    });
    const outcome = await captureTab(page, { replace: false, wholePage: false }, db);
    expect(outcome).toMatchObject({ status: 'failed', problem: 'invalid-article' });
    expect(await countArticles(db)).toBe(0);
  });

  it('says there is nothing to capture without a tab', async () => {
    expect(await captureTab(undefined, { replace: false, wholePage: false }, db)).toMatchObject({
      status: 'failed',
      problem: 'no-tab',
    });
  });
});
