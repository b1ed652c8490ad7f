import { IMPORT_LIMITS } from '../articles/article-limits';
import { bytes as size, counted, message, type Message } from '../i18n/message';
import { fitArticle, fitTags } from '../articles/fit-article';
import type { Article, ReadingState } from '../article';
import { roundProgress, UNREAD } from '../reading-state/reading-state';
import { parseMarkdownDocument } from '../markdown/markdown-document';
import { readExportedFrontMatter } from './quick-front-matter';
import {
  assetLinkPrefix,
  ASSETS_FOLDER,
  INDEX_FILE,
  MANIFEST_FILE,
  parseExportManifest,
  type ExportManifest,
  type ManifestArticle,
} from '../export/export-manifest';
import { IMAGE_LIMITS, type ImageLimits } from '../images/image-limits';
import { readExportAssets } from './read-export-assets';
import type { StoredImage } from '../images/stored-image';
import { restoreImageLinks } from './restore-image-links';
import { inflateZipEntry, ZipEntryError } from './inflate-zip-entry';
import { DEFAULT_ZIP_LIMITS, listZipEntries, type ZipEntry, type ZipLimits } from './list-zip-entries';
import { sha256Hex } from '../bytes/sha256-hex';
import { SETTINGS_FILE } from '../settings/settings-file';
import { yieldToEventLoop } from '../export/yield-to-event-loop';
import { unmarkHighlights } from '../highlights/markdown-highlights';
import { restoredHighlight, type ManifestAnnotations } from '../highlights/manifest-annotations';

export interface ImportLimits extends ZipLimits, ImageLimits {
  /** Hard cap on manifest.json, checked before it is inflated or parsed. */
  maxManifestBytes: number;
  /** The manifest may also be no larger than this per article file in the zip (plus 64 KB). */
  manifestBytesPerFile: number;
  /** The manifest may also be this much larger per image in `assets/`, for the articles' links to it. */
  manifestBytesPerAsset: number;
}

/**
 * An entry takes ~300 bytes of manifest with typical URLs. The allowance per file is the most an
 * entry can take when its title and addresses are as long as an article may have them, each
 * character escaped by JSON to six bytes at worst (~100 KB); a manifest padded out to megabytes
 * beside a few files is still refused before it is parsed.
 */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  ...DEFAULT_ZIP_LIMITS,
  ...IMAGE_LIMITS,
  maxManifestBytes: 64 * 1024 * 1024,
  manifestBytesPerFile: 6 * (IMPORT_LIMITS.titleLength + 2 * IMPORT_LIMITS.urlLength) + 2 * 1024,
  manifestBytesPerAsset: 6 * 2 * IMPORT_LIMITS.urlLength + 1024,
};

/** One article read back from an export, checked against the manifest and the article schema. */
export interface ImportedArticle {
  fileName: Message | string;
  article: Article;
  tags: string[];
  /** SHA-256 (hex) of the file's bytes, equal to the manifest's; absent for other tools' exports, which have none. */
  sha256?: string;
  /** What the import changed so the article fits (a title cut, tags tidied); empty when nothing. */
  notes: Array<Message | string>;
  /** Its stored images: each address with the image the zip holds for it. */
  images: Array<{ url: string; image: StoredImage }>;
  /** Its reading state: the manifest's, else the front matter's, else unread and not started. */
  state: ReadingState;
  /** Its highlights and note, as the manifest carries them (the file's marks are taken out of the body). */
  annotations?: Pick<ManifestAnnotations, 'note' | 'highlights'>;
}

/** An article file the import leaves out, and why, in a user's words. */
export interface SkippedFile {
  /** The file's name, or where it is in another tool's export ("row 12") as a message. */
  fileName: Message | string;
  /** Why, as a message key where we have one, or the checker's own words. */
  reason: Message | string;
}

export type ReadExportResult =
  | {
      ok: true;
      articles: ImportedArticle[];
      /** Listed article files that cannot be imported; the others still are. */
      skipped: SkippedFile[];
      exportedAt: string;
      /** Files in the zip that the manifest does not list (added by hand, say); not imported. */
      ignoredFiles: string[];
    }
  /** `message`: a message key where we have one, or the checker's own words. */
  | { ok: false; message: Message | string };

