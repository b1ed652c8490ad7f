import type { Message } from '../i18n/message';
import type { ArticleChange } from './describe-import-change';
import type { ImportPreview } from './import-preview';
import type { ImportSource } from './import-read';

/** One stored article the zip has a different version of. */
export interface ChangedSummary {
  title: string;
  site: string | null;
  storedAt: string;
  incomingAt: string;
  /** What differs, e.g. `text`, `tags`. */
  changes: ArticleChange[];
}

/** An article file the import leaves out, or an article it changes to fit, with why. */
export interface ImportNote {
  /** The file name (or where it is in another tool's export), or the article's title. */
  name: Message | string;
  reasons: Array<Message | string>;
}

/** What an import would do, as the preview shows it. */
export interface ImportSummary {
  source: ImportSource;
  exportedAt: string | null;
  total: number;
  /** Distinct stored images the zip's articles hold, each checked like the article files. */
  images: number;
  added: number;
  /** Of the new ones, those with only an address and title (a reading list's), to be captured later. */
  uncaptured: number;
  unchanged: number;
  changed: ChangedSummary[];
  duplicates: number;
  ignoredFiles: number;
  /** Files that cannot be imported; the others still are. */
  skipped: ImportNote[];
  /** Articles imported with a change that makes them fit (a title cut, tags tidied). */
  adjusted: ImportNote[];
  /** Articles whose file was removed from the shared folder, which the import may delete here too. */
  removed: number;
}

/** The preview as the import dialog shows it: counts, the changed articles, and every note. */
export function summariseImport(preview: ImportPreview): ImportSummary {
  return {
    source: preview.source,
    exportedAt: preview.exportedAt,
    total:
      preview.added.length + preview.unchanged.length + preview.changed.length + preview.duplicates.length,
    images: new Set(
      [
        ...preview.added,
        ...preview.unchanged,
        ...preview.changed.map((c) => c.incoming),
        ...preview.duplicates,
      ].flatMap((article) => article.images.map(({ image }) => image.sha256)),
    ).size,
    added: preview.added.length,
    uncaptured: preview.added.filter(({ article }) => article.notCaptured).length,
    unchanged: preview.unchanged.length,
    changed: preview.changed.map(({ incoming, stored, changes }) => ({
      title: stored.title,
      site: stored.siteName,
      storedAt: stored.capturedAt,
      incomingAt: incoming.article.capturedAt,
      changes,
    })),
    duplicates: preview.duplicates.length,
    ignoredFiles: preview.ignoredFiles.length,
    skipped: preview.skipped.map(({ fileName, reason }) => ({ name: fileName, reasons: [reason] })),
    adjusted: [...preview.added, ...preview.changed.map((c) => c.incoming)]
      .filter((incoming) => incoming.notes.length > 0)
      .map(({ article, notes }) => ({ name: article.title, reasons: notes })),
    removed: preview.removed.length,
  };
}
