import type { ExportAnnotationSource } from '../../export/create-export-part';
import type { CleanCaptureDb } from './db';
import { listArticleHighlights } from './highlight-store';

/**
 * The export's view of highlights and notes: which articles have any is read once (most have
 * none), and only those articles' highlights are read, one article at a time as the zip reaches it.
 */
export function exportAnnotationSource(db: CleanCaptureDb): ExportAnnotationSource {
  const annotated = db.articleNotes.toArray().then((rows) => new Map(rows.map((r) => [r.articleId, r.note])));
  return {
    async of(articleId) {
      const note = (await annotated).get(articleId);
      if (note === undefined) return null;
      const highlights = await listArticleHighlights(db, articleId);
      return highlights.length > 0 || note !== '' ? { highlights, note } : null;
    },
  };
}
