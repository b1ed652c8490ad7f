import { joinBytes } from '../bytes/join-bytes';
import { createArticleImageBudget } from '../images/article-image-budget';
import { examineImage } from '../images/examine-image';
import type { ImageFailure } from '../images/image-failure';
import { IMAGE_LIMITS, type ImageLimits } from '../images/image-limits';
import { sha256Hex } from '../bytes/sha256-hex';
import { getDatabase, type CleanCaptureDb } from './store/db';
import { readArticleImages, recordImageFailure, storeArticleImage } from './store/image-store';

/** How far an article's images have come. */
export interface ImageProgress {
  done: number;
  total: number;
}

/** What saving an article's images did. */
export interface ImageSaveReport {
  stored: number;
  failed: Array<{ url: string; failure: ImageFailure }>;
  /** False when the article was deleted or re-captured meanwhile, and the rest were not fetched. */
  articleKept: boolean;
}

export interface SaveImagesOptions {
  /**
   * The capture time of the copy whose images these are: once the article is captured again, what
   * is still fetched for the old copy is not linked to the new one.
   */
  capturedAt?: string;
  /** Whether the extension may fetch this address now (activeTab, or the optional host permission). */
  mayFetch: (url: string) => boolean;
  fetchImage?: (url: string, signal: AbortSignal) => Promise<Response>;
  limits?: ImageLimits;
  /** Fetches at once: a few, so a page of 50 images does not open 50 connections. */
  parallel?: number;
  timeoutMs?: number;
  onProgress?: (progress: ImageProgress) => void;
  db?: CleanCaptureDb;
}

/**
 * Fetches, checks and stores the images of a saved article (its text is already stored), a few at
 * a time. Addresses already stored are skipped, so running it again after a permission is granted
 * fetches only the rest. Every address ends stored or with a recorded reason; nothing here throws
 * for one bad image.
 */
export async function saveArticleImages(
  articleId: number,
  urls: readonly string[],
  options: SaveImagesOptions,
): Promise<ImageSaveReport> {
  const db = options.db ?? getDatabase();
  const limits = options.limits ?? IMAGE_LIMITS;
  const fetchImage = options.fetchImage ?? ((url, signal) => fetch(url, { signal }));
  const budget = createArticleImageBudget(limits);
  const entries = await readArticleImages(db, articleId, urls);
  const todo: string[] = [];
  for (const entry of entries) {
    if ('image' in entry) budget.take(entry.image.size);
    else todo.push(entry.url);
  }
  const report: ImageSaveReport = { stored: 0, failed: [], articleKept: true };
  const progress = { done: 0, total: todo.length };
  options.onProgress?.({ ...progress });

  const saveOne = async (url: string) => {
    const outcome = options.mayFetch(url)
      ? await fetchChecked(url, fetchImage, limits, options.timeoutMs ?? 30_000)
      : { failure: { reason: 'not-permitted' } as const };
    const failure = 'failure' in outcome ? outcome.failure : budget.take(outcome.bytes.length);
    let kept: boolean;
    if (failure) {
      kept = await recordImageFailure(db, articleId, url, failure, options.capturedAt);
      report.failed.push({ url, failure });
    } else if ('bytes' in outcome) {
      const { bytes, type, width, height } = outcome;
      const sha256 = await sha256Hex(bytes);
      const blob = new Blob([bytes], { type: type.mime });
      kept = await storeArticleImage(
        db,
        articleId,
        url,
        {
          sha256,
          blob,
          type: type.mime,
          size: bytes.length,
          width,
          height,
        },
        options.capturedAt,
      );
      if (kept) report.stored++;
    } else kept = true;
    if (!kept) report.articleKept = false;
    progress.done++;
    options.onProgress?.({ ...progress });
  };

  const queue = [...todo];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined && report.articleKept; url = queue.shift())
      await saveOne(url);
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 4) }, worker));
  return report;
}

type Fetched =
  | { failure: ImageFailure }
  | {
      bytes: Uint8Array<ArrayBuffer>;
      type: Extract<ReturnType<typeof examineImage>, { ok: true }>['type'];
      width: number | null;
      height: number | null;
    };

/** One image fetched and examined, never more than the cap for one image read into memory. */
async function fetchChecked(
  url: string,
  fetchImage: NonNullable<SaveImagesOptions['fetchImage']>,
  limits: ImageLimits,
  timeoutMs: number,
): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetchImage(url, AbortSignal.timeout(timeoutMs));
  } catch {
    return { failure: { reason: 'network' } };
  }
  if (!response.ok) return { failure: { reason: 'http-error', status: response.status } };
  const declared = Number(response.headers.get('content-length'));
  if (declared > limits.maxImageBytes) {
    await response.body?.cancel();
    return { failure: { reason: 'too-large', bytes: declared, limit: limits.maxImageBytes } };
  }
  const bytes = await readCapped(response, limits.maxImageBytes);
  if (bytes === 'network') return { failure: { reason: 'network' } };
  if (typeof bytes === 'number')
    return { failure: { reason: 'too-large', bytes, limit: limits.maxImageBytes } };
  const examined = examineImage(bytes, limits);
  if (!examined.ok) return { failure: examined.failure };
  return { bytes, type: examined.type, width: examined.width, height: examined.height };
}

/** The body, or the bytes read when it went over `max` (reading stops there), or 'network'. */
async function readCapped(
  response: Response,
  max: number,
): Promise<Uint8Array<ArrayBuffer> | number | 'network'> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      size += part.value.length;
      if (size > max) {
        await reader.cancel();
        return size;
      }
      chunks.push(part.value);
    }
  } catch {
    return 'network';
  }
  return joinBytes(chunks, size);
}
