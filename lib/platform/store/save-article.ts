import type { Article } from '../../article';
import { captureKey } from '../../articles/capture-key';
import { isSameSite, siteCanonicalUrl } from '../../capture/site-canonical-url';
import { UNREAD } from '../../reading-state/reading-state';
import type { CleanCaptureDb } from './db';
import { articleTables, releaseArticleImages } from './image-store';
import { addStoredArticle, capturesAt, putStoredArticle } from './stored-articles';

// Apart from article-store.ts because the site rule carries the Public Suffix List (about 100 kB):
// only the background, which saves captures, loads it; the popup and the library do not.

/** What saving an article did. */
export type SaveResult =
  | { status: 'saved'; id: number; replaced: boolean }
  | { status: 'duplicate'; id: number; title: string }
  /** The address is taken by an article of another site (saved before canonical URLs were checked). */
  | { status: 'other-site'; id: number; title: string };

/**
 * Stores an article, one copy per capture key (see captureKey): one whole article per canonical
 * URL, and an excerpt per URL and text. With `replace`, a page saved before keeps its id,
 * tags and reading state and gets the new body and metadata (its old images are released); without it the stored copy is left alone,
 * unless it is a page still to capture (notCaptured), which is filled in the same way. Record and
 * body are written in one transaction, so a failure never leaves half an article behind. A canonical
 * URL on another site than the page is not trusted (see siteCanonicalUrl), and an article of another
 * site is never reported as this page nor replaced by it.
 */
export async function saveArticle(
  db: CleanCaptureDb,
  article: Article,
  { replace }: { replace: boolean },
): Promise<SaveResult> {
  const canonicalUrl = siteCanonicalUrl(article.canonicalUrl, article.sourceUrl);
  return db.transaction('rw', articleTables(db), async () => {
    const atAddress = await db.articles.where('canonicalUrl').equals(canonicalUrl).toArray();
    const foreign = atAddress.find((stored) => !isSameSite(stored.sourceUrl, article.sourceUrl));
    if (foreign) return { status: 'other-site', id: foreign.id, title: foreign.title };
    const existing = (await capturesAt(db, [canonicalUrl])).get(captureKey({ ...article, canonicalUrl }));
    // A page moved in from a reading list has no text to lose: capturing it is what it waits for.
    if (existing && !replace && !existing.notCaptured)
      return { status: 'duplicate', id: existing.id, title: existing.title };
    if (existing) {
      // The new copy's images are fetched afresh; the old ones go unless another article shows them.
      await releaseArticleImages(db, [existing.id]);
      // Tags and reading state are the reader's, not the page's: a new copy keeps them.
      const { tags, status, progress } = existing;
      await putStoredArticle(db, { ...article, canonicalUrl, id: existing.id, tags, status, progress });
      return { status: 'saved', id: existing.id, replaced: true };
    }
    const id = await addStoredArticle(db, { ...article, canonicalUrl, tags: [], ...UNREAD });
    return { status: 'saved', id, replaced: false };
  });
}
