import type { StoredArticle } from '../../lib/article';
import { UNREAD } from '../../lib/reading-state/reading-state';

/**
 * Deterministic, realistic-looking articles for benchmarks: 500 sites, headline-like titles,
 * Markdown bodies of 2–40 KB (about 8 KB on average) whose words follow a Zipf-like spread over
 * a 40,000-word vocabulary, so posting lists and term counts resemble real prose.
 */

const COMMON = `the of and to a in is that for it as was with be by on not he i this are or his from at which
but have an they you were her she there been one all we their has would when if so no will what can more
about said up out new some time could into them other than then only its also after two first over like
people years just most may way year these any new world city government report study data team market
company climate energy water health school election policy research science music film book game power
economy court war police border history language city river island summer winter software security privacy
network design engineering open source browser article reader library archive local first writing
editors readers community museum festival kitchen recipe garden travel railway football season`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = `ka lo mi ren sto val der qua bri zen tor fal mon pre shi ver lan cor dus ept ine ora tal
gre hum nix pol rav sen tur ulm vok wix yar zel ban cre dom fen gil hap jor kel lum mar`
  .split(/\s+/)
  .filter(Boolean);

/** A small seeded PRNG (mulberry32) so every run generates the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildVocabulary(size: number, rand: () => number): string[] {
  const words = new Set(COMMON);
  while (words.size < size) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

const FIRST = [
  'Ana',
  'Ben',
  'Chioma',
  'Dmitri',
  'Elif',
  'Farah',
  'Goran',
  'Hana',
  'Ines',
  'Jonas',
  'Keiko',
  'Luis',
];
const LAST = [
  'Okafor',
  'Nakamura',
  'Schmidt',
  'Moreau',
  'Rossi',
  'Kowalski',
  'Haddad',
  'Silva',
  'Berg',
  'Novak',
];
const TLDS = ['com', 'org', 'net', 'io', 'news', 'co.uk', 'de', 'fr'];

export interface GeneratedCorpus {
  articles: StoredArticle[];
  /** Every word the bodies may contain, most frequent first. */
  vocabulary: string[];
}

/**
 * `count` generated articles with bodies cut to their first 240 characters: for tests about how
 * many articles there are, where long bodies would only make seeding and indexing slow.
 */
export function generateShortArticles(count: number, seed?: number): StoredArticle[] {
  return generateArticles(count, seed).articles.map((article) => ({
    ...article,
    markdown: article.markdown.slice(0, 240).trimEnd(),
  }));
}

/** Generates `count` stored articles; the same seed always gives the same corpus. */
export function generateArticles(count: number, seed = 42): GeneratedCorpus {
  const rand = seededRandom(seed);
  const vocabulary = buildVocabulary(40_000, rand);
  // Zipf-like: squaring a uniform number favours low ranks, i.e. common words.
  const word = () => vocabulary[Math.floor(rand() ** 2.2 * vocabulary.length)] as string;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const sites = Array.from({ length: 500 }, (_, i) => {
    const name = `${word()}${word()}`.slice(0, 14);
    return {
      name: `${name[0]?.toUpperCase()}${name.slice(1)} ${i % 7 === 0 ? 'Times' : 'Review'}`,
      host: `${name}${i}.${pick(TLDS)}`,
    };
  });
  const sentence = (words: number) => {
    const parts = Array.from({ length: words }, word);
    const s = parts.join(' ');
    return `${s[0]?.toUpperCase()}${s.slice(1)}.`;
  };
  const articles: StoredArticle[] = [];
  const start = Date.UTC(2019, 0, 1);
  for (let i = 0; i < count; i++) {
    const site = pick(sites);
    // Lognormal-ish body size: mostly 4–10 KB, a long tail up to 40 KB, never under 2 KB.
    const target = Math.min(
      40_000,
      Math.max(2_000, Math.round(Math.exp(8.88 + (rand() + rand() + rand() - 1.5) * 0.9))),
    );
    const parts: string[] = [];
    let size = 0;
    let paragraphs = 0;
    while (size < target) {
      const block =
        paragraphs % 6 === 5
          ? `## ${sentence(3 + Math.floor(rand() * 5)).slice(0, -1)}`
          : paragraphs % 11 === 7
            ? `- ${sentence(6)}\n- ${sentence(8)}\n- [${word()} ${word()}](https://${site.host}/${word()})`
            : Array.from({ length: 3 + Math.floor(rand() * 4) }, () =>
                sentence(8 + Math.floor(rand() * 14)),
              ).join(' ');
      parts.push(block);
      size += block.length + 2;
      paragraphs++;
    }
    const markdown = parts.join('\n\n');
    const title = sentence(4 + Math.floor(rand() * 8)).slice(0, -1);
    const slug = title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60);
    const captured = new Date(
      start + Math.floor((i / Math.max(1, count)) * 2500 * 86_400_000) + Math.floor(rand() * 86_400_000),
    );
    const wordCount = Math.round(markdown.length / 6);
    articles.push({
      id: i + 1,
      title,
      authors: rand() < 0.85 ? [`${pick(FIRST)} ${pick(LAST)}`] : [],
      siteName: site.name,
      publishedTime: new Date(captured.getTime() - Math.floor(rand() * 30 * 86_400_000)).toISOString(),
      lang: 'en',
      dir: 'ltr',
      excerpt: sentence(18),
      sourceUrl: `https://${site.host}/${slug}-${i}`,
      canonicalUrl: `https://${site.host}/${slug}-${i}`,
      leadImage: null,
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / 230)),
      capturedAt: captured.toISOString(),
      ...UNREAD,
      tags: rand() < 0.3 ? [pick(['reading', 'work', 'research', 'later', 'recipes', 'climate'])] : [],
      markdown,
    });
  }
  return { articles, vocabulary };
}
