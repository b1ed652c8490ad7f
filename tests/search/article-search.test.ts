import { describe, expect, it } from 'vitest';
import {
  completions,
  createArticleSearch,
  indexArticle,
  loadSearch,
  packHits,
  removeArticle,
  searchArticles,
  SEGMENT_SIZE,
  serialiseSearch,
  takeChanges,
  unpackHits,
} from '../../lib/search/article-search';

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

describe('completions', () => {
  it('offers the exact word first, then the most common completions, capped', () => {
    const vocabulary = new Map([
      ['tide', 2],
      ['tides', 9],
      ['tidal', 4],
      ['tidy', 4],
      ['time', 50],
    ]);
    expect(completions(vocabulary, 'tid', 3)).toEqual(['tides', 'tidal', 'tidy']);
    expect(completions(vocabulary, 'tide')).toEqual(['tide', 'tides']);
    expect(completions(vocabulary, 'zz')).toEqual([]);
  });

  it('searches only the most common completions of a short unfinished word', () => {
    const index = createArticleSearch();
    // 13 different words starting with "qu", one article each, plus one used in three articles.
    const words = [
      'quack',
      'quail',
      'quaint',
      'quake',
      'qualm',
      'quark',
      'quart',
      'quartz',
      'quasi',
      'queen',
      'query',
      'quest',
      'queue',
    ];
    words.forEach((w, i) => indexArticle(index, article(i + 1, `Note ${i}`, `About ${w}.`)));
    [20, 21, 22].forEach((id) => indexArticle(index, article(id, `Quilt ${id}`, 'Patchwork quilt.')));
    const found = ids(searchArticles(index, 'qu'));
    expect(found.slice(0, 3).sort()).toEqual([20, 21, 22]);
    expect(found).toHaveLength(12 - 1 + 3);
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

  it('moves a re-indexed article to the newest segment and compacts a segment of tombstones', async () => {
    const index = big();
    indexArticle(index, article(10, 'Entry 10', 'Now about puffins.'));
    expect(ids(searchArticles(index, 'puffins'))).toEqual([10]);
    expect(ids(searchArticles(index, 'lighthouses'))).not.toContain(10);
    for (let id = 2; id <= 1200; id++) removeArticle(index, id);
    const restored = loadSearch(structuredClone(serialiseSearch(index)));
    const [oldest] = serialiseSearch(restored);
    // Rewritten without its tombstones.
    expect(oldest?.segment.ids.length).toBeLessThan(SEGMENT_SIZE);
    expect(ids(searchArticles(restored, 'lighthouses'))[0]).toBe(1210);
    expect(ids(searchArticles(restored, 'number 1500'))).toEqual([1500]);
  });
});
