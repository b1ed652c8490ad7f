import { listMarkdownImages } from '../images/list-markdown-images';
import { getStoredArticle } from './store/article-store';
import { getDatabase, type CleanCaptureDb } from './store/db';
import { failPendingImages } from './store/image-store';
import type { ImageFailure } from '../images/image-failure';
import { mayFetchOtherSites } from './ask-for-other-sites';
import { saveArticleImages, type ImageSaveReport, type SaveImagesOptions } from './save-article-images';

/**
 * Keeps a saved article's images offline: those on the page's own origin (which the toolbar
 * click's activeTab grant covers) always, those on other sites only once the user has allowed it.
 * Returns null when the article is gone.
 */
export async function keepArticleImages(
  articleId: number,
  options: Partial<Pick<SaveImagesOptions, 'fetchImage' | 'onProgress'>> & { db?: CleanCaptureDb } = {},
): Promise<ImageSaveReport | null> {
  const db = options.db ?? getDatabase();
  const article = await getStoredArticle(db, articleId);
  if (!article) return null;
  const own = new URL(article.sourceUrl).origin;
  const otherSites = await mayFetchOtherSites();
  return saveArticleImages(articleId, listMarkdownImages(article.markdown), {
    ...options,
    db,
    capturedAt: article.capturedAt,
    mayFetch: (url) => otherSites || new URL(url).origin === own,
  });
}

/**
 * Ends the wait for a saved article's images that are still neither stored nor failed: each gets
 * `failure`, so the popup and the reading view say why instead of waiting for ever.
 */
export async function giveUpArticleImages(
  articleId: number,
  failure: ImageFailure,
  db: CleanCaptureDb = getDatabase(),
): Promise<void> {
  const article = await getStoredArticle(db, articleId);
  if (!article) return;
  await failPendingImages(db, articleId, listMarkdownImages(article.markdown), failure, article.capturedAt);
}
