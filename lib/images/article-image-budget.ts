import type { ImageFailure } from './image-failure';
import type { ImageLimits } from './image-limits';

/** Keeps one article's images within its caps in count and bytes, as they are stored one by one. */
export interface ArticleImageBudget {
  /** Takes `bytes` from the budget, or says why they do not fit (and takes nothing). */
  take(bytes: number): ImageFailure | null;
}

/** A fresh budget for one article's images. */
export function createArticleImageBudget(limits: ImageLimits): ArticleImageBudget {
  let count = 0;
  let total = 0;
  return {
    take(bytes) {
      if (count + 1 > limits.maxImagesPerArticle || total + bytes > limits.maxArticleBytes) {
        return { reason: 'article-full' };
      }
      count++;
      total += bytes;
      return null;
    },
  };
}
