import type { Article } from '../article';
import { parseMarkdownDocument } from '../markdown/markdown-document';
import { INDEX_FILE, MANIFEST_FILE, parseExportManifest, type ExportManifest } from './export-manifest';
import { inflateZipEntry, ZipEntryError } from './inflate-zip-entry';
import { DEFAULT_ZIP_LIMITS, listZipEntries, type ZipEntry, type ZipLimits } from './list-zip-entries';
import { sha256Hex } from './sha256-hex';
import { yieldToEventLoop } from './yield-to-event-loop';

export interface ImportLimits extends ZipLimits {
  /** Hard cap on manifest.json, checked before it is inflated or parsed. */
  maxManifestBytes: number;
  /** The manifest may also be no larger than this per article file in the zip (plus 64 KB). */
  manifestBytesPerFile: number;
}

/**
 * An entry takes ~300 bytes of manifest with typical URLs; 8 KB each allows two 2,000-character
 * addresses and a long title, while a manifest padded out to megabytes beside a few files is refused.
 */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  ...DEFAULT_ZIP_LIMITS,
  maxManifestBytes: 64 * 1024 * 1024,
  manifestBytesPerFile: 8 * 1024,
};

/** One article read back from an export, checked against the manifest. */
export interface ImportedArticle {
  fileName: string;
  article: Article;
  tags: string[];
  /** SHA-256 (hex) of the file's bytes, equal to the manifest's. */
  sha256: string;
}

export type ReadExportResult =
  | {
      ok: true;
      articles: ImportedArticle[];
      exportedAt: string;
      /** Files in the zip that the manifest does not list (added by hand, say); not imported. */
      ignoredFiles: string[];
    }
  | { ok: false; message: string };

export interface ReadExportOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

class ImportError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readManifest(
  bytes: Uint8Array,
  limits: ImportLimits,
  entries: Map<string, ZipEntry>,
): ExportManifest {
  const entry = entries.get(MANIFEST_FILE);
  if (!entry) throw new ImportError('This zip is not a Clean Capture export: it has no manifest.json.');
  const fileCount = [...entries.keys()].filter((name) => name.endsWith('.md') && name !== INDEX_FILE).length;
  const cap = Math.min(limits.maxManifestBytes, 64 * 1024 + fileCount * limits.manifestBytesPerFile);
  if (entry.size > cap) {
    throw new ImportError(
      `The export’s manifest.json is far larger than ${fileCount} articles need, so it was not read.`,
    );
  }
  let text: string;
  try {
    text = utf8.decode(inflateZipEntry(bytes, entry));
  } catch (error) {
    throw error instanceof ZipEntryError
      ? new ImportError(error.message)
      : new ImportError('The export’s manifest.json is not text.');
  }
  const parsed = parseExportManifest(text);
  if (!parsed.ok) throw new ImportError(parsed.message);
  return parsed.manifest;
}

/**
 * Reads a Clean Capture export zip back into articles, refusing the whole zip, with a message for
 * the user, if anything is off: not a zip, damaged, unsafe paths, zip bomb, bad manifest, missing
 * files, a checksum that does not match, or a file that is not an article. Touches no storage.
 */
export async function readExportZip(
  bytes: Uint8Array,
  limits: Partial<ImportLimits> = {},
  options: ReadExportOptions = {},
): Promise<ReadExportResult> {
  const allLimits = { ...DEFAULT_IMPORT_LIMITS, ...limits };
  try {
    const listing = listZipEntries(bytes, allLimits);
    if (!listing.ok) return listing;
    const entries = listing.entries;
    const manifest = readManifest(bytes, allLimits, entries);
    const missing = manifest.articles.filter((listed) => !entries.has(listed.file));
    if (missing.length > 0) {
      const names = missing
        .slice(0, 3)
        .map((listed) => listed.file)
        .join(', ');
      throw new ImportError(
        `The export is incomplete: ${missing.length} listed file(s) are missing from the zip (${names}).`,
      );
    }
    const articles: ImportedArticle[] = [];
    let lastYield = Date.now();
    for (const listed of manifest.articles) {
      if (options.signal?.aborted) throw new DOMException('The import was cancelled.', 'AbortError');
      const entry = entries.get(listed.file);
      if (!entry) throw new ImportError(`The export is incomplete: ${listed.file} is missing from the zip.`);
      const fileBytes = inflateZipEntry(bytes, entry);
      const sha256 = await sha256Hex(fileBytes);
      if (sha256 !== listed.sha256) {
        throw new ImportError(
          `${listed.file} was changed or damaged after export (its checksum does not match the manifest).`,
        );
      }
      let text: string;
      try {
        text = utf8.decode(fileBytes);
      } catch {
        throw new ImportError(`${listed.file} is not UTF-8 text.`);
      }
      const decoded = parseMarkdownDocument(text);
      if (!decoded.ok)
        throw new ImportError(`${listed.file} could not be read as an article: ${decoded.message}`);
      articles.push({ fileName: listed.file, article: decoded.article, tags: decoded.tags, sha256 });
      if (Date.now() - lastYield > 25) {
        options.onProgress?.(articles.length, manifest.articles.length);
        await yieldToEventLoop();
        lastYield = Date.now();
      }
    }
    options.onProgress?.(articles.length, manifest.articles.length);
    const listedNames = new Set(manifest.articles.map((listed) => listed.file));
    const ignoredFiles = [...entries.keys()].filter(
      (name) => name !== MANIFEST_FILE && name !== INDEX_FILE && !listedNames.has(name),
    );
    return { ok: true, articles, exportedAt: manifest.exportedAt, ignoredFiles };
  } catch (error) {
    if (error instanceof ImportError || error instanceof ZipEntryError)
      return { ok: false, message: error.message };
    throw error;
  }
}
