import { CAPTURE_LIMITS } from '../../lib/articles/article-limits';
import { cutText } from '../../lib/articles/fit-article';
import { storyPage } from './generated-pages';

/** A page title and byline that try to break out of the text they are: HTML, Markdown, YAML, scripts. */
export interface TitleCase {
  input: string;
  /** As written into the page's `<title>` (already HTML-escaped where it must be). */
  titleHtml: string;
  /** The title as the reader sees it, which is what the page's extraction gives. */
  title: string;
  /** What the background stores and exports, when capture's limit cuts it; else `title`. */
  storedTitle?: string;
  /** A `<meta name="author">` value, HTML-escaped; optional. */
  bylineHtml?: string;
  lang?: string;
}

const longTitle = `A very long title ${'that keeps going and going '.repeat(110)}and ends here`.trim();

/** The hostile titles, one page each. */
export const TITLE_CASES: TitleCase[] = [
  {
    input: 'a title of HTML tags',
    titleHtml: '<b>Bold</b> &amp; <i>italic</i> &lt;img src=x onerror=alert(1)&gt; "quoted"',
    title: '<b>Bold</b> & <i>italic</i> <img src=x onerror=alert(1)> "quoted"',
    bylineHtml: '&lt;a href=&quot;javascript:alert(1)&quot;&gt;Iris Calder&lt;/a&gt;',
  },
  {
    input: 'a title of Markdown',
    titleHtml: '# Not a heading *nor* _emphasis_ [a link](http://x.example) `code` | pipe \\ backslash',
    title: '# Not a heading *nor* _emphasis_ [a link](http://x.example) `code` | pipe \\ backslash',
  },
  {
    input: 'a title and byline of YAML (---, ": ", newlines)',
    titleHtml:
      '---&#10;title: injected&#10;tags: [evil]&#10;--- &amp;anchor *alias !!str {flow: map} key: value # not a comment',
    title: '--- title: injected tags: [evil] --- &anchor *alias !!str {flow: map} key: value # not a comment',
    bylineHtml: 'Jane Doe&#10;---&#10;authors: [Mallory]',
  },
  {
    input: 'a right-to-left title',
    titleHtml: 'مطحنة المد والجزر في الميناء تعود إلى العمل',
    title: 'مطحنة المد والجزر في الميناء تعود إلى العمل',
    lang: 'ar',
  },
  {
    input: 'a title of emoji (with joiners)',
    titleHtml: 'Family 👨‍👩‍👧 cycling trip 🚲🌊 — 10/10 ⭐️',
    title: 'Family 👨‍👩‍👧 cycling trip 🚲🌊 — 10/10 ⭐️',
  },
  {
    input: 'a title with zero-width characters',
    titleHtml: 'Zero\u200bwidth\u200cnon\u200djoiners\u2060here',
    title: 'Zero\u200bwidth\u200cnon\u200djoiners\u2060here',
  },
  {
    input: 'an overlong title (3,000 characters)',
    titleHtml: longTitle,
    title: longTitle,
    // Cut with an ellipsis, so that an export of it can always be imported again (issue 10).
    storedTitle: cutText(longTitle, CAPTURE_LIMITS.titleLength),
  },
];

/** The page for one case: an ordinary article whose head carries the hostile title and byline. */
export function titledPage(index: number): string {
  const c = TITLE_CASES[index];
  if (!c) throw new Error(`No title case ${index}`);
  const head = c.bylineHtml ? `<meta name="author" content="${c.bylineHtml}">` : '';
  const page = storyPage(`titled ${index}`, 12, head).replace(
    /<title>.*?<\/title>/,
    `<title>${c.titleHtml}</title>`,
  );
  // The visible headline repeats the title as text, as real pages do.
  return page
    .replace(/<h1>.*?<\/h1>/, `<h1>${c.titleHtml.replace(/&#10;/g, ' ')}</h1>`)
    .replace('<html lang="en">', `<html lang="${c.lang ?? 'en'}">`);
}
