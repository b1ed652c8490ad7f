import { render } from 'preact';
import { App } from './App';
import { TranslatorContext } from '../../components/shared/use-translator';
import { applyPageLanguage, browserTranslator } from '../../lib/platform/browser-translator';
import type { ArticleRecord } from '../../lib/article';
import { readArticles } from './use-articles';

/** Renders the popup; `firstRows` is the read main.tsx started before this code loaded. */
export function showPopup(firstRows: Promise<ArticleRecord[] | null>): void {
  const firstRead = readArticles(firstRows);
  const translator = browserTranslator();
  applyPageLanguage(document.documentElement);
  document.title = translator.t('extension.toolbarTitle');
  render(
    <TranslatorContext.Provider value={translator}>
      <App firstRead={firstRead} />
    </TranslatorContext.Provider>,
    document.getElementById('app') as HTMLElement,
  );
}