export interface ReadExportOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** The zip's entries when the caller has listed them already (with the same limits), so they are not listed twice. */
  entries?: Map<string, ZipEntry>;
}

/** Refuses the whole zip; `said` tells the user why. */
class ImportError extends Error {
  constructor(readonly said: Message | string) {
    super(typeof said === 'string' ? said : said.key);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readManifest(
  bytes: Uint8Array,
  limits: ImportLimits,
  entries: Map<string, ZipEntry>,
): ExportManifest {
  const entry = entries.get(MANIFEST_FILE);
  if (!entry) throw new ImportError(message('zip.noManifest'));
  if (entry.size > limits.maxEntryBytes) {
    throw new ImportError(message('zip.manifestTooLarge', size(limits.maxEntryBytes)));
  }
  const fileCount = [...entries.keys()].filter((name) => name.endsWith('.md') && name !== INDEX_FILE).length;
  const assetCount = [...entries.keys()].filter((name) => name.startsWith(ASSETS_FOLDER)).length;
  // Highlights and notes are in the article files too (their closing section), where they take about
  // what they take in the manifest; twice the files' size leaves room for each quote's context.
  const articleBytes = [...entries.values()]
    .filter((e) => e.name.endsWith('.md') && e.name !== INDEX_FILE)
    .reduce((sum, e) => sum + e.size, 0);
  const cap = Math.min(
    limits.maxManifestBytes,
    64 * 1024 +
      fileCount * limits.manifestBytesPerFile +
      assetCount * limits.manifestBytesPerAsset +
      2 * articleBytes,
  );
  if (entry.size > cap) {
    throw new ImportError(counted('zip.manifestOversized', fileCount));
  }
  let text: string;
  try {
    text = utf8.decode(inflateZipEntry(bytes, entry));
  } catch (error) {
    throw error instanceof ZipEntryError
      ? new ImportError(error.said)
      : new ImportError(message('zip.manifestNotText'));
  }
  const parsed = parseExportManifest(text);
  if (!parsed.ok) throw new ImportError(parsed.message);
  return parsed.manifest;
}

/**
 * One listed article file, or why it is skipped: too large to read, not text, not an article, or
 * outside the article schema even after fitting (a long title is cut and untidy tags normalised,
 * with a note). A damaged entry or a checksum that differs from the manifest throws: the zip was
 * changed after export, so none of it is trusted.
 */
async function readArticleFile(
  bytes: Uint8Array,
  entry: ZipEntry,
  listed: ManifestArticle,
  images: ReadonlyMap<string, StoredImage>,
  limits: ImportLimits,
): Promise<ImportedArticle | SkippedFile> {
  const fileName = entry.name;
  const skip = (reason: Message | string): SkippedFile => ({ fileName, reason });
  if (entry.size > limits.maxEntryBytes) {
    return skip(message('zip.skipTooLarge', size(limits.maxEntryBytes)));
  }
  const fileBytes = inflateZipEntry(bytes, entry);
  const sha256 = await sha256Hex(fileBytes);
  if (sha256 !== listed.sha256) {
    throw new ImportError(message('zip.fileChanged', fileName));
  }
  let text: string;
  try {
    text = utf8.decode(fileBytes);
  } catch {
    return skip(message('zip.skipNotText'));
  }
  const decoded = parseMarkdownDocument(text, readExportedFrontMatter);
  if (!decoded.ok) return skip(message('zip.skipNotArticle', decoded.message));
  const annotations = listed.annotations;
  if (annotations) {
    const ordered = annotations.highlights.map((h) => restoredHighlight(h, 0));
    const body = unmarkHighlights(decoded.article.markdown, annotations.marks, ordered, annotations.note);
    if (body === null) {
      throw new ImportError(message('zip.highlightsMismatch', fileName));
    }
    decoded.article.markdown = body;
  }
  // The stored body keeps the images' own addresses; the file links them in `assets/`.
  const restored = restoreImageLinks(
    decoded.article.markdown,
    listed.images ?? [],
    assetLinkPrefix(listed.file),
  );
  if (!restored.ok) throw new ImportError(message('zip.imageLinksMismatch', fileName));
  const fitted = fitArticle({ ...decoded.article, markdown: restored.markdown }, IMPORT_LIMITS);
  if (!fitted.ok) return skip(fitted.message);
  const tags = fitTags(decoded.tags, IMPORT_LIMITS);
  const notes = tags.note === null ? fitted.notes : [...fitted.notes, tags.note];
  const linked = restored.links.flatMap(({ url, file }) => {
    const image = images.get(file);
    return image ? [{ url, image }] : [];
  });
  // The manifest's first: the file's own may be left out by the export's options or stand for a
  // constant field of that name, and the checksum has shown the file as exported. Exports made
  // before reading states have neither: unread.
  const state: ReadingState = {
    status: listed.status ?? decoded.state.status ?? UNREAD.status,
    progress: roundProgress(listed.progress ?? decoded.state.progress ?? UNREAD.progress),
  };
  const read: ImportedArticle = {
    fileName,
    article: fitted.article,
    tags: tags.tags,
    sha256,
    notes,
    images: linked,
    state,
  };
  if (annotations) read.annotations = { note: annotations.note, highlights: annotations.highlights };
  return read;
}

/**
 * Reads a Clean Capture export zip back into articles. The whole zip is refused, with a message
 * for the user, when it cannot be trusted: not a zip, damaged, unsafe paths, zip bomb, bad
 * manifest, missing files, or a checksum that does not match. An article file that is intact but
 * cannot be imported is skipped with its reason, and the rest are read. Touches no storage.
 */
export async function readExportZip(
  bytes: Uint8Array,
  limits: Partial<ImportLimits> = {},
  options: ReadExportOptions = {},
): Promise<ReadExportResult> {
  const allLimits = { ...DEFAULT_IMPORT_LIMITS, ...limits };
  try {
    let entries = options.entries;
    if (!entries) {
      const listing = listZipEntries(bytes, allLimits);
      if (!listing.ok) return listing;
      entries = listing.entries;
    }
    const manifest = readManifest(bytes, allLimits, entries);
    const missing = manifest.articles.filter((listed) => !entries.has(listed.file));
    if (missing.length > 0) {
      // The first few, comma-separated: with the language's "and" they would read as all of them.
      const names = missing.slice(0, 3).map((listed) => listed.file);
      throw new ImportError(counted('zip.filesMissing', missing.length, names.join(', ')));
    }
    const assets = await readExportAssets(bytes, entries, manifest, allLimits);
    if (!assets.ok) return assets;
    const articles: ImportedArticle[] = [];
    const skipped: SkippedFile[] = [];
    let lastYield = Date.now();
    for (const listed of manifest.articles) {
      if (options.signal?.aborted) throw new DOMException('The import was cancelled.', 'AbortError');
      const entry = entries.get(listed.file);
      if (!entry) throw new ImportError(message('zip.fileMissing', listed.file));
      const read = await readArticleFile(bytes, entry, listed, assets.images, allLimits);
      if ('reason' in read) skipped.push(read);
      else articles.push(read);
      if (Date.now() - lastYield > 25) {
        options.onProgress?.(articles.length + skipped.length, manifest.articles.length);
        await yieldToEventLoop();
        lastYield = Date.now();
      }
    }
    options.onProgress?.(articles.length + skipped.length, manifest.articles.length);
    const listedNames = new Set(manifest.articles.map((listed) => listed.file));
    const ignoredFiles = [...entries.keys()].filter(
      (name) =>
        name !== MANIFEST_FILE &&
        name !== INDEX_FILE &&
        name !== SETTINGS_FILE &&
        !listedNames.has(name) &&
        !name.startsWith(ASSETS_FOLDER),
    );
    return { ok: true, articles, skipped, exportedAt: manifest.exportedAt, ignoredFiles };
  } catch (error) {
    if (error instanceof ImportError || error instanceof ZipEntryError)
      return { ok: false, message: error.said };
    throw error;
  }
}
