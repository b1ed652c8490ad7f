import fc from 'fast-check';

// Generators for the fuzz suite, built from the grammar of each input: a page is a head and a body
// of blocks, a block holds inline runs, and the text and addresses in them are drawn from what
// hostile and careless pages really carry. Mutations then cut and splice the markup, so the parser
// also sees what no grammar would produce.

/** One seed for every fuzz property, so a failure in CI replays the same way on a laptop. */
export const FUZZ_SEED = 20261129;

/** Text with the characters that break naive code: controls, bidi marks, emoji, quotes, markup. */
export const hostileText = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.lorem({ maxCount: Math.max(1, Math.floor(maxLength / 8)) }) },
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      maxLength: Math.min(maxLength, 40),
    }),
    fc.constantFrom(
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      '*_`[]()#>!|~\\',
      '---\ntitle: injected\n---',
      '\u202e\u2066\u200f',
      '\uFEFF\u2028\u2029',
      '\uD83D',
      '&lt;&amp;&#0;&#x110000;',
      '{{constructor.constructor("x")()}}',
    ),
  );

/** Addresses as pages write them, the dangerous schemes among them. */
export const hrefs: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  fc.constantFrom(
    'javascript:alert(document.cookie)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' \u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,iVBORw0KGgo=',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
    'mailto:someone@example.com',
    '//evil.example/x',
    '../relative/path?a=1#b',
    '#section-2',
    '',
    'http://[::1]:99999/',
    'https://example.com/a b<c>(d',
  ),
  hostileText(30),
);

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const inline: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileText(120).map(text) },
  fc.tuple(hrefs, hostileText(40)).map(([href, t]) => `<a href="${attr(href)}">${text(t)}</a>`),
  fc.tuple(hrefs, hostileText(20)).map(([src, alt]) => `<img src="${attr(src)}" alt="${attr(alt)}">`),
  hostileText(40).map((t) => `<strong>${text(t)}</strong>`),
  hostileText(40).map((t) => `<em onclick="alert(1)">${text(t)}</em>`),
  hostileText(40).map((t) => `<code>${text(t)}</code>`),
  fc.constantFrom('<br>', '<wbr>', '<sup>1</sup>', '<svg onload="alert(1)"><circle r="2"/></svg>'),
);

const paragraph = fc.array(inline, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));

