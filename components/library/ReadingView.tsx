import { ExcerptMark } from '../shared/ExcerptMark';
import { displayDate } from '../../lib/format/display-date';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { StoredArticle } from '../../lib/article';
import { safeLinkUrl } from '../../lib/articles/safe-link-url';
import type { ArticleBody } from '../../lib/reading/render-article-body';
import { markMatches } from '../../lib/search/highlight';
import { TagEditor } from '../shared/TagEditor';
import { useTranslator } from '../shared/use-translator';
import { say } from '../../lib/i18n/message';

export interface ReadingViewProps {
  article: StoredArticle;
  /** The body rendered and sanitised with DOMPurify, or the Markdown as text when it could not be. */
  body: ArticleBody;
  terms: readonly string[];
  tagSuggestions: readonly string[];
  onBack: () => void;
  onTagsChange: (tags: string[]) => void;
  /** Actions on the article shown beside Back (download, copy…). */
  actions?: ComponentChildren;
  /** Called each time the body's content is put in place (and search matches marked), for highlights. */
  onBodyRendered?: (body: HTMLElement) => void;
  /** Shown after the body: the highlights and notes. */
  children?: ComponentChildren;
}

/** One article for reading: heading, byline, link to the original, tags and the body. */
export function ReadingView({
  article,
  body: content,
  terms,
  tagSuggestions,
  onBack,
  onTagsChange,
  actions,
  onBodyRendered,
  children,
}: ReadingViewProps) {
  const t = useTranslator();
  const pageDir = t.t('direction') === 'rtl' ? 'rtl' : 'ltr';
  const body = useRef<HTMLDivElement & HTMLPreElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  const firstMatch = useRef<Element | null>(null);
  // Before the body is first drawn: the highlights are painted into it in the same frame, so a long
  // article is laid out once, not drawn plain and then again with its marks.
  useLayoutEffect(() => {
    if (!body.current) return;
    firstMatch.current = markMatches(body.current, terms) > 0 ? body.current.querySelector('mark') : null;
    onBodyRendered?.(body.current);
    // Not on a new onBodyRendered alone: the body it would be given has not changed.
  }, [content, terms]);
  // Once drawn: scrolling and focus need the layout, and asked for earlier they forced one more.
  useEffect(() => {
    // A highlight the reader was sent to (from the highlights page) has taken focus already.
    if (body.current?.contains(document.activeElement)) return;
    firstMatch.current?.scrollIntoView({ block: 'center' });
    back.current?.focus({ preventScroll: true });
  }, [content, terms]);
  const published = article.publishedTime && displayDate(article.publishedTime, 'long-day', t.locale);
  // Only a web address becomes a link; an older copy may hold anything (issue 10).
  const original = safeLinkUrl(article.canonicalUrl);
  return (
    <article class="reader" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      {/* Our own words follow the page's direction; the article's follow its own (issue 13). */}
      <nav dir={pageDir}>
        <button type="button" ref={back} onClick={onBack}>
          {t.t('reader.back')}
        </button>
        {actions}
      </nav>
      <header>
        <p class="reader-site">
          <ExcerptMark selection={article.selection} /> {article.siteName}
        </p>
        <h1>{article.title}</h1>
        <p class="byline" dir={pageDir}>
          {article.authors.length > 0 && <span>{article.authors.join(', ')}</span>}
          {published && <time dateTime={article.publishedTime ?? ''}>{published}</time>}
          <span>{t.plural('reader.minutesRead', article.readingMinutes)}</span>
        </p>
        <p class="original" dir={pageDir}>
          {original ? (
            <a href={original} target="_blank" rel="noopener noreferrer">
              {t.t('reader.original', article.canonicalUrl)}
            </a>
          ) : (
            <>{t.t('reader.original', article.canonicalUrl)}</>
          )}
        </p>
        <TagEditor tags={article.tags} suggestions={tagSuggestions} onChange={onTagsChange} />
      </header>
      {content.kind === 'html' ? (
        // safeHtml comes from renderMarkdown, which sanitises with DOMPurify.
        <div class="reader-body" ref={body} dangerouslySetInnerHTML={{ __html: content.safeHtml }} />
      ) : (
        <>
          <p class="reader-problem" role="alert">
            {say(t, content.problem)}
          </p>
          {/* A text child: Preact sets it as text, so nothing in it is parsed as HTML. */}
          <pre class="reader-body reader-plain" ref={body}>
            {content.text}
          </pre>
        </>
      )}
      {children}
    </article>
  );
}
