import type { StoredArticle } from '../article';
import { MessageError } from '../i18n/message-error';
import { parseFileNameTemplate } from '../templates/file-name-template';
import { DEFAULT_TEMPLATE_SETTINGS, type TemplateSettings } from '../templates/template-settings';
import { message } from '../i18n/message';
import { DEFAULT_ZIP_LIMITS } from '../import/list-zip-entries';
import { createTemplateFileNameAllocator } from './create-file-name-allocator';
import {
  createExportPart,
  MAX_EXPORT_ARTICLES,
  type ExportAnnotationSource,
  type ExportPartSize,
} from './create-export-part';
import { defaultDeflateRaw, type DeflateRaw } from './deflate-raw';
import type { ExportImageSource } from './export-assets';
import { yieldToEventLoop } from './yield-to-event-loop';

/** The largest zip the import takes back: an export never makes one it could not restore. */
export const MAX_EXPORT_BYTES = DEFAULT_ZIP_LIMITS.maxArchiveBytes;

/** Work between two yields to the event loop: short enough that Cancel and progress stay responsive. */
const YIELD_EVERY_MS = 25;

export interface ExportZipOptions {
  /** How many articles the iterable will give, for progress. */
  total: number;
  /** Called now and then (at least every ~25 ms of work) and once at the end; `zip` counts from 1. */
  onProgress?: (done: number, total: number, zip: number) => void;
  /** Called once the export is complete, with what it holds (all its zips together). */
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

/** When a zip of a split export is closed and the next begun: whichever comes first. */
export interface ZipBudget {
  articles: number;
  /** Zip bytes, compressed. */
  bytes: number;
  unpackedBytes: number;
  /** Articles and images together. */
  files: number;
}

/** How an export is cut into zips, and where their bytes go as they are made. */
export interface ZipSplit {
  budget: ZipBudget;
  /** The next bytes of the zip being written, as soon as they are made. */
  onBytes: (chunks: Uint8Array[]) => void;
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  return new DOMException('The export was cancelled.', 'AbortError');
}

function isFull(size: ExportPartSize, budget: ZipBudget): boolean {
  return (
    size.articles >= budget.articles ||
    size.bytes >= budget.bytes ||
    size.unpackedBytes >= budget.unpackedBytes ||
    size.articles + size.images >= budget.files
  );
}

/**
 * Streams articles, one at a time, into one zip, or given `split` into as many as its budget
 * needs, each with its own index, manifest and images, so each restores on its own. Bodies and
 * images are encoded, compressed and dropped as they pass. `onZip` gets each finished zip's last
 * bytes (all of them without `split`). Rejects with an AbortError, and no zip, if `signal` aborts.
 */
export async function writeExportZips(
  articles: AsyncIterable<StoredArticle> | Iterable<StoredArticle>,
  options: ExportZipOptions,
  split: ZipSplit | null,
  onZip: (chunks: Uint8Array[], size: ExportPartSize) => void,
): Promise<void> {
  const { onProgress, signal, now = new Date(), templates = DEFAULT_TEMPLATE_SETTINGS } = options;
  if (signal?.aborted) throw abortError(signal);
  // Checked again here: a template that cannot name files safely stops the export before any file.
  const fileNameTemplate = parseFileNameTemplate(templates.fileName);
  if (!fileNameTemplate.ok) throw new MessageError(fileNameTemplate.message);
  if (!split && options.total > MAX_EXPORT_ARTICLES) {
    throw new MessageError(message('zip.exportTooManyArticles', MAX_EXPORT_ARTICLES));
  }
  const context = {
    now,
    templates,
    deflateRaw: options.deflateRaw ?? defaultDeflateRaw(),
    nameFor: createTemplateFileNameAllocator(fileNameTemplate.template),
    maxBytes: options.maxBytes ?? MAX_EXPORT_BYTES,
    maxUnpackedBytes: options.maxUnpackedBytes ?? DEFAULT_ZIP_LIMITS.maxTotalBytes,
    images: options.images,
    annotations: options.annotations,
    settingsFile: options.settingsFile,
  };
  let part = createExportPart(context);
  let before = { articles: 0, images: 0 };
  let zip = 1;
  const progress = () =>
    onProgress?.(before.articles + part.settled, Math.max(options.total, before.articles), zip);
  let lastYield = Date.now();
  try {
    for await (const article of articles) {
      if (signal?.aborted) break;
      if (split && part.size.articles > 0 && isFull(part.size, split.budget)) {
        const size = part.size;
        onZip(await part.finish(), size);
        before = { articles: before.articles + size.articles, images: before.images + size.images };
        part = createExportPart(context);
        zip++;
      }
      await part.add(article);
      if (split) {
        const made = part.takeBytes();
        if (made.length > 0) split.onBytes(made);
      }
      if (Date.now() - lastYield >= YIELD_EVERY_MS) {
        progress();
        await yieldToEventLoop();
        lastYield = Date.now();
      }
    }
  } catch (error) {
    await part.abort();
    throw error;
  }
  if (signal?.aborted) {
    await part.abort();
    throw abortError(signal);
  }
  const size = part.size;
  onZip(await part.finish(), size);
  const written = { articles: before.articles + size.articles, images: before.images + size.images };
  onProgress?.(written.articles, Math.max(options.total, written.articles), zip);
  options.onDone?.(written);
}
