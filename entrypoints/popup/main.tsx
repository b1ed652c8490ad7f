import { render } from 'preact';
import { App } from './App';
import { TranslatorContext } from '../../components/shared/use-translator';
import { applyPageLanguage, browserTranslator } from '../../lib/platform/browser-translator';
import { valueWithin } from '../../lib/list/value-within';
import { readArticles } from './use-articles';
import { startFirstCapture, takeEarlyCapture } from './early-capture';
import './style.css';

/**
 * How long the first render waits for the rows. A render before they arrive costs a frame of its
 * own (the page without rows), and the rows then need another one: on a busy machine each frame is
 * tens of milliseconds. A read slower than this (a cold disk, a database upgrade) shows the page first.
 */
const FIRST_ROWS_WAIT_MS = 100;

// Both begun in the page's head (popup-read.ts) and taken over here: the page is read and the rows
// are fetched while this code loads and the page lays out. Started here when the head did not run.
const firstCapture = takeEarlyCapture() ?? startFirstCapture();
const firstRead = readArticles();
const translator = browserTranslator();
applyPageLanguage(document.documentElement);
document.title = translator.t('extension.toolbarTitle');
void valueWithin(firstRead, FIRST_ROWS_WAIT_MS).then((firstRows) =>
  render(
    <TranslatorContext.Provider value={translator}>
      <App firstRead={firstRead} firstRows={firstRows} firstCapture={firstCapture} />
    </TranslatorContext.Provider>,
    document.getElementById('app') as HTMLElement,
  ),
);
