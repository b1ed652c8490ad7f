import { liveQuery } from 'dexie';
import { listMarkdownImages } from '../images/list-markdown-images';
import { getStoredArticle } from './store/article-store';
import { getDatabase, type CleanCaptureDb } from './store/db';
import { readArticleImages, summarizeImages, type ImageStatus } from './store/image-store';

/**
 * Calls `onChange` with an article's image status now and after every change, including the
 * worker's writes (Dexie tells other contexts of the extension about them). Returns the unsubscribe.
 */
export function watchImageStatus(
  articleId: number,
  onChange: (status: ImageStatus | null) => void,
  db: CleanCaptureDb = getDatabase(),
): () => void {
  const subscription = liveQuery(async () => {
    const article = await getStoredArticle(db, articleId);
    if (!article) return null;
    return summarizeImages(await readArticleImages(db, articleId, listMarkdownImages(article.markdown)));
  }).subscribe({ next: onChange, error: () => onChange(null) });
  return () => subscription.unsubscribe();
}
