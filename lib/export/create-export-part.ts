import type { StoredArticle } from '../article';
import { MessageError } from '../i18n/message-error';
import { IMPORT_LIMITS } from '../articles/article-limits';
import { cutText } from '../articles/fit-article';
import { markdownDocumentHead } from '../markdown/markdown-document';
import { utf8ByteLength } from '../articles/utf8-byte-length';
import { indexHead, indexRow } from './build-index-markdown';
import { createByteSink, type ByteSink } from '../bytes/byte-sink';
import { joinBytes } from '../bytes/join-bytes';
import type { TemplateSettings } from '../templates/template-settings';
import { createZipWriter } from './create-zip-writer';
import { createAssetWriter, type ExportImageSource } from './export-assets';
import type { DeflateRaw } from './deflate-raw';
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
import { sha256Hex } from '../bytes/sha256-hex';
import { zipTimestamp } from './zip-timestamp';
import { writeFrontMatter } from './quick-front-matter-text';
import { bytes as byteSize, message } from '../i18n/message';
import { SETTINGS_FILE } from '../settings/settings-file';
import { markHighlights } from '../highlights/markdown-highlights';
import type { Highlight } from '../highlights/highlight';

const utf8 = new TextEncoder();

/** An article's highlights and note, for the export; null for an article with neither. */
export interface ExportAnnotationSource {
  of(articleId: number): Promise<{ highlights: Highlight[]; note: string } | null>;
}

/**
 * Without Zip64, which fflate does not write, a zip holds at most 65,535 entries; the index and
 * the manifest take two of them.
 */
export const MAX_EXPORT_ARTICLES = 65_533;

/**
 * Articles compressed and hashed at once. Both can run off the main thread (Web Crypto, and
 * zlib in Node), so a few in flight keep it busy; few enough that memory stays flat.
 */
const IN_FLIGHT = 8;

/** What every zip of one export shares. */
export interface ExportPartContext {
  now: Date;
  deflateRaw: DeflateRaw;
  templates: TemplateSettings;
  /** Names each article's file; one for the whole export, so its zips unpack side by side. */
  nameFor: (article: StoredArticle) => string;
  maxBytes: number;
  maxUnpackedBytes: number;
  images?: ExportImageSource;
  annotations?: ExportAnnotationSource;
  settingsFile?: string | null;
}

/** How much one zip holds. */
export interface ExportPartSize {
  articles: number;
  images: number;
  /** Zip bytes written and being compressed (at most this much once compressed). */
  bytes: number;
  /** What its files unpack to. */
  unpackedBytes: number;
}

/** One zip of an export being written, article by article. */
export interface ExportPartWriter {
  readonly size: ExportPartSize;
  /** Writes the article's file (and its images not in this zip yet); throws when a limit would be passed. */
  add(article: StoredArticle): Promise<void>;
  /** Articles fully written; the others are still being compressed. */
  readonly settled: number;
  /** Writes the index, the settings and the manifest, and gives the zip's remaining bytes. */
  finish(): Promise<Uint8Array[]>;
  /** Drops the zip after a failure or a cancel. */
  abort(): Promise<void>;
  /** The zip's bytes written so far, handed over once (so memory need not hold them). */
  takeBytes(): Uint8Array[];
}

