import { render } from 'preact';
import { App } from './App';
import { TranslatorContext } from '../../components/shared/use-translator';
import { applyPageLanguage, browserTranslator } from '../../lib/platform/browser-translator';
import { readArticles } from './use-articles';
import { startFirstCapture } from './use-capture';
import './style.css';

// Both started before rendering: the page is read, and IndexedDB opens, while this page lays out.
const firstCapture = startFirstCapture();
const firstRead = readArticles();
const translator = browserTranslator();
applyPageLanguage(document.documentElement);
document.title = translator.t('extension.toolbarTitle');
render(
  <TranslatorContext.Provider value={translator}>
    <App firstRead={firstRead} firstCapture={firstCapture} />
  </TranslatorContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
