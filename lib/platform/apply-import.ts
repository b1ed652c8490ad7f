import { message } from '../i18n/message';
import { MessageError } from '../i18n/message-error';
import type { StoredArticle } from '../article';
import type { ImportedArticle } from '../import/read-export-zip';
import type { ImageFailure } from '../images/image-failure';
import { listMarkdownImages } from '../images/list-markdown-images';
import type { ArticleImage, CleanCaptureDb, StoredImage } from './store/db';
import { articleTables } from './store/image-store';
import { captureKey } from '../articles/capture-key';
import {
  addStoredArticles,
  capturesAt,
  readStoredArticles,
  removeStoredArticles,
} from './store/stored-articles';
import type { ImportChoice, ImportPreview } from '../import/import-preview';
import { restoredHighlight } from '../highlights/manifest-annotations';

/** What an import wrote. */
export interface ImportOutcome {
  added: number;
  replaced: number;
  /** Articles deleted because their file was removed from the folder. */
  deleted: number;
  /** Ids of the articles written, for the search index and an undo. */
  ids: number[];
  /** The stored copies that were replaced or deleted, exactly as they were, for an undo. */
  removed: StoredArticle[];
}

/** The library changed between the preview and the import; nothing was written. */
export class ImportConflictError extends MessageError {
  constructor() {
    super(message('library.importConflict'));
  }
}

const sameStored = (a: StoredArticle | undefined, b: StoredArticle) =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * Articles in the order to insert them, so the library lists them as the zip did: oldest first,
 * and among those saved in the same millisecond the zip's later ones first (ids break such ties,
 * newest id first).
 */
function insertionOrder(articles: readonly ImportedArticle[]): ImportedArticle[] {
  return [...articles].reverse().sort((a, b) => a.article.capturedAt.localeCompare(b.article.capturedAt));
}

const NOT_IN_IMPORT: ImageFailure = { reason: 'not-in-import' };

/** Stores the images of the articles written (each distinct one once) and links them to their ids. */
async function linkImportedImages(
  db: CleanCaptureDb,
  written: readonly ImportedArticle[],
  ids: readonly number[],
): Promise<void> {
  const images = new Map<string, StoredImage>();
  const links: ArticleImage[] = [];
  written.forEach((article, i) => {
    const articleId = ids[i] as number;
    for (const { url, image } of article.images) {
      images.set(image.sha256, image);
      links.push({ articleId, url, sha256: image.sha256 });
    }
    // An image the zip has no copy of is settled, not waiting: left waiting, opening the article
    // would have the worker fetch it, and a restored library is read without the network.
    const restored = new Set(article.images.map(({ url }) => url));
    for (const url of listMarkdownImages(article.article.markdown)) {
      if (!restored.has(url)) links.push({ articleId, url, failure: NOT_IN_IMPORT });
    }
  });
  if (links.length === 0) return;
  // The key is the hash of the bytes, so a row already there holds these very bytes.
  const present = await db.images.bulkGet([...images.keys()]);
  await db.images.bulkAdd([...images.values()].filter((_, i) => present[i] === undefined));
  await db.articleImages.bulkPut(links);
}

/** Stores the highlights and notes of the articles written, under their new ids. */
async function restoreAnnotations(
  db: CleanCaptureDb,
  written: readonly ImportedArticle[],
  ids: readonly number[],
  changedAt: string,
): Promise<void> {
  const highlights = written.flatMap(
    ({ annotations }, i) => annotations?.highlights.map((h) => restoredHighlight(h, ids[i] as number)) ?? [],
  );
  const notes = written.flatMap(({ annotations }, i) =>
    annotations ? [{ articleId: ids[i] as number, note: annotations.note, changedAt }] : [],
  );
  // put, not add: a highlight keeps its id, and one already here is the same highlight.
  await db.highlights.bulkPut(highlights);
  await db.articleNotes.bulkPut(notes);
}

