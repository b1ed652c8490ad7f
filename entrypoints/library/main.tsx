import { render } from 'preact';
import { App } from './App';
import { TranslatorContext } from '../../components/shared/use-translator';
import { applyPageLanguage, browserTranslator } from '../../lib/platform/browser-translator';
import { getDatabase } from '../../lib/platform/store/db';
import { valueWithin } from '../../lib/list/value-within';
import { readFirstRows } from './use-library';
// Temml's styles for the MathML it writes, with its one font bundled: math never loads a font remotely.
import 'temml/dist/Temml-Local.css';
// The reading view's easy-to-read typeface, bundled: fonts are never loaded from the network.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './library.css';

/**
 * How long the first render waits for the first rows, as the popup's does: a render before they
 * arrive costs a frame of its own, and the rows then need another. A slower read shows the page first.
 */
const FIRST_ROWS_WAIT_MS = 100;

// Read by the page's head script while this code loaded (early-read.ts), or begun here.
const firstRead = readFirstRows(getDatabase);
const translator = browserTranslator();
applyPageLanguage(document.documentElement);
document.title = translator.t('library.pageTitle');
void valueWithin(firstRead, FIRST_ROWS_WAIT_MS).then((firstRows) =>
  render(
    <TranslatorContext.Provider value={translator}>
      <App firstRead={firstRead} firstRows={firstRows} />
    </TranslatorContext.Provider>,
    document.getElementById('app') as HTMLElement,
  ),
);
