/** How large each part of an article may be; sizes of text in UTF-16 units, of the body in UTF-8 bytes. */
export interface ArticleLimits {
  titleLength: number;
  /** An author's name, or the site's. */
  nameLength: number;
  authorCount: number;
  excerptLength: number;
  langLength: number;
  /** Source, canonical and lead image addresses. */
  urlLength: number;
  bodyBytes: number;
  /** One `data:` image written into the Markdown. */
  inlineImageBytes: number;
  /** All `data:` images of one article together. */
  inlineDataBytes: number;
  tagCount: number;
}

const MiB = 1024 * 1024;

/**
 * What a capture may store (and a tag edit may set). Every limit is well inside the import's, so
 * anything stored exports to a file the import takes back unchanged: the body stays under half the
 * zip reader's 16 MiB per file with the front matter's worst case added.
 */
export const CAPTURE_LIMITS: ArticleLimits = {
  titleLength: 500,
  nameLength: 200,
  authorCount: 50,
  excerptLength: 2_000,
  langLength: 35,
  urlLength: 4_096,
  bodyBytes: 8 * MiB,
  inlineImageBytes: MiB,
  inlineDataBytes: 4 * MiB,
  tagCount: 100,
};

/**
 * What an import accepts: double the capture's, so files from an older version or edited by hand
 * still come in, and still small enough that the largest file, front matter included, is under
 * the zip reader's 16 MiB per file.
 */
export const IMPORT_LIMITS: ArticleLimits = {
  titleLength: 1_000,
  nameLength: 400,
  authorCount: 100,
  excerptLength: 4_000,
  langLength: 70,
  urlLength: 8_192,
  bodyBytes: 12 * MiB,
  inlineImageBytes: 2 * MiB,
  inlineDataBytes: 8 * MiB,
  tagCount: 200,
};
