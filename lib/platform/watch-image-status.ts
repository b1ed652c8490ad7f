import { liveQuery } from 'dexie';
import { listMarkdownImages } from '../images/list-markdown-images';
import { getStoredArticle } from './store/article-store';
import { getDatabase, type CleanCaptureDb } from './store/db';
import { readArticleImages, summarizeImages, type ImageStatus } from './store/image-store';

/**
 * Calls `onChange` with an article's image status now and after every change, including the
 * worker's writes (Dexie tells other contexts of the extension about them). Returns the unsubscribe.
 * The body is read and its image addresses listed once: each later change re-reads only the links
 * and the record (to notice a delete), not megabytes of Markdown per stored image.
 */
export function watchImageStatus(
  articleId: number,
  onChange: (status: ImageStatus | null) => void,
  db: CleanCaptureDb = getDatabase(),
): () => void {
  let stopped = false;
  let subscription: { unsubscribe: () => void } | undefined;
  void getStoredArticle(db, articleId).then(
    (article) => {
      if (stopped) return;
      if (!article) return onChange(null);
      const urls = listMarkdownImages(article.markdown);
      subscription = liveQuery(async () =>
        (await db.articles.get(articleId))
          ? summarizeImages(await readArticleImages(db, articleId, urls))
          : null,
      ).subscribe({ next: onChange, error: () => onChange(null) });
    },
    () => onChange(null),
  );
  return () => {
    stopped = true;
    subscription?.unsubscribe();
  };
}
