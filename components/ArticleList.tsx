import { ArticleRow, type ArticleRowItem } from './ArticleRow';

export interface ArticleListProps {
  articles: ArticleRowItem[];
  /** False until the first read answers: no "nothing saved" flash before the rows arrive. */
  loaded: boolean;
  selectedIds: ReadonlySet<number>;
  freshId: number | null;
  onToggle: (id: number) => void;
  onOpen: (article: ArticleRowItem) => void;
  onCopy: (article: ArticleRowItem) => void;
  onDelete: (article: ArticleRowItem) => void;
}

/** The saved articles, newest first, or a hint when there are none. */
export function ArticleList({ articles, loaded, selectedIds, freshId, ...actions }: ArticleListProps) {
  if (articles.length === 0) {
    if (!loaded) return null;
    return (
      <p class="empty">
        Nothing saved yet. Open an article and click the toolbar button or press Alt+Shift+S.
      </p>
    );
  }
  return (
    <ul class="list" aria-label="Saved articles">
      {articles.map((article) => (
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
