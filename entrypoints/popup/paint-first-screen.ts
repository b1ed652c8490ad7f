import { buildFirstScreen } from './build-first-screen';
import { parseFirstScreen } from '../../lib/first-screen/first-screen';
import { appRenders, FIRST_SCREEN_ATTRIBUTE } from './first-screen-host';
import { afterNextPaint } from '../../lib/list/after-next-paint';
import { nativeExtensionApi } from '../../lib/platform/native-extension-api';
import { applyPageLanguageOver, translatorOver, type PageI18n } from '../../lib/platform/page-translator';

/** The browser's own extension API, as much of it as the first screen needs (no polyfill in the head script). */
interface HeadApi {
  i18n: PageI18n;
  runtime: { getURL(path: string): string };
}

/**
 * Paints the popup's first screen from the stored snapshot, in the popup's head script: the rows
 * show once storage.local answers, before the popup's code is loaded (fetching and running it took
 * 30-80 ms of each open after the browser starts; it loads after this paint). Nothing is painted when the
 * snapshot is missing or unreadable, or the popup's code rendered first. Resolves once the rows are
 * on screen (after the frame that shows them), or as soon as it is clear nothing will be painted.
 */
export function paintFirstScreen(
  stored: Promise<unknown>,
  doc: Document = document,
  scope: object = globalThis,
  api: HeadApi | undefined = nativeExtensionApi() as unknown as HeadApi | undefined,
  nextPaint: () => Promise<void> = afterNextPaint,
): Promise<void> {
  const paint = (value: unknown): Promise<void> | undefined => {
    const screen = parseFirstScreen(value);
    const app = doc.getElementById('app');
    if (!screen || !app || !api || appRenders(scope)) return undefined;
    applyPageLanguageOver(doc.documentElement, api.i18n);
    const host = doc.createElement('div');
    host.setAttribute(FIRST_SCREEN_ATTRIBUTE, '');
    app.before(host);
    host.append(
      buildFirstScreen(doc, screen, translatorOver(api.i18n), {
        libraryUrl: api.runtime.getURL('/library.html'),
        settingsUrl: api.runtime.getURL('/options.html'),
      }),
    );
    return nextPaint();
  };
  // The snapshot may answer before the parser, paused by this script, has reached the page's body;
  // it is done ('interactive') before the popup's modules run.
  const parsed =
    doc.readyState === 'loading'
      ? new Promise((done) => doc.addEventListener('readystatechange', done, { once: true }))
      : undefined;
  return Promise.all([stored, parsed]).then(
    ([value]) => paint(value),
    () => undefined,
  );
}
