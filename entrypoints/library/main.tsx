import { render } from 'preact';
import { App } from './App';
import { TranslatorContext } from '../../components/shared/use-translator';
import { applyPageLanguage, browserTranslator } from '../../lib/platform/browser-translator';
// Temml's styles for the MathML it writes, with its one font bundled: math never loads a font remotely.
import 'temml/dist/Temml-Local.css';
// The reading view's easy-to-read typeface, bundled: fonts are never loaded from the network.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './library.css';

const translator = browserTranslator();
applyPageLanguage(document.documentElement);
document.title = translator.t('library.pageTitle');
render(
  <TranslatorContext.Provider value={translator}>
    <App />
  </TranslatorContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
