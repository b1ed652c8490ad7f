import type { IndexableArticle } from '../../lib/search/fts5-index';

/** An article as the FTS5 index takes it, with no authors or site unless given. */
export const indexableArticle = (
  id: number,
  title: string,
  markdown: string,
  extra: { authors?: string[]; siteName?: string } = {},
): IndexableArticle => ({
  id,
  title,
  authors: extra.authors ?? [],
  siteName: extra.siteName ?? null,
  markdown,
  stamp: '2026-01-01T00:00:00Z',
});
