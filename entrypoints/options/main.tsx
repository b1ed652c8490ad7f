import { render } from 'preact';
import { App } from './App';
import { TranslatorContext } from '../../components/shared/use-translator';
import { applyPageLanguage, browserTranslator } from '../../lib/platform/browser-translator';
import './options.css';

applyPageLanguage(document.documentElement);
render(
  <TranslatorContext.Provider value={browserTranslator()}>
    <App />
  </TranslatorContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
