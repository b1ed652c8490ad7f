import { generateArticles, seededRandom } from './generate-articles';

/**
 * A heavy news page the way large real ones are heavy: about 5 MB of HTML and 50,000 elements, of
 * which the article is a small part (a long read of some 6,000 words with figures and inline links).
 * The rest is what such pages carry around it: inline styles and a framework's JSON state, an SVG
 * icon sprite, a mega-menu, a cookie dialog, ad slots, a related-stories grid, thousands of reader
 * comments rendered inline, and a footer of links. Compare `generateBigPage`, a book-length article
 * with almost no chrome: the worst case for the converter, not a typical page.
 */
export function generateNewsPage(targetBytes = 5_000_000, targetElements = 50_000): string {
  const rand = seededRandom(7);
  const { articles } = generateArticles(40, 11);
  const words = articles.flatMap((a) => a.markdown.split(/\s+/)).filter((w) => /^[a-z]+$/i.test(w));
  let w = 0;
  const word = () => words[w++ % words.length] as string;
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const pick = (n: number) => Math.floor(rand() * n);

  const head = `<meta charset="utf-8"><title>The long read: how the river cities rebuilt their water</title>
<meta property="og:site_name" content="Big Bench Times"><meta name="author" content="Ana Okafor">
<meta property="og:image" content="/img/lead.jpg"><link rel="canonical" href="/news/river-cities">
<style>${Array.from({ length: 3000 }, (_, i) => `.c${i}{margin:${i % 7}px;color:#${(i * 2654435761).toString(16).slice(-6)}}`).join('')}</style>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"The long read","author":{"name":"Ana Okafor"},"datePublished":"2024-05-02T08:00:00Z"}</script>`;
  const sprite = `<svg style="display:none">${Array.from(
    { length: 250 },
    (_, i) => `<symbol id="i${i}" viewBox="0 0 24 24"><path d="M${i} 2L22 ${i % 20}Z"></path></symbol>`,
  ).join('')}</svg>`;
  const menu = Array.from(
    { length: 40 },
    (_, s) =>
      `<li class="menu-section"><a href="/s/${s}">${word()}</a><ul>${Array.from(
        { length: 45 },
        (_, i) => `<li><a href="/s/${s}/${i}">${word()} ${word()}</a></li>`,
      ).join('')}</ul></li>`,
  ).join('');
  const header = `<header class="site-header"><a href="/" class="logo"><svg><use href="#i1"></use></svg>Big Bench Times</a>
<nav class="mega-menu"><ul>${menu}</ul></nav><form role="search"><input name="q"><button>Search</button></form></header>
<div class="cookie-banner" role="dialog"><p>We use cookies to ${sentence(20)}.</p><button>Accept</button><button>Settings</button></div>`;

  const body: string[] = [];
  for (let i = 0; i < 150; i++) {
    if (i % 12 === 11) body.push(`<h2>${sentence(4)}</h2>`);
    if (i % 20 === 7)
      body.push(
        `<figure><picture><source srcset="/img/${i}-800.webp 800w, /img/${i}-1600.webp 1600w"><img src="/img/${i}.jpg" alt="${sentence(5)}"></picture><figcaption>${sentence(12)} Photo: Lee Park</figcaption></figure>`,
      );
    if (i % 30 === 15)
      body.push(`<div class="ad-slot ad"><iframe src="/ads/${i}"></iframe><span>Advertisement</span></div>`);
    body.push(
      `<p>${sentence(15)} <a href="/news/${pick(9999)}">${sentence(3)}</a> ${sentence(12)} <em>${word()}</em> ${sentence(10)}.</p>`,
    );
  }
  const article = `<article class="story"><header><h1>The long read: how the river cities rebuilt their water</h1>
<p class="byline">By <a href="/authors/ana-okafor">Ana Okafor</a></p><time datetime="2024-05-02T08:00:00Z">2 May 2024</time></header>
<div class="story-body">${body.join('\n')}</div>
<div class="share-tools"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a><a href="https://twitter.com/intent/tweet?url=x">Post</a></div></article>`;

  const related = `<section class="related-stories"><h2>More from Big Bench Times</h2>${Array.from(
    { length: 150 },
    (_, i) =>
      `<div class="card"><a href="/news/r${i}"><picture><source srcset="/img/r${i}.webp"><img src="/img/r${i}.jpg" alt=""></picture><h3>${sentence(7)}</h3></a><p class="teaser">${sentence(14)}</p><span class="tag">${word()}</span></div>`,
  ).join('')}</section>`;
  const footer = `<footer class="site-footer"><ul>${Array.from(
    { length: 400 },
    (_, i) => `<li><a href="/f/${i}">${word()} ${word()}</a></li>`,
  ).join('')}</ul><p>© 2024 Big Bench Times</p></footer>`;

  const fixed = [head, sprite, header, article, related, footer];
  const comments: string[] = [];
  let bytes = fixed.reduce((sum, part) => sum + part.length, 0);
  let elements = fixed.reduce((sum, part) => sum + countTags(part), 4);
  // Comments fill the page to its size: each is a dozen elements with a line or three of text.
  while (elements < targetElements && bytes < targetBytes) {
    const i = comments.length;
    const paragraphs = Array.from({ length: 1 + (i % 3) }, () => `<p>${sentence(10 + pick(25))}</p>`).join(
      '',
    );
    const comment = `<div class="comment" id="c${i}"><div class="comment-meta"><img class="avatar" src="/u/${i % 500}.png" alt=""><a href="/users/${i % 500}">${word()}${i % 97}</a> <time datetime="2024-05-02">${1 + (i % 59)} minutes ago</time></div><div class="comment-body">${paragraphs}</div><div class="comment-actions"><button>Reply</button><button>Like <span>${i % 40}</span></button><a href="#c${i}">Link</a></div></div>`;
    comments.push(comment);
    bytes += comment.length;
    elements += countTags(comment);
  }
  // A framework's serialized page state, as single-page-app news sites ship in a script tag.
  const state = JSON.stringify({ comments: comments.map((html, id) => ({ id, html })) });
  return `<!doctype html><html lang="en"><head>${head}</head><body>${sprite}${header}
<main><div class="layout">${article}
<section id="comments" class="comments"><h2>${comments.length.toLocaleString('en')} comments</h2>${comments.join('\n')}</section>
${related}</div></main>${footer}<script id="__STATE__" type="application/json">${state.slice(0, Math.max(0, targetBytes - bytes))}</script></body></html>`;
}

function countTags(html: string): number {
  return html.match(/<[a-z]/g)?.length ?? 0;
}
