import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SHORTCUTS } from '../../lib/shortcuts/default-shortcuts';
import { ArticleRow, type ArticleRowItem, type ArticleRowProps } from './ArticleRow';
import { useTranslator } from '../shared/use-translator';
import { FIRST_PAINT_ROWS } from '../../lib/first-screen/first-screen';

/** The row actions the list hands to every row. */
type RowActions = Pick<
  ArticleRowProps,
  'onToggle' | 'onOpen' | 'onCopy' | 'onDownload' | 'onObsidian' | 'onDelete'
>;

export interface ArticleListProps extends RowActions {
  articles: ArticleRowItem[];
  /** False until the first read answers: no "nothing saved" flash before the rows arrive. */
  loaded: boolean;
  /** The list is narrowed by a search: an empty one is explained by the search box, not here. */
  filtered?: boolean;
  selectedIds: ReadonlySet<number>;
  freshId: number | null;
}

/** The saved articles, newest first, or a hint when there are none. */
export function ArticleList({
  articles,
  loaded,
  filtered = false,
  selectedIds,
  freshId,
  ...actions
}: ArticleListProps) {
  // Building 50 rows costs several times a screenful, so the first paint carries only what is in
  // view, and the rows below it are added in a task of their own right after that paint.
  const t = useTranslator();
  const [complete, setComplete] = useState(false);
  const cut = !complete && articles.length > FIRST_PAINT_ROWS;
  useEffect(() => {
    if (!cut) return;
    const timer = setTimeout(() => setComplete(true), 0);
    return () => clearTimeout(timer);
  }, [cut]);

  if (articles.length === 0) {
    if (!loaded || filtered) return null;
    return <p class="empty">{t.t('popup.empty', DEFAULT_SHORTCUTS['capture-page'])}</p>;
  }
  return (
    <ul class="list" aria-label={t.t('popup.savedArticles')}>
      {(cut ? articles.slice(0, FIRST_PAINT_ROWS) : articles).map((article) => (
        <ArticleRow
          key={article.id}
          article={article}
          selected={selectedIds.has(article.id)}
          fresh={article.id === freshId}
          {...actions}
        />
      ))}
    </ul>
  );
}
