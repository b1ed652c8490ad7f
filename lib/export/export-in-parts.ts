import type { StoredArticle } from '../article';
import { DEFAULT_ZIP_LIMITS } from '../import/list-zip-entries';
import { exportZipName } from './build-export-zip';
import { writeExportZips, type ExportZipOptions, type ZipBudget } from './write-export-zips';

/** One zip of an export, ready to save. */
export interface ExportedZip {
  blob: Blob;
  /** Its file name: the export's, or `…-part-2-of-5.zip` when there are several. */
  name: string;
  articles: number;
  images: number;
}

/**
 * When one zip of an export is closed and the next begun. 20,000 articles is about 60 MB zipped;
 * the import shows a preview of one in about 20 s, and holds it in memory meanwhile. Half the
 * import's limits in bytes leaves room for the article being written when the budget is reached
 * (its images are written before it is, at up to 5 MiB each).
 */
export const DEFAULT_ZIP_BUDGET: ZipBudget = {
  articles: 20_000,
  bytes: DEFAULT_ZIP_LIMITS.maxArchiveBytes / 2,
  unpackedBytes: DEFAULT_ZIP_LIMITS.maxTotalBytes / 2,
  files: 60_000,
};

/**
 * Bytes gathered before they move into a Blob: a Blob's bytes live outside the JavaScript heap
 * (in the browser's blob store, on disk when large), so the heap holds only this much of the zips.
 */
const BLOB_EVERY_BYTES = 4 * 1024 * 1024;

/** `clean-capture-2026-11-27-part-2-of-5.zip`: sorts in order, and says how many make the whole. */
export function exportPartName(now: Date, part: number, parts: number): string {
  return exportZipName(now).replace(/\.zip$/, `-part-${part}-of-${parts}.zip`);
}

/**
 * Exports any number of articles as one zip, or as several when one would pass `budget`: each is
 * a whole export of its articles (their files, images, index and manifest) that the import
 * restores on its own, and their files are named across all of them as in one export, so they
 * unpack side by side. The zips' bytes are moved into Blobs as they are made. See
 * writeExportZips for progress, cancel and limits.
 */
export async function exportInParts(
  articles: AsyncIterable<StoredArticle> | Iterable<StoredArticle>,
  options: ExportZipOptions,
  budget: ZipBudget = DEFAULT_ZIP_BUDGET,
): Promise<ExportedZip[]> {
  const now = options.now ?? new Date();
  const zips: Array<Omit<ExportedZip, 'name'>> = [];
  let blobs: Blob[] = [];
  let gathered: Uint8Array[] = [];
  let gatheredBytes = 0;
  const moveToBlob = () => {
    if (gathered.length > 0) blobs.push(new Blob(gathered as BlobPart[]));
    gathered = [];
    gatheredBytes = 0;
  };
  const gather = (chunks: Uint8Array[]) => {
    for (const chunk of chunks) {
      gathered.push(chunk);
      gatheredBytes += chunk.length;
    }
    if (gatheredBytes >= BLOB_EVERY_BYTES) moveToBlob();
  };
  const split = { budget, onBytes: gather };
  await writeExportZips(articles, { ...options, now }, split, (last, size) => {
    gather(last);
    moveToBlob();
    zips.push({
      blob: new Blob(blobs, { type: 'application/zip' }),
      articles: size.articles,
      images: size.images,
    });
    blobs = [];
  });
  const [only] = zips;
  if (zips.length === 1 && only) return [{ ...only, name: exportZipName(now) }];
  return zips.map((zip, i) => ({ ...zip, name: exportPartName(now, i + 1, zips.length) }));
}
