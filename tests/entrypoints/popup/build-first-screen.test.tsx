import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFirstScreen } from '../../../entrypoints/popup/build-first-screen';
import { FirstScreen } from './first-screen-reference';
import { TranslatorContext } from '../../../components/shared/use-translator';
import { createTranslator } from '../../../lib/i18n/create-translator';
import { firstScreenOf } from '../../../lib/first-screen/first-screen';
import { makeRecord } from '../../articles/article-factory';
import { localeGetMessage } from '../../../cli/locale-translator';

/*
 * The head script builds the popup's first screen with the DOM alone (no Preact in it), and the App
 * then replaces it with its own render: the two must be the same markup, or the rows would change
 * under the user's eyes as the App takes over.
 */

const urls = {
  libraryUrl: 'chrome-extension://id/library.html',
  settingsUrl: 'chrome-extension://id/options.html',
};

function page() {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  // Preact makes its elements with the global document, as in the page.
  Object.assign(globalThis, { document });
  return document;
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'document');
});

const records = [
  makeRecord({
    id: 12,
    title: 'Newest <b>bold</b> & more',
    siteName: null,
    sourceUrl: 'https://news.example/a',
  }),
  makeRecord({ id: 11, title: 'An excerpt', selection: true, wordCount: 1 }),
  makeRecord({ id: 10, title: 'From a reading list', notCaptured: true, wordCount: 0 }),
  makeRecord({ id: 9, title: 'Read already', status: 'read' }),
  makeRecord({ id: 8, title: 'Archived', status: 'archived' }),
  ...Array.from({ length: 9 }, (_, i) => makeRecord({ id: 7 - i, title: `Older ${i}`, wordCount: 1234 + i })),
];

const allRead = records.slice(0, 3).map((record) => ({ ...record, status: 'read' as const }));

describe("the head script's first screen", () => {
  for (const [language, rows, total] of [
    ['en', records, records.length],
    ['en', records, 100_000],
    ['pl', records, 5],
    ['ar', records, 2_345],
    ['en', allRead, 3],
  ] as const) {
    it(`is the markup FirstScreen renders (${language}, ${rows.length} rows of ${total})`, () => {
      const screen = firstScreenOf(rows, total);
      const t = createTranslator(localeGetMessage(language), language);
      const doc = page();
      const byPreact = doc.createElement('div');
      render(
        <TranslatorContext.Provider value={t}>
          <FirstScreen rows={screen.rows} total={screen.total} {...urls} />
        </TranslatorContext.Provider>,
        byPreact,
      );
      const built = doc.createElement('div');
      built.append(buildFirstScreen(doc, screen, t, urls));
      // Not empty: the rows in view, or the empty list's hint.
      expect(built.querySelectorAll('ul.list li.row, p.empty').length).toBeGreaterThan(0);
      // Preact sets tabIndex with setAttribute: a browser lowers the name in an HTML document, linkedom does not.
      expect(built.innerHTML).toBe(byPreact.innerHTML.replaceAll(' tabIndex=', ' tabindex='));
    });
  }

  it('leaves its controls unticked, as the App starts', () => {
    const doc = page();
    const t = createTranslator(localeGetMessage('en'), 'en');
    const built = buildFirstScreen(doc, firstScreenOf(records, records.length), t, urls);
    const boxes = Array.from(built.querySelectorAll<HTMLInputElement>('input[type=checkbox]'));
    expect(boxes.length).toBeGreaterThan(1);
    expect(boxes.every((box) => !box.checked)).toBe(true);
  });
});
