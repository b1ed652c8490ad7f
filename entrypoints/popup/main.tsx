import { render } from 'preact';
import { App } from './App';
import { TranslatorContext } from '../../components/shared/use-translator';
import { applyPageLanguage, browserTranslator } from '../../lib/platform/browser-translator';
import { readArticles } from './use-articles';
import './style.css';

// Started before rendering: IndexedDB opens in the browser process while this page lays out.
const firstRead = readArticles();
const translator = browserTranslator();
applyPageLanguage(document.documentElement);
document.title = translator.t('extension.toolbarTitle');
render(
  <TranslatorContext.Provider value={translator}>
    <App firstRead={firstRead} />
  </TranslatorContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
