import type { StoredArticle } from '../article';
import { articleDocument } from '../export/build-export-zip';
import { planImport } from '../export/plan-import';
import { readExportZip, type ImportedArticle, type ReadExportOptions } from '../export/read-export-zip';
import { describeImportChange, type ArticleChange } from '../import/describe-import-change';
import type { CleanCaptureDb } from './db';

/** A stored article an import would replace, as it was when the preview was made. */
export interface ChangedArticle {
  incoming: ImportedArticle;
  stored: StoredArticle;
  changes: ArticleChange[];
}

/** What importing a zip would do, for the user to confirm; nothing has been written yet. */
export interface ImportPreview {
  exportedAt: string;
  /** Not in the library yet. */
  added: ImportedArticle[];
  /** In the library with exactly the same file. */
  unchanged: ImportedArticle[];
  /** In the library, but different; replaced only if the user asks. */
  changed: ChangedArticle[];
  /** A second article in the zip for an address already in it; never imported. */
  duplicates: ImportedArticle[];
  /** Files in the zip the manifest does not list; never imported. */
  ignoredFiles: string[];
}

export type ImportPreviewResult = { ok: true; preview: ImportPreview } | { ok: false; message: string };

/** The stored articles (with bodies) at these addresses, read in one transaction. */
async function storedAt(db: CleanCaptureDb, urls: readonly string[]): Promise<StoredArticle[]> {
  return db.transaction('r', db.articles, db.bodies, async () => {
    const records = await db.articles
      .where('canonicalUrl')
      .anyOf([...urls])
      .toArray();
    const bodies = await db.bodies.bulkGet(records.map((r) => r.id));
    return records.map((record, i) => ({ ...record, markdown: bodies[i]?.markdown ?? '' }));
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
  if (!read.ok) return read;
  const stored = await storedAt(
    db,
    read.articles.map((a) => a.article.canonicalUrl),
  );
  // The stored copy as the export would write it, so "unchanged" means byte-identical files.
  const existing = stored.map((article) => ({
    canonicalUrl: article.canonicalUrl,
    document: articleDocument(article),
    article,
  }));
  const plan = await planImport(read.articles, existing);
  return {
    ok: true,
    preview: {
      exportedAt: read.exportedAt,
      added: plan.added,
      unchanged: plan.unchanged,
      changed: plan.changed.map(({ incoming, existing: match }) => ({
        incoming,
        stored: match.article,
        changes: describeImportChange(match.article, incoming),
      })),
      duplicates: plan.duplicates,
      ignoredFiles: read.ignoredFiles,
    },
  };
}
