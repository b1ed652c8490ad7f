import type { ImageFailure } from '../../images/image-failure';
import type { ArticleImage, CleanCaptureDb, StoredImage } from './db';

// An article's images are rows of `articleImages` pointing at rows of `images`. The image rows are
// shared, so they are removed only here, when the last article that uses one lets it go.

/**
 * The body-size table, where the schema has it: code runs against older schemas only in the upgrade
 * tests, and a size never written is measured later (see measure-storage.ts), so skipping it is safe.
 */
export function bodySizesOf(db: CleanCaptureDb): CleanCaptureDb['bodySizes'][] {
  return (db.bodySizes as CleanCaptureDb['bodySizes'] | undefined) ? [db.bodySizes] : [];
}

/** Every table an article's data lives in: a write that adds or removes articles takes them all. */
export function articleTables(db: CleanCaptureDb) {
  return [db.articles, db.bodies, ...bodySizesOf(db), db.articleImages, db.images];
}

/** What an article's image address resolved to. */
export type ArticleImageEntry =
  | { url: string; image: StoredImage }
  | { url: string; failure: ImageFailure }
  /** Neither stored nor failed yet: the worker is still fetching, or never got to it. */
  | { url: string; pending: true };

/**
 * Stores one fetched image of an article, once per distinct content, and links the address to it.
 * Returns false, storing nothing, when the article is gone (deleted while its images were being
 * fetched) or, given the `capturedAt` of the copy the image belongs to, captured again since: so no
 * image is kept that no article shows.
 */
export async function storeArticleImage(
  db: CleanCaptureDb,
  articleId: number,
  url: string,
  image: StoredImage,
  capturedAt?: string,
): Promise<boolean> {
  return linkImage(db, { articleId, url, sha256: image.sha256 }, capturedAt, async () => {
    if (!(await db.images.get(image.sha256))) await db.images.add(image);
  });
}

/** Records why an address of an article was not stored; false as for {@link storeArticleImage}. */
export async function recordImageFailure(
  db: CleanCaptureDb,
  articleId: number,
  url: string,
  failure: ImageFailure,
  capturedAt?: string,
): Promise<boolean> {
  return linkImage(db, { articleId, url, failure }, capturedAt);
}

/**
 * Records `failure` for each of these addresses of an article that is neither stored nor failed
 * yet, in one transaction; false (recording nothing) as for {@link storeArticleImage}.
 */
export async function failPendingImages(
  db: CleanCaptureDb,
  articleId: number,
  urls: readonly string[],
  failure: ImageFailure,
  capturedAt?: string,
): Promise<boolean> {
  return db.transaction('rw', articleTables(db), async () => {
    if (!(await isStoredCopy(db, articleId, capturedAt))) return false;
    const links = await db.articleImages.bulkGet(urls.map((url): [number, string] => [articleId, url]));
    const pending = urls.filter((_url, i) => !links[i]);
    await db.articleImages.bulkPut(pending.map((url) => ({ articleId, url, failure })));
    return true;
  });
}

/**
 * Points an article's address at `link` (after `before`, in the same transaction), freeing the
 * bytes it pointed to until now if no article uses them any more; false when the article is gone
 * or (given `capturedAt`) is another capture than the one the link belongs to.
 */
function linkImage(
  db: CleanCaptureDb,
  link: ArticleImage,
  capturedAt: string | undefined,
  before?: () => Promise<void>,
): Promise<boolean> {
  return db.transaction('rw', articleTables(db), async () => {
    if (!(await isStoredCopy(db, link.articleId, capturedAt))) return false;
    await before?.();
    const previous = await db.articleImages.get([link.articleId, link.url]);
    await db.articleImages.put(link);
    if (previous?.sha256 && previous.sha256 !== link.sha256) await freeUnused(db, [previous.sha256]);
    return true;
  });
}

/** Whether the article is stored, and (given `capturedAt`) still as that capture. */
async function isStoredCopy(db: CleanCaptureDb, articleId: number, capturedAt?: string): Promise<boolean> {
  const article = await db.articles.get(articleId);
  // "Capture again" keeps the id: only the capture time tells the old copy's images from the new.
  return !!article && (capturedAt === undefined || article.capturedAt === capturedAt);
}

