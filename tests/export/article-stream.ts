import type { StoredArticle } from '../../lib/article';
import { UNREAD } from '../../lib/reading-state/reading-state';
import { seededRandom } from '../bench/generate-articles';

/**
 * Realistic stored articles made one at a time, as the library page reads them from IndexedDB,
 * so a benchmark measures the export's memory rather than the test corpus's. Deterministic per seed.
 */

const WORDS =
  `the of and to a in is that for it as was with be by on not this are or from at which but have an
they you were her she there been one all we their has would when if so no will what can more about said up out
new some time could into them other than then only its also after two first over like people years just most
may way year these any world city government report study data team market company climate energy water health
school election policy research science music film book game power economy court police border history language
river island summer winter software security privacy network design engineering open source browser article
reader library archive writing editors readers community museum festival kitchen recipe garden travel railway
football season because however through between during without against within although whether several another
important different following possible available particular national international political economic social
public private local regional global digital physical human natural central federal financial environmental
council minister president officials researchers scientists developers users customers workers students teachers`
    .split(/\s+/)
    .filter(Boolean);

const TITLE_SHAPES: Array<(w: () => string, n: number) => string> = [
  (w) => `How ${cap(w())} ${w()} changed the ${w()} of ${w()}`,
  (w) => `${cap(w())} ${w()}: what we know so far`,
  (w, n) => `${n % 50} ${w()} ${w()} you should know about`,
  (w) => `Why the ${w()} ${w()} matters for ${w()} ${w()}`,
  (w) => `The ${w()} of ${w()} — a ${w()} ${w()} review`,
  (w) => `“${cap(w())} ${w()}”: ${w()} ${w()} in ${2015 + (w().length % 10)}`,
  (w) => `${cap(w())} ${w()} & ${w()} (part ${1 + (w().length % 4)})`,
  () => 'Untitled',
  () => 'Weekly newsletter',
  (w) => `Привет, ${w()}: новости недели`,
  (w) => `${w()} と ${w()} の 話`,
  (w) => `مقال عن ${w()} و ${w()}`,
];

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Yields `count` articles: 500 sites, bodies of 2–40 KB (about 8 KB on average) of Markdown. */
export function* articleStream(count: number, seed = 7): Generator<StoredArticle> {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  // Squaring a uniform number favours the common words, roughly as prose does.
  const word = () => WORDS[Math.floor(rand() ** 2 * WORDS.length)] as string;
  const sentence = (n: number) => cap(Array.from({ length: n }, word).join(' ')) + '.';
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < count; i++) {
    const site = i % 500;
    const host = `${pick(WORDS)}-${site}.example.${['com', 'org', 'net', 'co.uk'][site % 4]}`;
    const target = Math.min(
      40_000,
      Math.max(2_000, Math.round(Math.exp(8.75 + (rand() + rand() + rand() - 1.5) * 0.9))),
    );
    const blocks: string[] = [];
    let size = 0;
    while (size < target) {
      const kind = blocks.length % 9;
      const block =
        kind === 4
          ? `## ${sentence(4).slice(0, -1)}`
          : kind === 7
            ? `- ${sentence(7)}\n- ${sentence(9)}\n- [${word()} ${word()}](https://${host}/${word()}-${i})`
            : Array.from({ length: 3 + Math.floor(rand() * 4) }, () =>
                sentence(8 + Math.floor(rand() * 14)),
              ).join(' ');
      blocks.push(block);
      size += block.length + 2;
    }
    const markdown = blocks.join('\n\n');
    const title = pick(TITLE_SHAPES)(word, i);
    const capturedAt = new Date(start + i * 3_600_000 + Math.floor(rand() * 3_600_000)).toISOString();
    const url = `https://${host}/${i}/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    yield {
      id: i + 1,
      title,
      authors: rand() < 0.8 ? [`${cap(word())} ${cap(word())}`] : [],
      siteName: rand() < 0.9 ? `${cap(host.split('-')[0] ?? 'site')} ${site}` : null,
      publishedTime: rand() < 0.7 ? new Date(Date.parse(capturedAt) - 86_400_000).toISOString() : null,
      lang: 'en',
      dir: 'ltr',
      excerpt: rand() < 0.6 ? sentence(16) : null,
      sourceUrl: `${url}?utm_source=feed`,
      canonicalUrl: url,
      leadImage: rand() < 0.5 ? `https://${host}/img/${i}.jpg` : null,
      wordCount: Math.round(markdown.length / 6),
      readingMinutes: Math.max(1, Math.round(markdown.length / 6 / 230)),
      capturedAt,
      ...UNREAD,
      tags: rand() < 0.3 ? [pick(['reading', 'work', 'research', 'later'])] : [],
      markdown,
    };
  }
}
