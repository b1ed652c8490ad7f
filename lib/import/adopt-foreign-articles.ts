import type { Article, ReadingState } from '../article';
import { IMPORT_LIMITS } from '../articles/article-limits';
import { fitArticle, fitTags } from '../articles/fit-article';
import { isIsoDate } from '../articles/iso-date';
import { detectDirection } from '../capture/detect-direction';
import { measureText } from '../capture/measure-text';
import { pageTitle } from '../capture/page-name';
import { markdownToPlainText } from '../markdown/markdown-to-plain-text';
import { convertHtmlBody } from './convert-html-body';
import { foreignAnnotations } from './foreign-annotations';
import type { ForeignArticle, ForeignRead } from './foreign-article';
import type { ImportRead } from './import-read';
import type { ImportedArticle, ReadExportOptions, SkippedFile } from './read-export-zip';
import { yieldToEventLoop } from '../export/yield-to-event-loop';
import { roundProgress, UNREAD } from '../reading-state/reading-state';

export interface AdoptOptions extends ReadExportOptions {
  /** Parses HTML into an inert document (DOMParser in the library); never runs it. */
  parseHtml: (html: string) => Document;
  /** The capture time of a page whose export gives none: the file's own time, so a second import matches. */
  fallbackTime: string;
}

/** The address without its fragment, as a capture keys a page; text that is no address stays, to be refused. */
function withoutFragment(url: string): string {
  try {
    const parsed = new URL(url.trim());
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

function bodyOf(page: ForeignArticle, title: string, url: string, options: AdoptOptions): string {
  let markdown = '';
  if (page.body?.kind === 'markdown') markdown = page.body.text;
  else if (page.body?.kind === 'html') {
    const doc = options.parseHtml(page.body.text);
    markdown = convertHtmlBody(doc, url, { title, authors: page.authors, excerpt: page.excerpt });
  }
  return markdown;
}

/** One page as the article it becomes, before it is fitted within the import's limits. */
function toArticle(page: ForeignArticle, options: AdoptOptions): Article {
  const url = withoutFragment(page.url);
  const title = page.title ?? pageTitle(url);
  const markdown = bodyOf(page, title, url, options);
  const text = markdownToPlainText(markdown);
  return {
    title,
    authors: page.authors,
    siteName: page.siteName,
    publishedTime: page.publishedTime,
    lang: page.lang,
    dir: markdown === '' ? null : detectDirection(text),
    excerpt: page.excerpt,
    sourceUrl: page.url.trim(),
    canonicalUrl: url,
    leadImage: page.leadImage,
    ...measureText(text),
    capturedAt: page.savedAt !== null && isIsoDate(page.savedAt) ? page.savedAt : options.fallbackTime,
    markdown,
    ...(page.body === null ? { notCaptured: true as const } : {}),
  };
}

/** A page's reading state: what our own file names, else archived as the tool had it, else unread. */
function stateOf(page: ForeignArticle): ReadingState {
  if (page.exact) {
    const { status, progress } = page.exact.state;
    return { status: status ?? UNREAD.status, progress: roundProgress(progress ?? UNREAD.progress) };
  }
  return page.archived ? { ...UNREAD, status: 'archived' } : UNREAD;
}

/**
 * Makes another tool's pages into articles the import preview can weigh like our own zip's: HTML
 * converted as a capture converts it, highlights placed in the text as the library's own, a page without text
 * kept as one still to capture. Each is fitted within the import's limits (a note says what
 * changed) or left out with why. Converting thousands of pages takes a while: it reports progress
 * and lets the page paint between pages, and stops when `signal` is aborted.
 */
export async function adoptForeignArticles(
  read: Extract<ForeignRead, { ok: true }>,
  options: AdoptOptions,
): Promise<Extract<ImportRead, { ok: true }>> {
  const articles: ImportedArticle[] = [];
  const skipped: SkippedFile[] = [...read.skipped];
  const total = read.articles.length;
  let lastYield = Date.now();
  for (const [i, page] of read.articles.entries()) {
    if (options.signal?.aborted) throw new DOMException('The import was cancelled.', 'AbortError');
    const fitted = fitArticle(page.exact?.article ?? toArticle(page, options), IMPORT_LIMITS);
    if (fitted.ok) {
      // Tags from other tools are tidied as a matter of course (case, spaces), so that is no news.
      const { tags } = fitTags(page.tags, IMPORT_LIMITS);
      const { article } = fitted;
      // Placed in the body as fitted, so a quote in text cut to fit shows as could not be placed.
      const annotations = await foreignAnnotations(
        article.markdown,
        article.canonicalUrl,
        page.highlights,
        article.capturedAt,
      );
      articles.push({
        fileName: page.origin,
        article,
        tags,
        notes: fitted.notes,
        images: [],
        state: stateOf(page),
        ...(annotations ? { annotations } : {}),
      });
    } else skipped.push({ fileName: page.origin, reason: fitted.message });
    if (Date.now() - lastYield > 25) {
      options.onProgress?.(i + 1, total);
      await yieldToEventLoop();
      lastYield = Date.now();
    }
  }
  options.onProgress?.(total, total);
  return { ok: true, source: read.format, articles, skipped, ignoredFiles: [], exportedAt: null };
}
