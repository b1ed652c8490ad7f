import type { StoredArticle } from '../../lib/article';
import { seededRandom } from './generate-articles';

export interface BenchQuery {
  kind: 'word' | 'phrase' | 'prefix' | 'title' | 'rare';
  text: string;
  /** An article the query was taken from, so a correct engine must return it. */
  expectId: number;
}

/** A varied, repeatable query set drawn from the corpus: single words, phrases, prefixes, titles. */
export function buildQueries(
  articles: readonly StoredArticle[],
  vocabulary: readonly string[],
  count: number,
): BenchQuery[] {
  const rand = seededRandom(7);
  const kinds: BenchQuery['kind'][] = ['word', 'phrase', 'prefix', 'title', 'rare'];
  const rank = new Map(vocabulary.map((w, i) => [w, i]));
  const out: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const a = articles[Math.floor(rand() * articles.length)] as StoredArticle;
    const words = a.markdown.toLowerCase().match(/[a-z]{3,}/g) ?? [];
    const at = Math.floor(rand() * Math.max(1, words.length - 3));
    const kind = kinds[i % kinds.length] as BenchQuery['kind'];
    let text: string;
    if (kind === 'word') text = words[at] ?? 'the';
    else if (kind === 'phrase') text = `"${words.slice(at, at + 2 + (i % 2)).join(' ')}"`;
    else if (kind === 'prefix')
      text = (words.find((w, j) => j >= at && w.length >= 7) ?? 'government').slice(0, 4);
    else if (kind === 'title') text = a.title.split(' ').slice(0, 3).join(' ');
    else {
      // The rarest word in the article: typical of a search for something remembered.
      const rarest = [...new Set(words)].sort((x, y) => (rank.get(y) ?? 0) - (rank.get(x) ?? 0))[0];
      text = rarest ?? 'the';
    }
    out.push({ kind, text, expectId: a.id });
  }
  return out;
}
