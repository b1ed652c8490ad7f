/** How much one capture may store in images. */
export interface ImageLimits {
  /** Bytes of one image; larger ones are refused (a poster-sized photo is rarely the article). */
  maxImageBytes: number;
  /** Bytes of all of one article's images together. */
  maxArticleBytes: number;
  /** Images of one article; the rest stay links. */
  maxImagesPerArticle: number;
}

const MiB = 1024 * 1024;

/** The limits every capture uses. */
export const IMAGE_LIMITS: ImageLimits = {
  maxImageBytes: 5 * MiB,
  maxArticleBytes: 50 * MiB,
  maxImagesPerArticle: 200,
};
