import { ExcerptMark } from '../shared/ExcerptMark';
import { siteLabel } from '../../lib/articles/site-label';
import { displayDate } from '../../lib/format/display-date';
import { plural } from '../../lib/format/plural';

/** The fields of a saved article a row shows. */
export interface ArticleRowItem {
  id: number;
  title: string;
  siteName: string | null;
  sourceUrl: string;
  capturedAt: string;
  wordCount: number;
  /** True on an excerpt (a saved selection). */
  selection?: boolean;
}

export interface ArticleRowProps {
  article: ArticleRowItem;
  selected: boolean;
  /** The article this popup just saved: marked so the eye finds it. */
  fresh: boolean;
  onToggle: (id: number) => void;
  onOpen: (article: ArticleRowItem) => void;
  onCopy: (article: ArticleRowItem) => void;
  onDelete: (article: ArticleRowItem) => void;
}

/** One saved article: select box, title, site, date, length, and its actions. */
export function ArticleRow({
  article,
  selected,
  fresh,
  onToggle,
  onOpen,
  onCopy,
  onDelete,
}: ArticleRowProps) {
  return (
    <li class={fresh ? 'row row--fresh' : 'row'} data-article-id={article.id}>
      <input
        type="checkbox"
        class="row__check"
        checked={selected}
        aria-label={`Select “${article.title}”`}
        onChange={() => onToggle(article.id)}
      />
      <div class="row__text">
        <button
          type="button"
          class="row__title"
          title={`Open the original page: ${article.sourceUrl}`}
          onClick={() => onOpen(article)}
        >
          {article.title}
        </button>
        <p class="row__meta">
          <ExcerptMark selection={article.selection} />
          <span>{siteLabel(article)}</span> ·{' '}
          <time dateTime={article.capturedAt}>{displayDate(article.capturedAt)}</time> ·{' '}
          <span>{plural(article.wordCount, 'word', 'words')}</span>
        </p>
        <div class="row__actions">
          <button
            type="button"
            class="icon-button"
            aria-label={`Open the original page of “${article.title}” in a new tab`}
            onClick={() => onOpen(article)}
          >
            Open ↗
          </button>
          <button
            type="button"
            class="icon-button"
            aria-label={`Copy Markdown of “${article.title}”`}
            title="Copy Markdown"
            onClick={() => onCopy(article)}
          >
            Copy Markdown
          </button>
          <button
            type="button"
            class="icon-button icon-button--danger"
            aria-label={`Delete “${article.title}”`}
            title="Delete"
            onClick={() => onDelete(article)}
          >
            Delete
          </button>
        </div>
      </div>
    </li>
  );
}
