/**
 * The post body as publishing platforms mark it by convention: schema.org's `articleBody`,
 * WordPress's `entry-content`, Blogger's `post-body` and the like. A platform convention, not a
 * site's: the same class names mark the body on any blog or news site built that way.
 */
const MARKED_BODY =
  '[itemprop="articleBody"], .entry-content, .post-body, .post-content, .article-body, .article-content, .story-body';

// Too little to go by: a marked body this short and without an image may be a stub (a comment form).
const MIN_TEXT = 150;
// The body is read as runs of this many words, and a pick holds it when it holds this share of them.
const RUN = 5;
const HELD_SHARE = 0.3;

/**
 * The one marked post body of `doc`, as a copy taken now (Readability moves the nodes of what it
 * picks); null when there is none, or several (a listing, where each teaser is marked alike), or when
 * it holds too little to be the article.
 */
export function findMarkedBody(doc: Document): Element | null {
  const marked = Array.from(doc.querySelectorAll(MARKED_BODY));
  const outermost = marked.filter(
    (element) => !marked.some((other) => other !== element && other.contains(element)),
  );
  const [body] = outermost;
  if (outermost.length !== 1 || !body) return null;
  const hasImage = body.querySelector('img') !== null;
  if (!hasImage && (body.textContent ?? '').trim().length < MIN_TEXT) return null;
  return body.cloneNode(true) as Element;
}

const wordsOf = (element: Element): string[] =>
  (element.textContent ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether `pick` holds the marked `body`: most of the body's runs of words are in the pick's text.
 * A pick that holds none of it is another block (a comment thread, a sidebar's profile, a footer
 * notice), chosen because the post is short or mostly pictures.
 */
export function holdsMarkedBody(pick: Element, body: Element): boolean {
  const words = wordsOf(body);
  if (words.length < RUN) return true;
  const text = ` ${wordsOf(pick).join(' ')} `;
  let runs = 0;
  let held = 0;
  for (let i = 0; i + RUN <= words.length; i += RUN) {
    runs++;
    if (text.includes(` ${words.slice(i, i + RUN).join(' ')} `)) held++;
  }
  return held / runs >= HELD_SHARE;
}
