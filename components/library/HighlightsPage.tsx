import type { ArticleRecord } from '../../lib/article';
import { displayDate } from '../../lib/format/display-date';
import type { Highlight } from '../../lib/highlights/highlight';
import { useTranslator } from '../shared/use-translator';

/** One highlight with the article it is in. */
export interface HighlightEntry {
  highlight: Highlight;
  article: Pick<ArticleRecord, 'id' | 'title' | 'siteName'>;
}

export interface HighlightsPageProps {
  /** Newest first; null while they are read. */
  entries: readonly HighlightEntry[] | null;
  onBack: () => void;
}

/** Every highlight in the library, newest first, each with its note and a link to its place. */
export function HighlightsPage({ entries, onBack }: HighlightsPageProps) {
  const { t, plural, locale } = useTranslator();
  return (
    <main class="highlights-page" aria-busy={entries === null}>
      <nav>
        <button type="button" onClick={onBack}>
          {t('highlights.page.back')}
        </button>
      </nav>
      <h1>{t('highlights.page.title')}</h1>
      {entries && <p class="count">{plural('highlights.page.count', entries.length)}</p>}
      {entries?.length === 0 && <p>{t('highlights.page.empty')}</p>}
      <ol>
        {entries?.map(({ highlight, article }) => (
          <li key={highlight.id} data-highlight-entry={highlight.id}>
            <blockquote class={`highlight-${highlight.color}`}>
              <a href={`#article=${article.id}&highlight=${highlight.id}`} title={t('highlights.page.open')}>
                {highlight.quote.exact}
              </a>
            </blockquote>
            {highlight.note && <p class="note">{highlight.note}</p>}
            <p class="highlight-source">
              {t('highlights.page.from', article.title)}
              {article.siteName && ` · ${article.siteName}`} ·{' '}
              <time dateTime={highlight.createdAt}>
                {displayDate(highlight.createdAt, 'long-day', locale)}
              </time>
            </p>
          </li>
        ))}
      </ol>
    </main>
  );
}
