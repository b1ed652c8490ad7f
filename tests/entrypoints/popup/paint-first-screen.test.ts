import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { paintFirstScreen } from '../../../entrypoints/popup/paint-first-screen';
import {
  leaveHeadPaint,
  replaceFirstScreen,
  takeHeadPaint,
} from '../../../entrypoints/popup/first-screen-host';
import { firstScreenOf } from '../../../lib/first-screen/first-screen';
import { makeRecord } from '../../articles/article-factory';
import { localeGetMessage } from '../../../cli/locale-translator';

/** The popup's page as its HTML has it, and the part of the extension API the head script uses. */
function popupPage() {
  const { document } = parseHTML(
    '<!doctype html><html><head></head><body><div id="app"></div></body></html>',
  );
  const api = {
    i18n: { getMessage: localeGetMessage('en'), getUILanguage: () => 'en' },
    runtime: { getURL: (path: string) => `chrome-extension://id${path}` },
  };
  return { document, api, page: {} };
}

/** A frame that is painted at once. */
const painted = () => Promise.resolve();
const settle = () => new Promise((done) => setTimeout(done, 0));
const titles = (doc: Document) =>
  Array.from(doc.querySelectorAll('ul.list .row__title'), (title) => title.textContent);

describe("the popup's head script painting the first screen", () => {
  const stored = firstScreenOf(
    [makeRecord({ id: 2, title: 'Newest' }), makeRecord({ id: 1, title: 'Older' })],
    2,
  );

  it("paints the snapshot's rows and count before the popup's code runs", async () => {
    const { document, api, page } = popupPage();
    void paintFirstScreen(Promise.resolve(stored), document, page, api, painted);
    await settle();
    expect(titles(document)).toEqual(['Newest', 'Older']);
    expect(document.querySelector('.header__count')?.textContent).toBe('2 saved');
    // Beside the App's element, never in it: the App renders into its own.
    expect(document.getElementById('app')?.childNodes.length).toBe(0);
  });

  it('is taken down by the popup as it renders, and paints nothing once the popup has rendered', async () => {
    const { document, api, page } = popupPage();
    void paintFirstScreen(Promise.resolve(stored), document, page, api, painted);
    await settle();
    replaceFirstScreen(document, page);
    expect(titles(document)).toEqual([]);

    // A snapshot that answers after the App rendered is not painted over it.
    void paintFirstScreen(Promise.resolve(stored), document, page, api, painted);
    await settle();
    expect(titles(document)).toEqual([]);
  });

  it("resolves after the frame that shows the rows, for the popup's code to load then", async () => {
    const { document, api, page } = popupPage();
    let painted = false;
    let frame: () => void = () => undefined;
    const nextPaint = () => new Promise<void>((done) => (frame = done));
    void paintFirstScreen(Promise.resolve(stored), document, page, api, nextPaint).then(
      () => (painted = true),
    );
    await settle();
    expect(titles(document)).toEqual(['Newest', 'Older']);
    expect(painted).toBe(false);
    frame();
    await settle();
    expect(painted).toBe(true);
  });

  it("leaves its paint for the popup's code, taken once", async () => {
    const page = {};
    const painted = Promise.resolve();
    leaveHeadPaint(painted, page);
    expect(takeHeadPaint(page)).toBe(painted);
    expect(takeHeadPaint(page)).toBeNull();
  });

  it('paints nothing for a missing, damaged or older snapshot, nor when storage fails', async () => {
    for (const answer of [
      () => Promise.resolve(undefined),
      () => Promise.resolve({ version: 1, rows: [] }),
      () => Promise.resolve({ ...stored, rows: 'damaged' }),
      () => Promise.reject(new Error('storage failed')),
    ]) {
      const { document, api, page } = popupPage();
      // Resolved without waiting for a frame: the popup's code loads at once.
      const never = () => new Promise<void>(() => undefined);
      await paintFirstScreen(answer(), document, page, api, never);
      expect(document.querySelector('[data-first-screen]')).toBeNull();
    }
  });
});
