import type { V1Article } from './frozen-schemas';

/** A body of about `kilobytes` KB: headings, lists, code, quotes and links, different on every line. */
function longBody(kilobytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 1; size < kilobytes * 1024; i++) {
    const part =
      i % 7 === 0
        ? `## Part ${i}\n\n> A quoted line ${i} with *emphasis* and a [link](https://example.org/p/${i}).`
        : i % 5 === 0
          ? '```ts\nconst answer = ' + i + ';\n```'
          : `Paragraph ${i}: tide and silt, ${'word '.repeat(i % 40)}end of ${i}.\n\n- item ${i}\n- item ${i + 1}`;
    parts.push(part);
    size += part.length + 2;
  }
  return parts.join('\n\n');
}

const base: Omit<V1Article, 'id' | 'title' | 'sourceUrl' | 'canonicalUrl' | 'capturedAt' | 'markdown'> = {
  authors: ['Mara Lindqvist'],
  siteName: 'The Coastal Ledger',
  publishedTime: '2026-03-14T08:30:00.000Z',
  lang: 'en',
  dir: 'ltr',
  excerpt: 'A standfirst.',
  leadImage: null,
  wordCount: 420,
  readingMinutes: 2,
  tags: [],
};

/**
 * Articles as the first release could have stored them, chosen to be awkward: right-to-left
 * scripts, emoji sequences, a 1.5 MB body, many and non-Latin tags, every nullable field null,
 * markup and YAML-looking text, two articles with one title and two saved in the same millisecond.
 */
export const V1_ARTICLES: V1Article[] = [
  {
    ...base,
    id: 3,
    title: 'ماذا يعني أن تكتب من اليمين إلى اليسار؟',
    authors: ['ليلى حداد', 'Omar Haddad'],
    siteName: 'الجريدة',
    lang: 'ar',
    dir: 'rtl',
    excerpt: 'عن الاتجاه في النص، و HTML و CSS.',
    sourceUrl: 'https://jarida.example/ar/2026/كتابة?utm=x',
    canonicalUrl: 'https://jarida.example/ar/2026/%D9%83%D8%AA%D8%A7%D8%A8%D8%A9',
    capturedAt: '2026-04-01T09:00:00.000Z',
    tags: ['لغة', 'typography'],
    markdown:
      'الفقرة الأولى فيها English words و 123 رقمًا.\n\n## عنوان\n\n- بند أول\n- بند ثانٍ\n\n> اقتباس ‏(RLM)‏ هنا.',
  },
  {
    ...base,
    id: 5,
    title: '🚀 Launch day 🎉: what we learned 👩🏽‍🚀🇳🇴',
    authors: ['Zoë Ångström'],
    sourceUrl: 'https://blog.example/launch-%F0%9F%9A%80',
    canonicalUrl: 'https://blog.example/launch-%F0%9F%9A%80',
    capturedAt: '2026-04-02T10:30:00.000Z',
    tags: ['space 🚀', 'Teams & People'],
    markdown:
      'We shipped 🚢. Family: 👨‍👩‍👧‍👦, flag: 🏳️‍🌈, keycap: 1️⃣.\n\nZero-width joiner\u200d inside and a soft\u00adhyphen.',
  },
  {
    ...base,
    id: 8,
    title: 'A very long read about estuaries',
    sourceUrl: 'https://long.example/estuaries',
    canonicalUrl: 'https://long.example/estuaries',
    capturedAt: '2026-04-03T11:00:00.000Z',
    wordCount: 250_000,
    readingMinutes: 1_100,
    tags: Array.from({ length: 40 }, (_, i) => `tag-${String(i).padStart(2, '0')}`),
    markdown: longBody(1536),
  },
  {
    ...base,
    id: 9,
    title: 'שלום עולם: a page that names nothing',
    authors: [],
    siteName: null,
    publishedTime: null,
    lang: null,
    dir: null,
    excerpt: null,
    sourceUrl: 'https://bare.example/',
    canonicalUrl: 'https://bare.example/',
    capturedAt: '2026-04-04T12:00:00.000Z',
    wordCount: 0,
    readingMinutes: 0,
    markdown: '',
  },
  {
    ...base,
    id: 12,
    title: 'Title: "quoted" --- with </script><img src=x onerror=alert(1)> & YAML: [a, b]',
    authors: ['O\'Brien, "Pat"', '- dash'],
    excerpt: '---\nnot: front matter\n---',
    sourceUrl: 'https://hostile.example/a?b=1&c=<2>#frag',
    canonicalUrl: 'https://hostile.example/a?b=1&c=%3C2%3E',
    leadImage: 'https://hostile.example/i.png?x="1"',
    capturedAt: '2026-04-05T13:00:00.000Z',
    tags: ['#hash', 'a/b', '  spaced  '],
    markdown:
      '---\ntitle: fake\n---\n\n<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nTabs\there and CRLF\r\nline.',
  },
  {
    ...base,
    id: 13,
    title: '同名の記事',
    lang: 'ja',
    sourceUrl: 'https://jp.example/1',
    canonicalUrl: 'https://jp.example/1',
    capturedAt: '2026-04-06T14:00:00.000Z',
    tags: ['日本語'],
    markdown: '最初の記事。',
  },
  {
    ...base,
    id: 14,
    title: '同名の記事',
    lang: 'ja',
    sourceUrl: 'https://jp.example/2',
    canonicalUrl: 'https://jp.example/2',
    capturedAt: '2026-04-06T14:00:00.000Z',
    tags: ['日本語'],
    markdown: '二番目の記事、同じ時刻に保存。',
  },
  {
    ...base,
    id: 20,
    title: 'Ünïcödé façade: NFC é vs NFD é',
    sourceUrl: 'https://accents.example/' + 'segment/'.repeat(200),
    canonicalUrl: 'https://accents.example/' + 'segment/'.repeat(200),
    capturedAt: '2026-04-07T15:00:00.000Z',
    publishedTime: '1999-12-31T23:59:59.000Z',
    tags: ['café', 'cafe\u0301'],
    markdown: 'NFC: caf\u00e9. NFD: cafe\u0301. Math: 𝔸𝕓𝕔. Line\u2028separator and paragraph\u2029separator.',
  },
];
