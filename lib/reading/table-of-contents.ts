/** One heading of an article, for the reading view's table of contents. */
export interface ContentsEntry {
  id: string;
  text: string;
  /** 2 for a section, 3 for a subsection. */
  level: number;
}

/** Articles shorter than this read without a table of contents: it would only push the text down. */
export const CONTENTS_MIN_WORDS = 1500;
/** Fewer headings than this make no useful table. */
export const CONTENTS_MIN_HEADINGS = 3;

/**
 * The section headings (h2, h3) of a rendered article body, each given an id to link to when it has
 * none. The article's own h1 is its title, shown above the body, so it is left out.
 */
export function tableOfContents(body: Element): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  body.querySelectorAll('h2, h3').forEach((heading, i) => {
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '') return;
    // Our own prefix: an id the article brought (sanitised HTML keeps ids) could clash with the page's.
    heading.id ||= `section-${i + 1}`;
    entries.push({ id: heading.id, text, level: heading.tagName === 'H2' ? 2 : 3 });
  });
  return entries;
}

/** Whether an article is long enough, with enough headings, to show its table of contents. */
export function wantsTableOfContents(entries: readonly ContentsEntry[], wordCount: number): boolean {
  return entries.length >= CONTENTS_MIN_HEADINGS && wordCount >= CONTENTS_MIN_WORDS;
}
