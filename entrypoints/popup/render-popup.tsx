import { render } from 'preact';
import { App } from './App';
import { TranslatorContext } from '../../components/shared/use-translator';
import { applyPageLanguage, browserTranslator } from '../../lib/platform/browser-translator';
import { valueWithin } from '../../lib/list/value-within';
import { firstRowsOf } from '../../lib/first-screen/first-rows';
import { readArticles, readFirstScreen, repairFirstScreen } from './use-articles';
import { startFirstCapture, takeEarlyCapture } from './early-capture';
import { firstScreenShown, replaceFirstScreen } from './first-screen-host';

/**
 * How long the first render waits for the rows. A render before they arrive costs a frame of its
 * own (the page without rows), and the rows then need another one: on a busy machine each frame is
 * tens of milliseconds. A read slower than this (a cold disk, a database upgrade) shows the page first.
 */
const FIRST_ROWS_WAIT_MS = 100;

/**
 * Renders the App, loaded by the popup's entry (main.tsx) once the head script's first screen is
 * on screen. The capture and the rows' reads are begun in the page's head (popup-read.ts) and taken
 * over here (each is started here when the head did not run). The snapshot of the first screen
 * draws the first rows when it is stored; the database, slow to open after the browser starts
 * (hundreds of ms at 100,000 articles), is then read once they are painted, and its rows replace
 * the snapshot's. `headPainted` resolves after the frame that shows the head's rows.
 */
export function renderPopup(headPainted: Promise<void>): void {
  const firstCapture = takeEarlyCapture() ?? startFirstCapture();
  const firstScreen = readFirstScreen();
  const firstRead = readArticles(firstScreen);
  const firstTotal = repairFirstScreen(firstRead, firstScreen);
  firstTotal.catch(() => undefined);
  const translator = browserTranslator();
  applyPageLanguage(document.documentElement);
  document.title = translator.t('extension.toolbarTitle');
  void valueWithin(firstRowsOf(firstRead, firstScreen), FIRST_ROWS_WAIT_MS).then(async (firstRows) => {
    // Rows the head script painted are on screen with its frame: the App's render (tens of ms)
    // comes after that frame rather than before it.
    if (firstScreenShown()) await headPainted;
    render(
      <TranslatorContext.Provider value={translator}>
        <App
          firstRead={firstRead}
          firstRows={firstRows}
          firstTotal={firstTotal}
          firstCapture={firstCapture}
        />
      </TranslatorContext.Provider>,
      document.getElementById('app') as HTMLElement,
    );
    // The head script's first screen, when it painted one, goes in this same task.
    replaceFirstScreen();
  });
}
