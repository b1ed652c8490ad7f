import { useMemo, useState } from 'preact/hooks';
import type { PopupRow } from '../../lib/first-screen/first-screen';
import { isShownInTab } from '../../lib/platform/this-tab';
import { openLibrary } from '../../lib/platform/open-library';
import { matchesMetadata } from '../../lib/search/matches-metadata';
import { parseQuery } from '../../lib/search/parse-query';

/**
 * The popup's search: what is typed narrows the listed articles by title, author and site at once;
 * `searchLibrary` hands the words to the library page, which searches every article's text.
 */
export function usePopupSearch(articles: PopupRow[]) {
  const [query, setQuery] = useState('');
  const terms = useMemo(() => parseQuery(query).terms, [query]);
  const shown = useMemo(
    () => (terms.length === 0 ? articles : articles.filter((a) => matchesMetadata(a, terms))),
    [articles, terms],
  );
  const searchLibrary = (words: string) =>
    void (async () => {
      await openLibrary(words);
      // As a toolbar popup, step aside for the library tab; opened as a tab, stay.
      if (!(await isShownInTab())) window.close();
    })();
  return { query, setQuery, filtered: terms.length > 0, shown, searchLibrary };
}
