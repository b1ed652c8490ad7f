import type { StoredArticle } from '../article';
import { buildImportPreview, type ImportPreviewResult } from '../import/import-preview';
import type { ImportRead } from '../import/import-read';
import { readExportZip, type ReadExportOptions } from '../import/read-export-zip';
import type { CleanCaptureDb } from './store/db';
import { withBodies } from './store/stored-articles';

/** The stored articles (with bodies) at these addresses, read in one transaction. */
export async function storedAt(db: CleanCaptureDb, urls: readonly string[]): Promise<StoredArticle[]> {
  return db.transaction('r', db.articles, db.bodies, async () => {
    const records = await db.articles
      .where('canonicalUrl')
      .anyOf([...urls])
      .toArray();
    return withBodies(db, records);
  });
}

/**
 * Reads an export zip (every file checked against the manifest's SHA-256) and compares it with
 * the library: new, already present, changed. Reads the database, writes nothing; a bad zip gives
 * the reader's message.
 */
export async function previewImport(
  db: CleanCaptureDb,
  bytes: Uint8Array,
  options: ReadExportOptions = {},
): Promise<ImportPreviewResult> {
  const read = await readExportZip(bytes, {}, options);
  return read.ok ? previewRead(db, { ...read, source: 'clean-capture' }) : read;
}

/**
 * Compares what was read from a file, folder or zip (see readImportFiles) with the library: new,
 * already present, changed. Reads the database, writes nothing.
 */
export async function previewRead(
  db: CleanCaptureDb,
  read: Extract<ImportRead, { ok: true }>,
): Promise<ImportPreviewResult> {
  const found = await storedAt(
    db,
    read.articles.map((a) => a.article.canonicalUrl),
  );
  return { ok: true, preview: buildImportPreview(read, found) };
}
