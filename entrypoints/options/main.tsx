import { render } from 'preact';
import { App } from './App';
import { TranslatorContext } from '../../components/shared/use-translator';
import { applyPageLanguage, browserTranslator } from '../../lib/platform/browser-translator';
import './options.css';

const translator = browserTranslator();
applyPageLanguage(document.documentElement);
document.title = translator.t('options.pageTitle');
render(
  <TranslatorContext.Provider value={translator}>
    <App />
  </TranslatorContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
