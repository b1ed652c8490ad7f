import type { Route } from '../harness/serve-fixtures';

/** A script that records the gaps between the page's own 50 ms timer ticks in `window.__gaps`. */
export const HEARTBEAT = `<script>
window.__gaps = []; let last = performance.now();
setInterval(() => { const now = performance.now(); window.__gaps.push(now - last); last = now; }, 50);
</script>`;

const SENTENCE = 'The committee heard evidence about the harbour, the mill and the tides of the estuary. ';

/** One distinctive paragraph of story `story`, so bodies of different stories never match. */
export function storyParagraph(story: string, index: number): string {
  return `Story ${story}, paragraph ${index}: ${SENTENCE.repeat(3).trim()}`;
}

/** A plain article page whose body is `paragraphs` paragraphs of {@link storyParagraph}. */
export function storyPage(story: string, paragraphs = 12, head = ''): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${storyParagraph(story, i)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story ${story}</title>${head}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Story ${story}</h1><p class="byline">By Ana Okafor</p>
${body}</article><footer>© The Coastal Ledger</footer></body></html>`;
}

/** About `megabytes` MB of HTML in paragraphs of ordinary text, far fewer elements than the limit. */
export function hugeTextPage(megabytes: number): string {
  const paragraph = `<p>${SENTENCE.repeat(11)}</p>\n`;
  const count = Math.ceil((megabytes * 1e6) / paragraph.length);
  return `<!doctype html><html lang="en"><head><title>A very long page</title>${HEARTBEAT}</head>
<body><article><h1>A very long page</h1>${paragraph.repeat(count)}</article></body></html>`;
}

/** A page of `elements` elements (small inline ones, about 50 bytes each) around one paragraph. */
export function manyElementsPage(elements: number): string {
  const block = '<div><span>a</span><b>b</b><i>c</i><em>d</em></div>';
  return `<!doctype html><html lang="en"><head><title>A page of many elements</title>${HEARTBEAT}</head>
<body><article><h1>A page of many elements</h1><p>${SENTENCE.repeat(20)}</p>
${block.repeat(Math.ceil(elements / 5))}</article></body></html>`;
}

/** A route answering with fixed HTML. */
export function htmlRoute(html: string | ((origin: string) => string)): Route {
  return (_request, response, origin) => {
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(typeof html === 'string' ? html : html(origin));
  };
}

/**
 * A page that never finishes arriving: the head and a first part of the article are sent, then the
 * connection is held open (until the server closes).
 */
export const stillLoadingRoute: Route = (_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  const start = storyPage('still loading', 30);
  response.write(start.slice(0, Math.floor(start.length / 2)));
};