/** A new zip of an export: its own files, images, index and manifest, restorable on its own. */
export function createExportPart(context: ExportPartContext): ExportPartWriter {
  const { templates, now } = context;
  const zip = createZipWriter(context.deflateRaw);
  // Bytes of files being compressed: not in the zip's size yet, and at most this much once they are.
  let pendingBytes = 0;
  // Bytes the files written so far unpack to: the import refuses a zip over its limit, whatever
  // its compressed size (long articles pass 512 MB unpacked well before 65,533 files).
  let unpacked = 0;
  const countUnpacked = (size: number) => {
    if (unpacked + size > context.maxUnpackedBytes) {
      throw new MessageError(message('zip.exportUnpacksTooLarge', byteSize(context.maxUnpackedBytes)));
    }
    unpacked += size;
  };
  /** Refuses, before it is written, a file of `size` bytes the zip has no room for; else counts it in. */
  const checkRoom = (size: number) => {
    if (articleCount + (assets?.assets.length ?? 0) >= MAX_EXPORT_ARTICLES) {
      throw new MessageError(message('zip.exportTooManyFiles', MAX_EXPORT_ARTICLES));
    }
    if (zip.size + pendingBytes + size > context.maxBytes) {
      const key = context.images ? 'zip.exportTooLargeWithImages' : 'zip.exportTooLarge';
      throw new MessageError(message(key, byteSize(context.maxBytes)));
    }
    countUnpacked(size);
  };
  const assets = context.images ? createAssetWriter(zip, context.images, checkRoom) : null;
  let articleCount = 0;
  let annotated = false;
  // The index's rows and the manifest's entries are kept as UTF-8 as soon as they are known, not as
  // strings and objects: a zip of 20,000 articles would hold tens of megabytes of them in the heap.
  const rows = createByteSink();
  const entries = createByteSink();
  // Entries whose file is still being hashed, in zip order; each is written once its hash is known.
  const unhashed: ManifestArticle[] = [];
  const writeHashed = (count: number) => {
    for (const entry of unhashed.splice(0, count)) {
      // As JSON.stringify(manifest, null, 2) writes an item of `articles`, two levels in.
      const text = JSON.stringify(entry, null, 2).replaceAll('\n', '\n    ');
      entries.writeText(`${entries.length === 0 ? '\n    ' : ',\n    '}${text}`);
    }
  };
  const inFlight: Promise<void>[] = [];

  return {
    get size() {
      return {
        articles: articleCount,
        images: assets?.assets.length ?? 0,
        bytes: zip.size + pendingBytes,
        unpackedBytes: unpacked,
      };
    },
    get settled() {
      return articleCount - inFlight.length;
    },
    takeBytes: () => zip.takeChunks(),
    async add(article) {
      checkRoom(0);
      const file = context.nameFor(article);
      const mtime = zipTimestamp(article.capturedAt, now);
      const local = assets ? await assets.localize(article, mtime, assetLinkPrefix(file)) : null;
      const notes = await context.annotations?.of(article.id);
      const body = local?.markdown ?? article.markdown;
      const marked = notes ? markHighlights(body, notes.highlights, notes.note) : null;
      // The front matter leaves out the id, which is local to one browser's database, so a re-export
      // of an imported article is byte-identical to the original file.
      const head = markdownDocumentHead(article, templates.frontMatter, writeFrontMatter);
      const bytes = documentBytes(head, marked?.markdown ?? body);
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
      articleCount++;
      unhashed.push(entry);
      rows.writeText(`${indexRow(article, file)}\n`);
      pendingBytes += bytes.length;
      const work = Promise.all([zip.add(file, bytes, mtime), sha256Hex(bytes)]).then(([, sha256]) => {
        entry.sha256 = sha256;
        pendingBytes -= bytes.length;
      });
      // Awaited below or in finish; the no-op handler only stops a failure from being reported twice.
      work.catch(() => undefined);
      inFlight.push(work);
      if (inFlight.length >= IN_FLIGHT) {
        await inFlight.shift();
        writeHashed(1);
      }
    },
    async finish() {
      await Promise.all(inFlight);
      inFlight.length = 0;
      writeHashed(unhashed.length);
      const stamp = zipTimestamp(now.toISOString(), now);
      const head = utf8.encode(indexHead(articleCount, now));
      const body = rows.take();
      const index = joinBytes([head, body], head.length + body.length);
      countUnpacked(index.length);
      await zip.add(INDEX_FILE, index, stamp);
      const stored = assets?.assets ?? [];
      const manifest: ExportManifest = {
        format: EXPORT_FORMAT,
        // Without images or highlights the layout is version 1's, which older versions still import.
        formatVersion: annotated ? EXPORT_FORMAT_VERSION : stored.length > 0 ? IMAGES_FORMAT_VERSION : 1,
        app: { name: APP_NAME },
        exportedAt: now.toISOString(),
        articleCount,
        articles: [],
        ...(stored.length > 0 ? { assets: stored } : {}),
      };
      const settings = context.settingsFile ? utf8.encode(context.settingsFile) : null;
      const manifestBytes = manifestText(manifest, entries);
      countUnpacked((settings?.length ?? 0) + manifestBytes.length);
      if (settings) await zip.add(SETTINGS_FILE, settings, stamp);
      await zip.add(MANIFEST_FILE, manifestBytes, stamp);
      return zip.finish();
    },
    async abort() {
      await Promise.allSettled(inFlight);
      zip.abort();
    },
  };
}

/** Stands for the list of articles in the manifest's JSON while the rest of it is written. */
const ARTICLES_MARK = '\u0000articles';

/**
 * `JSON.stringify(manifest, null, 2)` and a line break, as UTF-8, with the items of its (empty)
 * `articles` taken from `entries`, where each was written as that call would write it.
 */
function manifestText(manifest: ExportManifest, entries: ByteSink): Uint8Array<ArrayBuffer> {
  const text = JSON.stringify({ ...manifest, articles: ARTICLES_MARK }, null, 2);
  const at = text.indexOf(JSON.stringify(ARTICLES_MARK));
  const empty = entries.length === 0;
  const before = utf8.encode(`${text.slice(0, at)}${empty ? '[]' : '['}`);
  const after = utf8.encode(
    `${empty ? '' : '\n  ]'}${text.slice(at + JSON.stringify(ARTICLES_MARK).length)}\n`,
  );
  const items = entries.take();
  return joinBytes([before, items, after], before.length + items.length + after.length);
}

/**
 * The UTF-8 of an article's file (toMarkdownDocument's text): its head and body encoded side by
 * side into one array. Encoding them joined made the engine flatten the joined string first, a
 * copy of every body in the heap.
 */
function documentBytes(head: string, body: string): Uint8Array<ArrayBuffer> {
  const headBytes = utf8ByteLength(head);
  const bodyBytes = utf8ByteLength(body);
  const bytes = new Uint8Array(headBytes + bodyBytes + 1);
  utf8.encodeInto(head, bytes);
  utf8.encodeInto(body, bytes.subarray(headBytes));
  bytes[headBytes + bodyBytes] = 0x0a;
  return bytes;
}
