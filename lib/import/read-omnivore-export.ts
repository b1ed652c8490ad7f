import { message } from '../i18n/message';
import * as v from 'valibot';
import {
  foreignArticle,
  type ForeignArticle,
  type ForeignHighlight,
  type ForeignRead,
} from './foreign-article';
import { foreignMoment } from './foreign-moment';
import type { NamedFile } from './read-markdown-files';
import type { SkippedFile } from './read-export-zip';

/** Omnivore's export lists its items in pages of 50: `metadata_0_to_50.json`, `metadata_50_to_100.json`… */
export const OMNIVORE_METADATA = /(?:^|\/)metadata_\d+_to_\d+\.json$/;

const text = v.nullish(v.string());
// Loose: fields Omnivore added over the years (readingProgress, updatedAt…) are not needed here.
const OmnivoreItem = v.looseObject({
  id: text,
  slug: text,
  title: text,
  description: text,
  author: text,
  url: v.string(),
  state: text,
  thumbnail: text,
  labels: v.nullish(v.array(v.union([v.string(), v.looseObject({ name: v.string() })]))),
  savedAt: text,
  publishedAt: text,
});
type OmnivoreItem = v.InferOutput<typeof OmnivoreItem>;

const utf8 = new TextDecoder('utf-8', { fatal: true });

// The link back to Omnivore that ends a quote's last line.
const BACK_LINK = /\s*\[[^\]]*\]\(https?:[^)]*\)\s*$/;

/**
 * Omnivore's highlights file: each highlight a quote (`> ` lines, the last ending in a link back to
 * Omnivore), then the user's note, if any, as the paragraphs up to the next quote.
 */
function highlightsOf(markdown: string): ForeignHighlight[] {
  const kept = markdown.replace(/\r\n/g, '\n').trim();
  if (kept === '') return [];
  return kept.split(/\n{2,}(?=>)/).map((part) => {
    const lines = part.trim().split('\n');
    const quoted = lines.findIndex((line) => !line.startsWith('>'));
    const quoteLines = (quoted === -1 ? lines : lines.slice(0, quoted)).map((line) =>
      line.replace(/^> ?/, ''),
    );
    const quote = quoteLines.join('\n').replace(BACK_LINK, '').trim();
    const note = quoted === -1 ? '' : lines.slice(quoted).join('\n').trim();
    return { quote, note, createdAt: null };
  });
}

function toArticle(item: OmnivoreItem, folder: string, files: ReadonlyMap<string, Uint8Array>) {
  const slug = item.slug ?? item.id ?? '';
  const page = foreignArticle(slug || item.url, item.url);
  const html = slug ? files.get(`${folder}content/${slug}.html`) : undefined;
  const highlights = slug ? files.get(`${folder}highlights/${slug}.md`) : undefined;
  const decode = (bytes: Uint8Array | undefined) => (bytes ? utf8.decode(bytes) : null);
  const body = decode(html);
  return {
    ...page,
    title: item.title?.trim() || null,
    authors: item.author?.trim() ? [item.author.trim()] : [],
    publishedTime: foreignMoment(item.publishedAt ?? null),
    savedAt: foreignMoment(item.savedAt ?? null),
    excerpt: item.description?.trim() || null,
    leadImage: item.thumbnail?.trim() || null,
    tags: (item.labels ?? []).map((label) => (typeof label === 'string' ? label : label.name)),
    body: body === null ? null : { kind: 'html' as const, text: body },
    archived: item.state === 'Archived',
    highlights: highlightsOf(decode(highlights) ?? ''),
  };
}

/**
 * Reads an unzipped Omnivore export: every `metadata_*.json` page of items, each item's text from
 * `content/<slug>.html` and its highlights from `highlights/<slug>.md`. A metadata file that is not
 * a list of items refuses the whole export; an item without an address, or whose files are not
 * text, is left out with why.
 */
export function readOmnivoreExport(files: readonly NamedFile[]): ForeignRead {
  const byName = new Map(files.map((file) => [file.name, file.bytes]));
  const pages = files
    .filter((file) => OMNIVORE_METADATA.test(file.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  if (pages.length === 0) return { ok: false, message: message('importFrom.omnivoreNoMetadata') };
  const articles: ForeignArticle[] = [];
  const skipped: SkippedFile[] = [];
  for (const page of pages) {
    let items: unknown;
    try {
      items = JSON.parse(utf8.decode(page.bytes));
    } catch (error) {
      return { ok: false, message: message('importFrom.notJson', page.name, String(error)) };
    }
    if (!Array.isArray(items)) return { ok: false, message: message('importFrom.notAList', page.name) };
    const folder = page.name.slice(0, page.name.lastIndexOf('/') + 1);
    items.forEach((raw, i) => {
      const where = `${page.name} #${i + 1}`;
      const item = v.safeParse(OmnivoreItem, raw);
      if (!item.success) {
        skipped.push({ fileName: where, reason: message('importFrom.badEntry', issuePath(item.issues[0])) });
        return;
      }
      try {
        articles.push(toArticle(item.output, folder, byName));
      } catch {
        skipped.push({ fileName: where, reason: message('importFrom.notUtf8') });
      }
    });
  }
  return { ok: true, format: 'omnivore', articles, skipped };
}

/** The field a schema issue is about (`url`), for a message naming it. */
export function issuePath(issue: v.BaseIssue<unknown> | undefined): string {
  const keys = issue?.path?.map((item) => String(item.key)) ?? [];
  return keys.length > 0 ? keys.join('.') : '—';
}