/** The highlights and note made here on the articles an import replaces, before they go. */
async function readLocalAnnotations(db: CleanCaptureDb, ids: readonly number[]) {
  const highlights = await db.highlights
    .where('articleId')
    .anyOf([...ids])
    .toArray();
  const notes = await db.articleNotes.bulkGet([...ids]);
  return { highlights, notes: new Map(ids.map((id, i) => [id, notes[i]?.note ?? ''])) };
}

/**
 * Moves what the reader made on a replaced article to its new copy: the zip's own highlights win
 * (the same id is the same highlight), the others are kept, re-placed on the new text or listed as
 * could not be placed; two different notes are both kept. Nothing the reader wrote is lost.
 */
async function carryAnnotations(
  db: CleanCaptureDb,
  local: Awaited<ReturnType<typeof readLocalAnnotations>>,
  moves: ReadonlyArray<{ from: number; to: number; incoming: ImportedArticle }>,
  changedAt: string,
): Promise<void> {
  const carried = moves.flatMap(({ from, to, incoming }) => {
    const theirs = new Set(incoming.annotations?.highlights.map((h) => h.id));
    return local.highlights
      .filter((h) => h.articleId === from && !theirs.has(h.id))
      .map((h) => ({ ...h, articleId: to }));
  });
  await db.highlights.bulkPut(carried);
  const notes = moves.flatMap(({ from, to, incoming }) => {
    const mine = local.notes.get(from) ?? '';
    const theirs = incoming.annotations?.note ?? '';
    if (mine === '' || mine === theirs) return [];
    return [{ articleId: to, note: theirs === '' ? mine : `${mine}\n\n${theirs}`, changedAt }];
  });
  await db.articleNotes.bulkPut(notes);
}

/**
 * Writes a previewed import in one transaction, all or nothing: the new articles with their stored
 * images, the changed ones only when `replaceChanged` is set (they get new ids, so the search index
 * sees them as new), and deletes those removed from the folder only when `deleteRemoved` is set.
 * Throws ImportConflictError, writing nothing, if the library no longer matches the preview.
 */
export async function applyImport(
  db: CleanCaptureDb,
  preview: ImportPreview,
  { replaceChanged, deleteRemoved = false }: ImportChoice,
): Promise<ImportOutcome> {
  const replacing = replaceChanged ? preview.changed : [];
  const deleting = deleteRemoved ? preview.removed : [];
  const incoming = insertionOrder([...preview.added, ...replacing.map((c) => c.incoming)]);
  return db.transaction('rw', [...articleTables(db), db.highlights, db.articleNotes], async () => {
    const taken = await capturesAt(
      db,
      preview.added.map((a) => a.article.canonicalUrl),
    );
    if (preview.added.some((a) => taken.has(captureKey(a.article)))) throw new ImportConflictError();
    const previewed = [...replacing.map((c) => c.stored), ...deleting];
    const oldIds = previewed.map((stored) => stored.id);
    const now = await readStoredArticles(db, oldIds);
    previewed.forEach((stored, i) => {
      if (!sameStored(now[i], stored)) throw new ImportConflictError();
    });
    const local = await readLocalAnnotations(db, oldIds);
    await removeStoredArticles(db, oldIds);
    const ids = await addStoredArticles(
      db,
      incoming.map(({ article, tags, state }) => ({ ...article, tags: [...tags], ...state })),
    );
    await linkImportedImages(db, incoming, ids);
    const changedAt = new Date().toISOString();
    await restoreAnnotations(db, incoming, ids, changedAt);
    const moves = replacing.map(({ stored, incoming: replacement }) => ({
      from: stored.id,
      to: ids[incoming.indexOf(replacement)] as number,
      incoming: replacement,
    }));
    await carryAnnotations(db, local, moves, changedAt);
    // What is left under the old ids belongs to articles deleted here: it goes with them.
    await db.highlights.where('articleId').anyOf(oldIds).delete();
    await db.articleNotes.bulkDelete(oldIds);
    return {
      added: preview.added.length,
      replaced: replacing.length,
      deleted: deleting.length,
      ids,
      removed: previewed,
    };
  });
}