/** What releasing articles' images removed: their links, and the images no other article used. */
export interface ReleasedImages {
  links: ArticleImage[];
  images: StoredImage[];
}

const NOTHING_RELEASED: ReleasedImages = { links: [], images: [] };

/**
 * Unlinks every image of these articles and deletes the images no other article uses. Call inside
 * the read-write transaction (over `articleTables`) that deletes or replaces the articles, so an
 * article and its images go together or not at all. Returns what it removed, so an undo can put
 * the images back with their articles.
 */
export async function releaseArticleImages(
  db: CleanCaptureDb,
  articleIds: readonly number[],
): Promise<ReleasedImages> {
  const links = await db.articleImages
    .where('articleId')
    .anyOf([...articleIds])
    .toArray();
  if (links.length === 0) return NOTHING_RELEASED;
  await db.articleImages.bulkDelete(links.map((link): [number, string] => [link.articleId, link.url]));
  const images = await freeUnused(
    db,
    links.flatMap((link) => (link.sha256 ? [link.sha256] : [])),
  );
  return { links, images };
}

/**
 * Puts back the images of the restored articles among those `released` removed (an undo). Call
 * inside the transaction that restores the articles.
 */
export async function restoreArticleImages(
  db: CleanCaptureDb,
  released: ReleasedImages,
  restoredIds: ReadonlySet<number>,
): Promise<void> {
  const links = released.links.filter((link) => restoredIds.has(link.articleId));
  const needed = new Set(links.flatMap((link) => (link.sha256 ? [link.sha256] : [])));
  await db.images.bulkPut(released.images.filter((image) => needed.has(image.sha256)));
  await db.articleImages.bulkPut(links);
}

/** Deletes those of these images that no article links to any more, and returns them. */
async function freeUnused(db: CleanCaptureDb, hashes: readonly string[]): Promise<StoredImage[]> {
  const distinct = [...new Set(hashes)];
  const used = new Set(
    (await db.articleImages.where('sha256').anyOf(distinct).toArray()).map((link) => link.sha256),
  );
  const unused = distinct.filter((hash) => !used.has(hash));
  const images = (await db.images.bulkGet(unused)).filter((image) => image !== undefined);
  await db.images.bulkDelete(unused);
  return images;
}

/** An article's image addresses with what each resolved to, in the order given (its Markdown's). */
export async function readArticleImages(
  db: CleanCaptureDb,
  articleId: number,
  urls: readonly string[],
): Promise<ArticleImageEntry[]> {
  return db.transaction('r', db.articleImages, db.images, async () => {
    const links = await db.articleImages.bulkGet(urls.map((url): [number, string] => [articleId, url]));
    const images = await db.images.bulkGet(links.map((link) => link?.sha256 ?? ''));
    return urls.map((url, i): ArticleImageEntry => {
      const link: ArticleImage | undefined = links[i];
      const image = images[i];
      if (image) return { url, image };
      if (link?.failure) return { url, failure: link.failure };
      return { url, pending: true };
    });
  });
}

/** How much the stored images take: distinct images and their bytes. */
export async function measureImages(db: CleanCaptureDb): Promise<{ count: number; bytes: number }> {
  let bytes = 0;
  let count = 0;
  await db.images.each((image) => {
    count++;
    bytes += image.size;
  });
  return { count, bytes };
}

/** Where an article's images stand, as the popup shows it. */
export interface ImageStatus {
  total: number;
  stored: number;
  failed: Array<{ url: string; failure: ImageFailure }>;
  /** Neither stored nor failed yet: still being fetched. */
  pending: number;
}

/** An article's image status from its entries (see readArticleImages). */
export function summarizeImages(entries: readonly ArticleImageEntry[]): ImageStatus {
  const status: ImageStatus = { total: entries.length, stored: 0, failed: [], pending: 0 };
  for (const entry of entries) {
    if ('image' in entry) status.stored++;
    else if ('failure' in entry) status.failed.push({ url: entry.url, failure: entry.failure });
    else status.pending++;
  }
  return status;
}
