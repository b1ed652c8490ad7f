import { bytes as size, message, type Message } from '../i18n/message';
import { adoptForeignArticles } from './adopt-foreign-articles';
import type { ForeignRead } from './foreign-article';
import type { ImportRead } from './import-read';
import { inflateZipEntry, ZipEntryError } from './inflate-zip-entry';
import { csvHeader } from './read-csv-list';
import { DEFAULT_IMPORT_LIMITS, readExportZip, type ReadExportOptions } from './read-export-zip';
import { INSTAPAPER_COLUMNS, readInstapaperCsv } from './read-instapaper-csv';
import { readMarkdownFiles, type NamedFile } from './read-markdown-files';
import { OMNIVORE_METADATA, readOmnivoreExport } from './read-omnivore-export';
import { POCKET_COLUMNS, readPocketCsv } from './read-pocket-csv';
import { isPocketHtml, readPocketHtml } from './read-pocket-html';
import { isWallabagExport, readWallabagExport } from './read-wallabag-export';
import { listZipEntries } from './list-zip-entries';
import { MANIFEST_FILE } from '../export/export-manifest';

/** A file the user chose, alone or as part of a folder. */
export interface PickedFile extends NamedFile {
  /** Milliseconds since 1970, as `File.lastModified` gives it. */
  lastModified: number;
}

export interface ReadImportDeps extends ReadExportOptions {
  /** Parses HTML into an inert document (DOMParser in the library); never runs it. */
  parseHtml: (html: string) => Document;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
const hasColumns = (header: readonly string[], columns: readonly string[]) =>
  columns.every((name) => header.includes(name));

/** Every file of a zip other than our own export, unpacked within the import's limits. */
function unzip(
  bytes: Uint8Array,
): { ok: true; files: NamedFile[] } | { ok: false; message: Message | string } {
  const listing = listZipEntries(bytes, DEFAULT_IMPORT_LIMITS);
  if (!listing.ok) return listing;
  const files: NamedFile[] = [];
  for (const entry of listing.entries.values()) {
    if (entry.name.endsWith('/')) continue;
    if (entry.size > DEFAULT_IMPORT_LIMITS.maxEntryBytes) {
      const limit = size(DEFAULT_IMPORT_LIMITS.maxEntryBytes);
      return { ok: false, message: message('importFrom.zipEntryTooLarge', entry.name, limit) };
    }
    try {
      files.push({ name: entry.name, bytes: inflateZipEntry(bytes, entry) });
    } catch (error) {
      if (error instanceof ZipEntryError) return { ok: false, message: error.said };
      throw error;
    }
  }
  return { ok: true, files };
}

/** Files of a folder (or an unzipped zip): an Omnivore export by its metadata pages, else Markdown. */
function readFolder(files: readonly NamedFile[]): ForeignRead {
  return files.some((file) => OMNIVORE_METADATA.test(file.name))
    ? readOmnivoreExport(files)
    : readMarkdownFiles(files);
}

/** One file that is not a zip, told apart by what it holds: JSON, HTML, front matter or CSV. */
function readTextFile(file: PickedFile, deps: ReadImportDeps): ForeignRead {
  let text: string;
  try {
    text = utf8.decode(file.bytes);
  } catch {
    return { ok: false, message: message('importFrom.unknownFormat') };
  }
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[') || start.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(start);
    } catch (error) {
      return { ok: false, message: message('importFrom.notJson', file.name, String(error)) };
    }
    return isWallabagExport(data)
      ? readWallabagExport(data)
      : { ok: false, message: message('importFrom.unknownJson') };
  }
  if (start.startsWith('---')) return readMarkdownFiles([file]);
  if (start.startsWith('<')) {
    const doc = deps.parseHtml(text);
    return isPocketHtml(doc)
      ? readPocketHtml(doc)
      : { ok: false, message: message('importFrom.unknownFormat') };
  }
  const header = csvHeader(start);
  if (hasColumns(header, POCKET_COLUMNS)) return readPocketCsv(text);
  if (hasColumns(header, INSTAPAPER_COLUMNS)) return readInstapaperCsv(text);
  return { ok: false, message: message('importFrom.unknownFormat') };
}

/**
 * Reads what the user chose to import, telling the format from the content, never the name: our
 * own export zip (checked against its manifest), a zip or folder of Markdown files or an Omnivore
 * export, a Wallabag JSON export, Pocket's CSV or HTML export, or Instapaper's CSV. Touches no
 * storage; a file that is none of these, or is damaged, gives a message naming the problem.
 */
export async function readImportFiles(
  files: readonly PickedFile[],
  deps: ReadImportDeps,
): Promise<ImportRead> {
  const [first] = files;
  if (!first) return { ok: false, message: message('importFrom.noMarkdownFiles') };
  if (files.length === 1 && first.bytes.length === 0)
    return { ok: false, message: message('importFrom.emptyFile') };
  // The newest file's time stands in for a page's missing capture time: the same on a second import.
  const fallbackTime = new Date(Math.max(...files.map((file) => file.lastModified))).toISOString();
  let read: ForeignRead;
  if (files.length > 1) read = readFolder(files);
  else if (isZip(first.bytes)) {
    const listing = listZipEntries(first.bytes, DEFAULT_IMPORT_LIMITS);
    if (listing.ok && listing.entries.has(MANIFEST_FILE)) {
      const own = await readExportZip(first.bytes, {}, { ...deps, entries: listing.entries });
      return own.ok ? { ...own, source: 'clean-capture' } : own;
    }
    const unzipped = unzip(first.bytes);
    if (!unzipped.ok) return unzipped;
    read = readFolder(unzipped.files);
  } else read = readTextFile(first, deps);
  if (!read.ok) return read;
  const { parseHtml, onProgress, signal } = deps;
  return adoptForeignArticles(read, { parseHtml, fallbackTime, onProgress, signal });
}
