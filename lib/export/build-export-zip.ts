import type { StoredArticle } from '../article';
import { MessageError } from '../i18n/message-error';
import { IMPORT_LIMITS } from '../articles/article-limits';
import { cutText } from '../articles/fit-article';
import { toMarkdownDocument } from '../markdown/markdown-document';
import { buildIndexMarkdown, indexRow } from './build-index-markdown';
import { createTemplateFileNameAllocator } from './create-file-name-allocator';
import { parseFileNameTemplate } from '../templates/file-name-template';
import { DEFAULT_TEMPLATE_SETTINGS, type TemplateSettings } from '../templates/template-settings';
import { createZipWriter } from './create-zip-writer';
import { createAssetWriter, type ExportImageSource } from './export-assets';
import { defaultDeflateRaw, type DeflateRaw } from './deflate-raw';
import {
  APP_NAME,
  assetLinkPrefix,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  IMAGES_FORMAT_VERSION,
  INDEX_FILE,
  MANIFEST_FILE,
  type ExportManifest,
  type ManifestArticle,
} from './export-manifest';
import { DEFAULT_ZIP_LIMITS } from '../import/list-zip-entries';
import { sha256Hex } from '../bytes/sha256-hex';
import { yieldToEventLoop } from './yield-to-event-loop';
import { zipTimestamp } from './zip-timestamp';
import { bytes as byteSize, message } from '../i18n/message';
import { SETTINGS_FILE } from '../settings/settings-file';
import { markHighlights } from '../highlights/markdown-highlights';
import type { Highlight } from '../highlights/highlight';

/** An article's highlights and note, for the export; null for an article with neither. */
export interface ExportAnnotationSource {
  of(articleId: number): Promise<{ highlights: Highlight[]; note: string } | null>;
}

/**
 * Without Zip64, which fflate does not write, a zip holds at most 65,535 entries; the index and
 * the manifest take two of them.
 */
export const MAX_EXPORT_ARTICLES = 65_533;

/** The largest zip the import takes back: an export never makes one it could not restore. */
export const MAX_EXPORT_BYTES = DEFAULT_ZIP_LIMITS.maxArchiveBytes;

/** Work between two yields to the event loop: short enough that Cancel and progress stay responsive. */
const YIELD_EVERY_MS = 25;

/**
 * Articles compressed and hashed at once. Both can run off the main thread (Web Crypto, and
 * zlib in Node), so a few in flight keep it busy; few enough that memory stays flat.
 */
const IN_FLIGHT = 8;

export interface ExportZipOptions {
  /** How many articles the iterable will give, for progress. */
  total: number;
  /** Called now and then (at least every ~25 ms of work) and once at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Called once the zip is complete, with what it holds. */
  onDone?: (written: { articles: number; images: number }) => void;
  signal?: AbortSignal;
  /** The export time written to the manifest and index; fixed in tests for byte-identical zips. */
  now?: Date;
  /** The largest zip to make (the import's limit); smaller in tests. */
  maxBytes?: number;
  /** The most its files may unpack to together (the import's limit); smaller in tests. */
  maxUnpackedBytes?: number;
  /** The DEFLATE to use; the platform's native one when it has it. */
  deflateRaw?: DeflateRaw;
  /**
   * Where the stored images are: each is written once to `assets/` and the Markdown links it
   * there. Without it (the "keep image links remote" choice) the zip holds text only.
   */
  images?: ExportImageSource;
  /** How files are named and what their front matter says; today's layout without it. */
  templates?: TemplateSettings;
  /** The text of `settings.json` (see settings-file.ts), so the settings travel with the library. */
  settingsFile?: string | null;
  /** Where the articles' highlights and notes are; without it, none are exported. */
  annotations?: ExportAnnotationSource;
}

/** The Markdown file of an article exactly as the export writes it (front matter with tags, then body). */
export function articleDocument(
  article: StoredArticle,
  templates: TemplateSettings = DEFAULT_TEMPLATE_SETTINGS,
): string {
  // The front matter leaves out the id, which is local to one browser's database, so a re-export
  // of an imported article is byte-identical to the original file.
  return toMarkdownDocument(article, templates.frontMatter);
}

/** `clean-capture-2026-11-27.zip`, dated on the user's calendar (the manifest keeps exact UTC time). */
export function exportZipName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `clean-capture-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.zip`;
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  return new DOMException('The export was cancelled.', 'AbortError');
}

/**
 * Streams articles, one at a time, into a zip of `<slug>.md` files plus `index.md` and
 * `manifest.json` (and, given `images`, each stored image once in `assets/`), and returns the
 * zip's bytes in chunks (for a Blob). Bodies and images are encoded, compressed and dropped as
 * they pass, so memory holds only the zip's output. Rejects with an AbortError, and no zip, if
 * `signal` aborts.
 */
