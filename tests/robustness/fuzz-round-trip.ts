import { marked, type Token } from 'marked';
import type { StoredArticle } from '../../lib/article';
import { articleDocument, buildExportZip } from '../../lib/export/build-export-zip';
import { readExportZip } from '../../lib/import/read-export-zip';
import { joinChunks } from '../export/join-chunks';

/** The export time of both exports of a round trip: the only thing the export adds on its own. */
const NOW = new Date('2026-11-29T12:00:00.000Z');

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/** Exports `article` and imports it back; returns why it did not come back, or null if it did, byte for byte. */
export async function roundTripProblem(article: StoredArticle): Promise<string | null> {
  const first = joinChunks(await buildExportZip([article], { total: 1, now: NOW }));
  const read = await readExportZip(first);
  if (!read.ok) return `the import refused the export: ${read.message}`;
  if (read.skipped.length > 0) return `the import skipped it: ${read.skipped[0]?.reason}`;
  const entry = read.articles[0];
  if (read.articles.length !== 1 || !entry) return `the import gave ${read.articles.length} articles`;
  const back: StoredArticle = { ...entry.article, tags: entry.tags, ...entry.state, id: article.id };
  if (articleDocument(back) !== articleDocument(article)) return 'the re-imported file differs';
  const second = joinChunks(await buildExportZip([back], { total: 1, now: NOW }));
  return sameBytes(first, second) ? null : 'the second export differs from the first';
}

/** Schemes each stored address may have: pages come from the web or a local file; images from the web. */
const PAGE_SCHEMES = new Set(['http:', 'https:', 'file:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);
/** Schemes that run code or carry their own document when clicked; never a link in a stored body. */
const RUNNABLE = new Set(['javascript:', 'vbscript:', 'data:']);
const INLINE_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);/i;

function scheme(url: string, base?: string): string | null {
  try {
    return new URL(url, base).protocol;
  } catch {
    return null;
  }
}

/**
 * Stored addresses outside the allow-list: the record's own (source, canonical, lead image) and the
 * link and image destinations of its Markdown, read by the same Markdown parser the reading view uses.
 */
export function unsafeUrls(article: StoredArticle): string[] {
  const found: string[] = [];
  for (const url of [article.sourceUrl, article.canonicalUrl]) {
    if (!PAGE_SCHEMES.has(scheme(url) ?? '')) found.push(url);
  }
  if (article.leadImage !== null && !IMAGE_SCHEMES.has(scheme(article.leadImage) ?? ''))
    found.push(article.leadImage);
  const tokens = marked.lexer(article.markdown);
  marked.walkTokens(tokens, (token: Token) => {
    if (token.type !== 'link' && token.type !== 'image') return;
    const href = String((token as { href?: unknown }).href ?? '');
    const kind = scheme(href, article.sourceUrl);
    if (kind === null || !RUNNABLE.has(kind)) return;
    if (token.type === 'image' && INLINE_IMAGE.test(href.trim())) return;
    found.push(href);
  });
  return found;
}
