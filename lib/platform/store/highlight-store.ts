import type { Highlight } from '../../highlights/highlight';
import type { ArticleNote, CleanCaptureDb } from './db';

// Highlights and article notes. Every change moves the article's `changedAt`, in the same
// transaction, so the search index (which compares it) re-reads the article's notes.

/** An article's highlights, in the order they were made. */
export async function listArticleHighlights(db: CleanCaptureDb, articleId: number): Promise<Highlight[]> {
  const all = await db.highlights.where('articleId').equals(articleId).toArray();
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Every highlight in the library, newest first. */
export function listAllHighlights(db: CleanCaptureDb): Promise<Highlight[]> {
  return db.highlights.orderBy('createdAt').reverse().toArray();
}

/** The ids of the articles that have at least one highlight. */
export async function highlightedArticleIds(db: CleanCaptureDb): Promise<Set<number>> {
  return new Set((await db.highlights.orderBy('articleId').uniqueKeys()) as number[]);
}

/** The note on a whole article; '' when it has none. */
export async function readArticleNote(db: CleanCaptureDb, articleId: number): Promise<string> {
  return (await db.articleNotes.get(articleId))?.note ?? '';
}

function touch(db: CleanCaptureDb, articleId: number, note?: string): Promise<unknown> {
  return db.articleNotes.get(articleId).then((row) => {
    // Always later than the last change, even within one millisecond, so the index sees each one.
    const last = Date.parse(row?.changedAt ?? '') || 0;
    const changedAt = new Date(Math.max(Date.now(), last + 1)).toISOString();
    return db.articleNotes.put({ articleId, note: note ?? row?.note ?? '', changedAt });
  });
}

/** Stores a new highlight. */
export function addHighlight(db: CleanCaptureDb, highlight: Highlight): Promise<unknown> {
  return db.transaction('rw', db.highlights, db.articleNotes, async () => {
    await db.highlights.add(highlight);
    await touch(db, highlight.articleId);
  });
}

/** Changes a highlight's note or colour; false when it is gone (removed in another tab). */
export function updateHighlight(
  db: CleanCaptureDb,
  id: string,
  change: Partial<Pick<Highlight, 'note' | 'color'>>,
): Promise<boolean> {
  return db.transaction('rw', db.highlights, db.articleNotes, async () => {
    const highlight = await db.highlights.get(id);
    if (!highlight) return false;
    await db.highlights.put({ ...highlight, ...change });
    await touch(db, highlight.articleId);
    return true;
  });
}

/** Removes a highlight, giving it back (for an undo), or undefined when it was already gone. */
export function removeHighlight(db: CleanCaptureDb, id: string): Promise<Highlight | undefined> {
  return db.transaction('rw', db.highlights, db.articleNotes, async () => {
    const highlight = await db.highlights.get(id);
    if (!highlight) return undefined;
    await db.highlights.delete(id);
    await touch(db, highlight.articleId);
    return highlight;
  });
}

/** Stores the note on a whole article. */
export function setArticleNote(db: CleanCaptureDb, articleId: number, note: string): Promise<unknown> {
  return db.transaction('rw', db.articleNotes, () => touch(db, articleId, note));
}

/** When each annotated article's notes or highlights last changed. */
export async function readAnnotationStamps(db: CleanCaptureDb): Promise<Map<number, string>> {
  const rows = await db.articleNotes.toArray();
  return new Map(rows.map((row) => [row.articleId, row.changedAt]));
}

/** The text of these articles' highlights and notes, for the search index; '' for one without any. */
export async function readAnnotationText(db: CleanCaptureDb, ids: readonly number[]): Promise<string[]> {
  const [notes, highlights] = await Promise.all([
    db.articleNotes.bulkGet([...ids]),
    db.highlights
      .where('articleId')
      .anyOf([...ids])
      .toArray(),
  ]);
  const texts = new Map<number, string[]>();
  for (const h of highlights) {
    const list = texts.get(h.articleId) ?? [];
    list.push(h.quote.exact, h.note);
    texts.set(h.articleId, list);
  }
  return ids.map((id, i) => [notes[i]?.note ?? '', ...(texts.get(id) ?? [])].filter(Boolean).join('\n'));
}

/** The tables an article's highlights and note live in: part of every transaction that deletes articles. */
export function annotationTables(db: CleanCaptureDb) {
  return [db.highlights, db.articleNotes];
}

/** Articles' highlights and notes as a delete removed them: what an undo puts back. */
export interface RemovedAnnotations {
  highlights: Highlight[];
  notes: ArticleNote[];
}

/** Removes the highlights and notes of deleted articles, giving them back; run inside the delete's transaction. */
export async function removeAnnotations(
  db: CleanCaptureDb,
  articleIds: readonly number[],
): Promise<RemovedAnnotations> {
  const highlights = await db.highlights
    .where('articleId')
    .anyOf([...articleIds])
    .toArray();
  const notes = (await db.articleNotes.bulkGet([...articleIds])).filter((n) => n !== undefined);
  await db.highlights.bulkDelete(highlights.map((h) => h.id));
  await db.articleNotes.bulkDelete([...articleIds]);
  return { highlights, notes };
}

/** Puts back the highlights and notes of the articles an undo restored (`restored`), inside its transaction. */
export async function restoreAnnotations(
  db: CleanCaptureDb,
  { highlights, notes }: RemovedAnnotations,
  restored: ReadonlySet<number>,
): Promise<void> {
  await db.highlights.bulkPut(highlights.filter((h) => restored.has(h.articleId)));
  await db.articleNotes.bulkPut(notes.filter((n) => restored.has(n.articleId)));
}
