import { render } from 'preact';
import { App } from './App';
import { TranslatorContext } from '../../components/shared/use-translator';
import { applyPageLanguage, browserTranslator } from '../../lib/platform/browser-translator';
import './allow-site.css';

const translator = browserTranslator();
applyPageLanguage(document.documentElement);
document.title = translator.t('allowSite.pageTitle');
render(
  <TranslatorContext.Provider value={translator}>
    <App search={location.search} />
  </TranslatorContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
