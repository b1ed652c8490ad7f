import type { Article, ReadingState, StoredArticle } from '../article';

/** The parts of an article a user would recognise as different, in the order the preview lists them. */
export type ArticleChange = 'text' | 'title' | 'tags' | 'capture time' | 'reading state' | 'details';

const DETAIL_FIELDS = [
  'authors',
  'siteName',
  'publishedTime',
  'lang',
  'dir',
  'excerpt',
  'sourceUrl',
  'leadImage',
  'wordCount',
  'readingMinutes',
  'notCaptured',
] as const satisfies ReadonlyArray<keyof Article>;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * How an article in an import differs from the stored copy with the same address, so the user can
 * decide whether to replace it. Empty when they are the same article.
 */
export function describeImportChange(
  stored: StoredArticle,
  incoming: { article: Article; tags: readonly string[]; state?: ReadingState },
): ArticleChange[] {
  const { article } = incoming;
  const changes: ArticleChange[] = [];
  if (stored.markdown !== article.markdown) changes.push('text');
  if (stored.title !== article.title) changes.push('title');
  if (!sameList(stored.tags, incoming.tags)) changes.push('tags');
  if (stored.capturedAt !== article.capturedAt) changes.push('capture time');
  // Read, archived or not: what another profile or an older export says. How far down it was read
  // changes with every scroll, and is not worth a replaced article on its own.
  if (incoming.state && incoming.state.status !== stored.status) changes.push('reading state');
  const detailDiffers = DETAIL_FIELDS.some((field) => {
    const a = stored[field];
    const b = article[field];
    return Array.isArray(a) && Array.isArray(b) ? !sameList(a, b) : a !== b;
  });
  if (detailDiffers) changes.push('details');
  return changes;
}
