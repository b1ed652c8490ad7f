import { render } from 'preact';
import { App } from './App';
import { TranslatorContext } from '../../components/shared/use-translator';
import { applyPageLanguage, browserTranslator } from '../../lib/platform/browser-translator';
import './allow-site.css';

applyPageLanguage(document.documentElement);
render(
  <TranslatorContext.Provider value={browserTranslator()}>
    <App search={location.search} />
  </TranslatorContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
