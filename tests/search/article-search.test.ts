import { describe, expect, it } from 'vitest';
import {
  createArticleSearch,
  indexArticle,
  packHits,
  removeArticle,
  searchArticles,
  SEGMENT_SIZE,
  takeChanges,
  unpackHits,
  vacuumChanged,
} from '../../lib/search/article-search';
import { loadSearch, serialiseSearch } from './stored-search';

const article = (
  id: number,
  title: string,
  markdown: string,
  extra: { authors?: string[]; siteName?: string } = {},
) => ({
  id,
  title,
  authors: extra.authors ?? [],
  siteName: extra.siteName ?? null,
  markdown,
});

function library() {
  const index = createArticleSearch();
  indexArticle(
    index,
    article(1, 'Tides of the North Sea', 'Fishermen in Whitby talk about the *changing* tides.'),
  );
  indexArticle(
    index,
    article(
      2,
      'Sourdough at home',
      'A starter needs flour, water and patience. See [tides](https://tides.example/whitby).',
      { authors: ['Ana Okafor'] },
    ),
  );
  indexArticle(index, article(3, 'The Who live', 'A concert review.', { siteName: 'Music Weekly' }));
  indexArticle(index, article(4, 'Whitby harbour', 'Tides matter less here.'));
  return index;
}

const ids = (hits: { id: number }[]) => hits.map((h) => h.id);

describe('searchArticles', () => {
  it('finds a word that only appears in a body', () => {
    expect(ids(searchArticles(library(), 'patience'))).toEqual([2]);
  });

  it('requires every word and ranks a title match above a body match', () => {
    expect(ids(searchArticles(library(), 'whitby tides'))).toEqual([4, 1]);
  });

  it('matches the word still being typed as a prefix, but not a finished word', () => {
    expect(ids(searchArticles(library(), 'sourd'))).toEqual([2]);
    expect(searchArticles(library(), 'sourd ')).toEqual([]);
  });

  it('searches authors and sites', () => {
    expect(ids(searchArticles(library(), 'okafor'))).toEqual([2]);
    expect(ids(searchArticles(library(), 'music weekly'))).toEqual([3]);
  });

  it('ignores link addresses in bodies', () => {
    // Article 2 links to tides.example/whitby but never says "whitby" in its text.
    expect(ids(searchArticles(library(), 'whitby'))).not.toContain(2);
  });

  it('still finds titles made only of function words', () => {
    expect(ids(searchArticles(library(), 'the who'))).toEqual([3]);
  });

  it('reports the matched words for highlighting', () => {
    const [hit] = searchArticles(library(), 'chang');
    expect(hit?.terms).toEqual(['changing']);
  });

  it('forgets removed articles and updates replaced ones', () => {
    const index = library();
    removeArticle(index, 2);
    indexArticle(index, article(4, 'Whitby harbour', 'Now about sourdough.'));
    expect(ids(searchArticles(index, 'sourdough'))).toEqual([4]);
    expect(searchArticles(index, 'matter')).toEqual([]);
  });

  it('survives serialising and loading', async () => {
    const restored = loadSearch(structuredClone(serialiseSearch(library())));
    expect(ids(searchArticles(restored, 'patience'))).toEqual([2]);
  });
});

describe('packHits', () => {
  it('keeps the rank order and the matched words of the top hits', () => {
    const hits = [
      { id: 7, score: 3, terms: ['tides'] },
      { id: 2, score: 2, terms: ['tidal'] },
      { id: 9, score: 1, terms: ['tide'] },
    ];
    expect(unpackHits(packHits(hits, 2))).toEqual([
      { id: 7, score: 0, terms: ['tides'] },
      { id: 2, score: 0, terms: ['tidal'] },
      { id: 9, score: 0, terms: [] },
    ]);
  });
});

describe('the word being typed', () => {
  it('is matched as a prefix from three letters on; shorter, only as a whole word', () => {
    const index = createArticleSearch();
    indexArticle(index, article(1, 'Quilts', 'Patchwork quilting.'));
    indexArticle(index, article(2, 'Notes', 'Qu is a word here.'));
    expect(ids(searchArticles(index, 'qui'))).toEqual([1]);
    expect(ids(searchArticles(index, 'qu'))).toEqual([2]);
  });
});

describe('an index of several segments', () => {
  // Enough articles for three segments; every tenth mentions lighthouses, one has it in its title.
  const COUNT = SEGMENT_SIZE * 2 + 500;
  function big() {
    const index = createArticleSearch();
    for (let id = 1; id <= COUNT; id++) {
      const body = `Note number ${id} about ${id % 10 === 0 ? 'lighthouses and' : ''} weather.`;
      indexArticle(index, article(id, id === 7 ? 'Lighthouses of Brittany' : `Entry ${id}`, body));
    }
    return index;
  }

  it('splits into segments and finds words in every one, ranked together', () => {
    const index = big();
    expect(serialiseSearch(index)).toHaveLength(3);
    const found = ids(searchArticles(index, 'lighthouses'));
    expect(found).toHaveLength(COUNT / 10 + 1);
    // The title match, in the oldest segment, outranks body matches from newer segments.
    expect(found[0]).toBe(7);
    expect(found).toContain(COUNT);
  });

  it('saves only the segments a change touched, and drops one left empty', () => {
    const index = big();
    takeChanges(index);
    indexArticle(index, article(COUNT + 1, 'Fresh capture', 'About lighthouses.'));
    const afterCapture = takeChanges(index);
    expect(afterCapture.put.map((s) => s.key)).toEqual([afterCapture.keys[2]]);
    expect(afterCapture.drop).toEqual([]);

    for (let id = 1; id <= SEGMENT_SIZE; id++) removeArticle(index, id);
    const afterDelete = takeChanges(index);
    expect(afterDelete.drop).toEqual([afterCapture.keys[0]]);
    expect(afterDelete.keys).toHaveLength(2);
    expect(ids(searchArticles(index, 'lighthouses'))).not.toContain(7);
  });

  it('moves a re-indexed article to the newest segment and vacuums deleted text before a save', async () => {
    const index = big();
    indexArticle(index, article(10, 'Entry 10', 'Now about puffins.'));
    expect(ids(searchArticles(index, 'puffins'))).toEqual([10]);
    expect(ids(searchArticles(index, 'lighthouses'))).not.toContain(10);
    const before = serialiseSearch(index)[0]?.json.length ?? 0;
    for (let id = 2; id <= 1200; id++) removeArticle(index, id);
    await vacuumChanged(index);
    const stored = serialiseSearch(index);
    // The oldest segment no longer carries the deleted articles' words.
    expect(stored[0]?.json.length).toBeLessThan(before * 0.6);
    const restored = loadSearch(structuredClone(stored));
    const lighthouses = ids(searchArticles(restored, 'lighthouses'));
    expect(lighthouses).toContain(1210);
    expect(lighthouses.filter((id) => id > 1 && id <= 1200)).toEqual([]);
    // Every tenth article above 1200 (7, the title match, was deleted too).
    expect(lighthouses).toHaveLength((COUNT - 1200) / 10);
    expect(ids(searchArticles(restored, 'number 1500'))).toEqual([1500]);
    expect(searchArticles(restored, 'number 900')).toEqual([]);
  });
});