const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: paragraph.map((p) => `<p>${p}</p>`) },
  fc.tuple(fc.integer({ min: 1, max: 6 }), hostileText(60)).map(([n, t]) => `<h${n}>${text(t)}</h${n}>`),
  fc
    .array(paragraph, { maxLength: 5 })
    .map((items) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`),
  hostileText(300).map((t) => `<pre><code class="language-js">${text(t)}</code></pre>`),
  paragraph.map((p) => `<blockquote>${p}</blockquote>`),
  fc
    .array(fc.array(hostileText(20), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
    .map(
      (rows) =>
        `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${text(c)}</td>`).join('')}</tr>`).join('')}</table>`,
    ),
  fc
    .tuple(hrefs, hostileText(40))
    .map(([src, c]) => `<figure><img src="${attr(src)}"><figcaption>${text(c)}</figcaption></figure>`),
  fc.constantFrom(
    '<script>document.title = "ran"</script>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<form action="javascript:alert(1)"><input value="x"><button>Go</button></form>',
    '<noscript><p>Without scripts.</p></noscript>',
    '<template><p>Inert.</p></template>',
    '<details><summary>More</summary><p>Hidden text.</p></details>',
    '<math><mi>x</mi></math>',
    '<object data="javascript:alert(1)"></object>',
    '<style>p { color: red }</style>',
  ),
);

const meta: fc.Arbitrary<string> = fc.oneof(
  hrefs.map((href) => `<link rel="canonical" href="${attr(href)}">`),
  hrefs.map((href) => `<meta property="og:image" content="${attr(href)}">`),
  hrefs.map((href) => `<meta property="og:url" content="${attr(href)}">`),
  hostileText(60).map((t) => `<meta name="author" content="${attr(t)}">`),
  hostileText(40).map((t) => `<meta property="article:published_time" content="${attr(t)}">`),
  hostileText(80).map((t) => `<meta name="description" content="${attr(t)}">`),
  fc
    .tuple(hostileText(60), hrefs, hostileText(30))
    .map(
      ([headline, image, date]) =>
        `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline, image, datePublished: date }).replace(/</g, '\\u003c')}</script>`,
    ),
  fc.constantFrom('<script type="application/ld+json">{"broken": </script>', '<base href="javascript:/">'),
);

/** A whole page from the grammar: doctype, head with metadata, a body of blocks inside page chrome. */
export const grammarPage: fc.Arbitrary<string> = fc
  .record({
    lang: fc.constantFrom('en', 'ar', 'he', '', 'x'.repeat(60), '"><script>'),
    title: hostileText(200),
    metas: fc.array(meta, { maxLength: 6 }),
    blocks: fc.array(block, { minLength: 0, maxLength: 24 }),
    wrapper: fc.constantFrom('article', 'main', 'div', 'section'),
    chrome: fc.boolean(),
  })
  .map(
    ({ lang, title, metas, blocks, wrapper, chrome }) =>
      `<!doctype html><html lang="${attr(lang)}"><head><meta charset="utf-8"><title>${text(title)}</title>${metas.join('')}</head><body>` +
      (chrome ? '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>' : '') +
      `<${wrapper}>${blocks.join('\n')}</${wrapper}>` +
      (chrome ? '<footer><p>© Example. All rights reserved.</p></footer>' : '') +
      '</body></html>',
  );

/** What a mutation does to markup: cut it short, drop or repeat a slice, splice in junk, nest it deep. */
const mutation = fc.oneof(
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((at) => (html: string) => html.slice(0, Math.floor(html.length * at))),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true }))
    .map(([at, span]) => (html: string) => {
      const start = Math.floor(html.length * at);
      return html.slice(0, start) + html.slice(start + Math.floor(html.length * span));
    }),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 2, max: 20 }))
    .map(([at, times]) => (html: string) => {
      const start = Math.floor(html.length * at);
      return html.slice(0, start) + html.slice(start, start + 200).repeat(times) + html.slice(start);
    }),
  fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom(
        '<',
        '</div>',
        '<!--',
        ']]>',
        '<table><td>',
        '<svg><p>',
        '<select><option>',
        '\u0000',
        '&#',
      ),
    )
    .map(([at, junk]) => (html: string) => {
      const start = Math.floor(html.length * at);
      return html.slice(0, start) + junk + html.slice(start);
    }),
  // Around the depth limit (200 levels), both sides of it.
  fc
    .integer({ min: 1, max: 400 })
    .map(
      (depth) => (html: string) =>
        html
          .replace(/<body>/, `<body>${'<div>'.repeat(depth)}`)
          .replace(/<\/body>/, `${'</div>'.repeat(depth)}</body>`),
    ),
);

/** A grammar page changed by a few mutations. */
export const mutatedPage: fc.Arbitrary<string> = fc
  .tuple(grammarPage, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([html, changes]) => changes.reduce((page, change) => change(page), html));

/** Addresses a page may be captured from: the web, and local files. */
export const pageUrls: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  fc.constant('file:///home/me/saved%20page.html'),
);

/** Markdown from its grammar: headings, emphasis, links, code, lists, tables, front-matter lookalikes. */
export const markdownBody: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: hostileText(200) },
      fc.tuple(hostileText(30), hrefs).map(([t, href]) => `[${t}](${href})`),
      fc.tuple(hostileText(30), hrefs).map(([t, href]) => `![${t}](${href} "title")`),
      hostileText(60).map((t) => `# ${t}`),
      hostileText(60).map((t) => `**${t}** _${t}_ \`${t}\``),
      hostileText(200).map((t) => `\`\`\`\n${t}\n\`\`\``),
      fc.constantFrom(
        '- a\n  - b\n    - c',
        '| a | b |\n|---|---|\n| 1 | 2 |',
        '---',
        '> quote',
        '[^1]: note',
        '<div>html</div>',
      ),
      fc.integer({ min: 1, max: 3000 }).map((n) => '*'.repeat(n) + '_'.repeat(n) + '['.repeat(n)),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join('\n\n'));
