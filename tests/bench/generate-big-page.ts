import { generateArticles } from './generate-articles';

/**
 * A heavy news page for the capture benchmark: about 5 MB of HTML and 50,000 elements, an article
 * of a few thousand paragraphs with inline markup inside the usual navigation, sidebars and footer.
 */
export function generateBigPage(targetBytes = 5_000_000, targetElements = 50_000): string {
  const { articles } = generateArticles(40, 5);
  const words = articles.flatMap((a) => a.markdown.split(/\s+/)).filter((w) => /^[a-z]+$/i.test(w));
  const nav = Array.from({ length: 200 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join(
    '',
  );
  const sidebar = Array.from(
    { length: 300 },
    (_, i) => `<div class="promo"><a href="/promo/${i}"><span>Related story ${i}</span></a></div>`,
  ).join('');
  const parts: string[] = [];
  let bytes = 0;
  let elements = 0;
  let w = 0;
  const word = () => words[w++ % words.length];
  // Inline markup is dense enough to reach the element count before the byte count runs out.
  // The navigation, sidebar and footer add about 1,800 elements and 40 KB.
  while (bytes < targetBytes - 60_000 || elements < targetElements - 1_800) {
    const i = parts.length;
    const text = Array.from({ length: 40 }, word).join(' ');
    const p =
      i % 25 === 0
        ? `<h2>${word()} ${word()} ${word()}</h2>`
        : `<p>${text.slice(0, 120)} <a href="/n/${i}">${word()}</a> <em>${word()}</em> <strong>${word()}</strong> <span class="x">${word()}</span> <code>${word()}</code> ${text.slice(120)}</p>`;
    parts.push(p);
    bytes += p.length;
    elements += i % 25 === 0 ? 1 : 6;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long report on everything</title>
<meta property="og:site_name" content="Big Bench Times"><meta name="author" content="Ana Okafor"></head>
<body><header><nav><ul>${nav}</ul></nav></header>
<main><article><h1>A very long report on everything</h1><p class="byline">By Ana Okafor</p>${parts.join('\n')}</article>
<aside>${sidebar}</aside></main><footer>${nav}</footer></body></html>`;
}
