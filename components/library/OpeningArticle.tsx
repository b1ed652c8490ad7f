import { useTranslator } from '../shared/use-translator';

/**
 * Said while an article asked for is not shown yet (the first one also waits for the reading view's
 * code): it appears only after a moment (reader.css), so an open that is quick shows nothing.
 */
export function OpeningArticle() {
  const t = useTranslator();
  return (
    <p class="opening-article" role="status">
      {t.t('reader.opening')}
    </p>
  );
}