export async function buildExportZip(
  articles: AsyncIterable<StoredArticle> | Iterable<StoredArticle>,
  options: ExportZipOptions,
): Promise<Uint8Array[]> {
  const { onProgress, signal, now = new Date(), templates = DEFAULT_TEMPLATE_SETTINGS } = options;
  if (signal?.aborted) throw abortError(signal);
  // Checked again here: a template that cannot name files safely stops the export before any file.
  const fileNameTemplate = parseFileNameTemplate(templates.fileName);
  if (!fileNameTemplate.ok) throw new MessageError(fileNameTemplate.message);
  if (options.total > MAX_EXPORT_ARTICLES) {
    throw new MessageError(message('zip.exportTooManyArticles', MAX_EXPORT_ARTICLES));
  }
  const zip = createZipWriter(options.deflateRaw ?? defaultDeflateRaw());
  const maxBytes = options.maxBytes ?? MAX_EXPORT_BYTES;
  // Bytes of files being compressed: not in the zip's size yet, and at most this much once they are.
  let pendingBytes = 0;
  const maxUnpacked = options.maxUnpackedBytes ?? DEFAULT_ZIP_LIMITS.maxTotalBytes;
  // Bytes the files written so far unpack to: the import refuses a zip over its limit, whatever
  // its compressed size (long articles pass 512 MB unpacked well before 65,533 files).
  let unpacked = 0;
  const countUnpacked = (size: number) => {
    if (unpacked + size > maxUnpacked) {
      throw new MessageError(message('zip.exportUnpacksTooLarge', byteSize(maxUnpacked)));
    }
    unpacked += size;
  };
  /** Refuses, before it is written, a file of `size` bytes the zip has no room for; else counts it in. */
  const checkRoom = (size: number) => {
    if (listed.length + (assets?.assets.length ?? 0) >= MAX_EXPORT_ARTICLES) {
      throw new MessageError(message('zip.exportTooManyFiles', MAX_EXPORT_ARTICLES));
    }
    if (zip.size + pendingBytes + size > maxBytes) {
      const key = options.images ? 'zip.exportTooLargeWithImages' : 'zip.exportTooLarge';
      throw new MessageError(message(key, byteSize(maxBytes)));
    }
    countUnpacked(size);
  };
  const assets = options.images ? createAssetWriter(zip, options.images, checkRoom) : null;
  const encoder = new TextEncoder();
  const nameFor = createTemplateFileNameAllocator(fileNameTemplate.template);
  const listed: ManifestArticle[] = [];
  let annotated = false;
  const rows: string[] = [];
  const inFlight: Promise<void>[] = [];
  let lastYield = Date.now();
  try {
    for await (const article of articles) {
      if (signal?.aborted) break;
      checkRoom(0);
      const file = nameFor(article);
      const mtime = zipTimestamp(article.capturedAt, now);
      const local = assets ? await assets.localize(article, mtime, assetLinkPrefix(file)) : null;
      const notes = await options.annotations?.of(article.id);
      const body = local?.markdown ?? article.markdown;
      const marked = notes ? markHighlights(body, notes.highlights, notes.note) : null;
      const bytes = encoder.encode(
        articleDocument({ ...article, markdown: marked?.markdown ?? body }, templates),
      );
      checkRoom(bytes.length);
      const { id, sourceUrl, canonicalUrl, capturedAt, status, progress } = article;
      // The manifest's title only helps a person reading it; one stored before titles had a limit
      // is cut there, so the manifest stays within what the import reads (the file keeps it whole).
      const title = cutText(article.title, IMPORT_LIMITS.titleLength);
      const entry: ManifestArticle = { file, id, title, sourceUrl, canonicalUrl, capturedAt, sha256: '' };
      if (local && local.images.length > 0) entry.images = local.images;
      // Every article's state, unread ones too: a tool reading the manifest needs no defaults.
      Object.assign(entry, { status, progress });
      if (notes && marked && marked.markdown !== body) {
        const highlights = marked.ordered.map(({ articleId: _local, ...h }) => h);
        entry.annotations = { note: notes.note, highlights, marks: marked.marks };
        annotated = true;
      }
      listed.push(entry);
      rows.push(indexRow(article, file));
      pendingBytes += bytes.length;
      const work = Promise.all([zip.add(file, bytes, mtime), sha256Hex(bytes)]).then(([, sha256]) => {
        entry.sha256 = sha256;
        pendingBytes -= bytes.length;
      });
      // Awaited below; the no-op handler only stops a failure from being reported twice.
      work.catch(() => undefined);
      inFlight.push(work);
      if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
      if (Date.now() - lastYield >= YIELD_EVERY_MS) {
        onProgress?.(listed.length - inFlight.length, Math.max(options.total, listed.length));
        await yieldToEventLoop();
        lastYield = Date.now();
      }
    }
    await Promise.all(inFlight);
  } catch (error) {
    await Promise.allSettled(inFlight);
    zip.abort();
    throw error;
  }
  if (signal?.aborted) {
    await Promise.allSettled(inFlight);
    zip.abort();
    throw abortError(signal);
  }

  const stamp = zipTimestamp(now.toISOString(), now);
  const index = encoder.encode(buildIndexMarkdown(rows, now));
  countUnpacked(index.length);
  await zip.add(INDEX_FILE, index, stamp);
  const stored = assets?.assets ?? [];
  const manifest: ExportManifest = {
    format: EXPORT_FORMAT,
    // Without images or highlights the layout is version 1's, which older versions still import.
    formatVersion: annotated ? EXPORT_FORMAT_VERSION : stored.length > 0 ? IMAGES_FORMAT_VERSION : 1,
    app: { name: APP_NAME },
    exportedAt: now.toISOString(),
    articleCount: listed.length,
    articles: listed,
    ...(stored.length > 0 ? { assets: stored } : {}),
  };
  const settings = options.settingsFile ? encoder.encode(options.settingsFile) : null;
  const manifestBytes = encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`);
  countUnpacked((settings?.length ?? 0) + manifestBytes.length);
  if (settings) await zip.add(SETTINGS_FILE, settings, stamp);
  await zip.add(MANIFEST_FILE, manifestBytes, stamp);
  const chunks = zip.finish();
  onProgress?.(listed.length, Math.max(options.total, listed.length));
  options.onDone?.({ articles: listed.length, images: stored.length });
  return chunks;
}
