import type { Article, ReadingState } from '../article.ts';
import { message, type Message } from '../i18n/message.ts';
import { parseFrontMatter, stringifyFrontMatter, type FrontMatterParse } from './front-matter.ts';
import { validateFrontMatter } from './front-matter-schema.ts';
import {
  applyFrontMatterOptions,
  DEFAULT_FRONT_MATTER_OPTIONS,
  type FrontMatterOptions,
} from '../templates/front-matter-options.ts';

export type MarkdownDocumentParse =
  | {
      ok: true;
      article: Article;
      tags: string[];
      /** The reading state the file names; a field it leaves out is absent here. */
      state: Partial<ReadingState>;
    }
  | { ok: false; message: Message | string };

/**
 * An article as a Markdown file: YAML front matter (fixed key order; null fields and empty lists left
 * out; `status` and `progress` only when not unread and 0), a blank line, the body, one final newline. The same article always gives the same bytes.
 * The options rename or leave out fields and add constant ones and default tags.
 */
export function toMarkdownDocument(
  article: Article & { tags?: readonly string[] } & Partial<ReadingState>,
  options: FrontMatterOptions = DEFAULT_FRONT_MATTER_OPTIONS,
  // A quicker writer may stand in, if it writes exactly what stringifyFrontMatter does.
  writeFrontMatter: (data: Record<string, unknown>) => string = stringifyFrontMatter,
): string {
  return `${markdownDocumentHead(article, options, writeFrontMatter)}${article.markdown}\n`;
}

/**
 * What toMarkdownDocument writes before the body (the front matter and the blank line after it),
 * for a writer that puts the body after it without joining the two into one string.
 */
export function markdownDocumentHead(
  article: Omit<Article, 'markdown'> & { tags?: readonly string[] } & Partial<ReadingState>,
  options: FrontMatterOptions = DEFAULT_FRONT_MATTER_OPTIONS,
  writeFrontMatter: (data: Record<string, unknown>) => string = stringifyFrontMatter,
): string {
  const data: Record<string, unknown> = { title: article.title };
  if (article.authors.length > 0) data.authors = [...article.authors];
  if (article.siteName !== null) data.site = article.siteName;
  if (article.publishedTime !== null) data.published = article.publishedTime;
  if (article.lang !== null) data.lang = article.lang;
  if (article.dir !== null) data.dir = article.dir;
  data.source = article.sourceUrl;
  data.canonical = article.canonicalUrl;
  if (article.leadImage !== null) data.image = article.leadImage;
  if (article.excerpt !== null) data.excerpt = article.excerpt;
  data.word_count = article.wordCount;
  data.reading_minutes = article.readingMinutes;
  data.captured = article.capturedAt;
  // Only on excerpts: an article's file reads exactly as before excerpts existed.
  if (article.selection) data.selection = true;
  // Only on entries moved in from a reading list, likewise.
  if (article.notCaptured) data.not_captured = true;
  if (article.tags && article.tags.length > 0) data.tags = [...article.tags];
  // Only once the reader has done something with it: an unread, unopened article's file reads
  // exactly as before reading states existed.
  if (article.status !== undefined && article.status !== 'unread') data.status = article.status;
  if (article.progress !== undefined && article.progress > 0) data.progress = article.progress;
  return `---\n${writeFrontMatter(applyFrontMatterOptions(data, options))}---\n\n`;
}

/**
 * Reads a file written by toMarkdownDocument back into the article and its tags, or says what is
 * wrong. `readFrontMatter` may be a quicker reader that gives what parseFrontMatter gives.
 */
export function parseMarkdownDocument(
  text: string,
  readFrontMatter: (yamlText: string) => FrontMatterParse = parseFrontMatter,
): MarkdownDocumentParse {
  let source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // A file that went through a Windows editor: take its line ends back to \n.
  if (source.startsWith('---\r\n')) source = source.replace(/\r\n/g, '\n');
  if (!source.startsWith('---\n')) {
    return { ok: false, message: message('frontMatter.none') };
  }
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(source.slice(4));
  if (!close) return { ok: false, message: message('frontMatter.neverEnds') };
  const yamlEnd = 4 + close.index;
  const parsed = readFrontMatter(source.slice(4, yamlEnd));
  if (!parsed.ok) return parsed;
  const valid = validateFrontMatter(parsed.data);
  if (!valid.ok) return valid;
  const { fields } = valid;
  // The body follows the closing line and one blank line, and ends before the final newline.
  let body = source.slice(yamlEnd + close[0].length + 1);
  if (body.startsWith('\n')) body = body.slice(1);
  if (body.endsWith('\n')) body = body.slice(0, -1);
  const article: Article = {
    title: fields.title,
    authors: fields.authors,
    siteName: fields.site ?? null,
    publishedTime: fields.published ?? null,
    lang: fields.lang ?? null,
    dir: fields.dir ?? null,
    excerpt: fields.excerpt ?? null,
    sourceUrl: fields.source,
    canonicalUrl: fields.canonical,
    leadImage: fields.image ?? null,
    wordCount: fields.word_count,
    readingMinutes: fields.reading_minutes,
    capturedAt: fields.captured,
    markdown: body,
    ...(fields.selection ? { selection: true as const } : {}),
    ...(fields.not_captured ? { notCaptured: true as const } : {}),
  };
  const state: Partial<ReadingState> = {};
  if (fields.status != null) state.status = fields.status;
  if (fields.progress != null) state.progress = fields.progress;
  return { ok: true, article, tags: fields.tags, state };
}
