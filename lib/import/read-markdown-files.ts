import { message, type Message } from '../i18n/message';
import { parseFrontMatter } from '../markdown/front-matter';
import { parseMarkdownDocument } from '../markdown/markdown-document';
import { foreignArticle, type ForeignArticle, type ForeignRead } from './foreign-article';
import { foreignMoment } from './foreign-moment';
import type { SkippedFile } from './read-export-zip';

/** One file of the folder (or zip) the user chose: its path there and its bytes. */
export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Hidden folders and files are not notes: Obsidian's .trash, macOS's __MACOSX and its ._ copies.
const HIDDEN = /(?:^|\/)(?:\.|__MACOSX\/)/;
const isMarkdown = (name: string) => /\.(?:md|markdown)$/i.test(name) && !HIDDEN.test(name);

/** The first of these front-matter keys that holds a value, as clippers name the same field differently. */
function pick(data: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys)
    if (data[key] !== undefined && data[key] !== null && data[key] !== '') return data[key];
  return undefined;
}

const textOf = (value: unknown) =>
  typeof value === 'string' ? value.trim() || null : typeof value === 'number' ? String(value) : null;

/** A string or a list of them; Obsidian Web Clipper writes people as `[[Name]]` links. */
function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((item) => {
    const name = textOf(item)
      ?.replace(/^\[\[(.*)\]\]$/, '$1')
      .trim();
    return name ? [name] : [];
  });
}

/** Tags as a list or as one "a, b" string; Obsidian's `#tag` form is read without its `#`. */
function tagsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return list.flatMap((item) => {
    const tag = textOf(item)?.replace(/^#/, '');
    return tag ? [tag] : [];
  });
}

/** The file's front matter (or null when it has none) and the body after it, with blank edges trimmed. */
function splitFrontMatter(text: string): { yaml: string | null; body: string } {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  if (!source.startsWith('---\n')) return { yaml: null, body: source };
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(source.slice(4));
  if (!close) return { yaml: null, body: source };
  const end = 4 + close.index;
  return { yaml: source.slice(4, end), body: source.slice(end + close[0].length) };
}

const trimBlankEdges = (body: string) => body.replace(/^(?:[ \t]*\n)+/, '').replace(/\s+$/, '');

/** One Markdown file as a page, or why it cannot be one. */
function readOne(file: NamedFile): ForeignArticle | SkippedFile {
  const skip = (reason: Message | string): SkippedFile => ({ fileName: file.name, reason });
  let text: string;
  try {
    text = utf8.decode(file.bytes);
  } catch {
    return skip(message('importFrom.notUtf8'));
  }
  // A file we wrote ourselves (an unzipped export, a mirrored folder) reads back exactly.
  const own = parseMarkdownDocument(text);
  if (own.ok) {
    const { article, tags, state } = own;
    return { ...foreignArticle(file.name, article.canonicalUrl), tags, exact: { article, state } };
  }
  const { yaml, body } = splitFrontMatter(text);
  if (yaml === null) return skip(message('importFrom.noFrontMatter'));
  const parsed = parseFrontMatter(yaml);
  if (!parsed.ok) return skip(parsed.message);
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data))
    return skip(message('importFrom.frontMatterNotFields'));
  const data = parsed.data as Record<string, unknown>;
  const url = textOf(pick(data, ['source', 'url', 'link', 'canonical', 'original_url']));
  if (!url) return skip(message('importFrom.noSourceAddress'));
  const kept = trimBlankEdges(body);
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(kept)?.[1];
  const fileTitle = file.name
    .split('/')
    .pop()
    ?.replace(/\.(?:md|markdown)$/i, '');
  const saved = textOf(pick(data, ['created', 'captured', 'saved', 'clipped', 'date_saved']));
  return {
    ...foreignArticle(file.name, url),
    title: textOf(data.title) ?? heading ?? fileTitle ?? null,
    authors: names(pick(data, ['authors', 'author', 'byline'])),
    siteName: textOf(pick(data, ['site', 'site_name', 'siteName'])),
    publishedTime: foreignMoment(textOf(pick(data, ['published', 'date', 'published_at']))),
    savedAt: foreignMoment(saved),
    excerpt: textOf(pick(data, ['description', 'excerpt', 'summary'])),
    leadImage: textOf(pick(data, ['image', 'cover', 'banner'])),
    lang: textOf(data.lang),
    tags: tagsOf(data.tags),
    body: { kind: 'markdown', text: kept },
  };
}

/**
 * Reads a folder of Markdown files with front matter, as MarkDownload, Obsidian Web Clipper or our
 * own export write them: title, source or url, author(s), published, tags and the body as it is.
 * Files that are not Markdown are ignored; a Markdown file without an address is left out with why.
 */
export function readMarkdownFiles(files: readonly NamedFile[]): ForeignRead {
  const markdown = files.filter((file) => isMarkdown(file.name));
  if (markdown.length === 0) return { ok: false, message: message('importFrom.noMarkdownFiles') };
  const articles: ForeignArticle[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of markdown) {
    const read = readOne(file);
    if ('reason' in read) skipped.push(read);
    else articles.push(read);
  }
  return { ok: true, format: 'markdown', articles, skipped };
}
