import { ExcerptMark } from '../shared/ExcerptMark';
import { siteLabel } from '../../lib/articles/site-label';
import { displayDate } from '../../lib/format/display-date';
import type { ArticleRecord } from '../../lib/article';
import { HighlightedText } from './HighlightedText';
import { ReadingListMarks } from '../shared/ReadingListMarks';
import { RowReadingState } from './RowReadingState';
import { useTranslator } from '../shared/use-translator';

export interface ArticleRowProps {
  article: ArticleRecord;
  /** Words the search matched in this article, for highlighting. */
  terms: readonly string[];
  active: boolean;
  selected: boolean;
  top: number;
  height: number;
  onOpen: (id: number) => void;
  onToggle: (id: number, shift: boolean) => void;
  onFocusRow: (id: number) => void;
  onArchive: (id: number, archive: boolean) => void;
}

/** One article in the list: checkbox, title, site, author, date, tags and the matched words. */
export function ArticleRow({
  article,
  terms,
  active,
  selected,
  top,
  height,
  onOpen,
  onToggle,
  onFocusRow,
  onArchive,
}: ArticleRowProps) {
  const t = useTranslator();
  const titleTerms = new Set(terms.filter((t) => article.title.toLowerCase().includes(t)));
  const elsewhere = terms.filter((t) => !titleTerms.has(t));
  return (
    <li
      id={`article-${article.id}`}
      role="option"
      aria-selected={selected}
      class={`row${active ? ' active' : ''}${selected ? ' selected' : ''}`}
      style={{ transform: `translateY(${top}px)`, height: `${height}px` }}
      onMouseDown={() => onFocusRow(article.id)}
      data-id={article.id}
      data-status={article.status}
    >
      <input
        type="checkbox"
        checked={selected}
        aria-label={t.t('library.selectArticle', article.title)}
        tabIndex={-1}
        onClick={(e) => {
          e.stopPropagation();
          onToggle(article.id, e.shiftKey);
        }}
      />
      <div class="row-text">
        <a
          class="row-title"
          href={`#article=${article.id}`}
          tabIndex={-1}
          onClick={(e) => {
            e.preventDefault();
            if (e.shiftKey) onToggle(article.id, true);
            else onOpen(article.id);
          }}
        >
          <HighlightedText text={article.title} terms={terms} />
        </a>
        <div class="row-meta">
          <ExcerptMark selection={article.selection} />
          <ReadingListMarks article={article} />
          <span class="site">
            <HighlightedText text={siteLabel(article)} terms={terms} />
          </span>
          {article.authors.length > 0 && (
            <span>
              <HighlightedText text={article.authors.join(', ')} terms={terms} />
            </span>
          )}
          <time dateTime={article.capturedAt}>{displayDate(article.capturedAt, 'day', t.locale)}</time>
          {article.tags.map((t) => (
            <span class="tag" key={t}>
              {t}
            </span>
          ))}
        </div>
        {elsewhere.length > 0 ? (
          <div class="row-matches">
            {t.t('library.matchesInText')}{' '}
            {elsewhere.slice(0, 6).map((term) => (
              <mark key={term}>{term}</mark>
            ))}
          </div>
        ) : (
          article.excerpt && (
            <div class="row-excerpt">
              <HighlightedText text={article.excerpt} terms={terms} />
            </div>
          )
        )}
      </div>
      <RowReadingState article={article} onArchive={onArchive} />
    </li>
  );
}
