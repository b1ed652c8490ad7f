import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { CaptureStep } from '../../lib/capture/capture-article.ts';
import { capturePage } from '../../lib/capture/capture-page.ts';
import { BOOK_LENGTH_TEXT, findMainBlock } from '../../lib/capture/find-main-block.ts';
import { inEnglish } from '../harness/locale-messages.ts';

const SENTENCE =
  'The river kept its course through the long winter, and the ferrymen counted the days until the thaw. ';
const PARAGRAPH = SENTENCE.repeat(4);
// Enough paragraphs to pass the book-length threshold, with a little to spare.
const BOOK_PARAGRAPHS = Math.ceil((BOOK_LENGTH_TEXT * 1.1) / PARAGRAPH.length);

function chapter(index: number): string {
  return `<h2>Chapter ${index + 1}</h2><p>Chapter ${index + 1} opens. ${PARAGRAPH}</p>`;
}

/** A book-length article among the usual page furniture, with clutter inside the article too. */
function bookPage(articleAttributes = '', paragraphs = BOOK_PARAGRAPHS): string {
  const body = Array.from({ length: paragraphs }, (_, i) =>
    i % 40 === 0 ? chapter(i / 40) : `<p>${PARAGRAPH}</p>`,
  );
  // Clutter our clean-up removes inside an article: an ad label and a newsletter pitch.
  body.splice(3, 0, '<div class="ad-label">Advertisement</div>');
  body.splice(10, 0, '<p>Sign up for our newsletter to get the best stories every morning.</p>');
  const menu = Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><title>The Long Winter</title></head><body>
<header><nav><ul>${menu}</ul></nav></header>
<main><article ${articleAttributes}><h1>The Long Winter</h1><p>First words of the book. ${PARAGRAPH}</p>
${body.join('\n')}<p>Last words of the book. ${PARAGRAPH}</p></article>
<aside class="sidebar"><a href="/more">More from the archive</a></aside></main>
<footer><p>© Riverside Press. All rights reserved.</p></footer></body></html>`;
}

function capture(html: string): { markdown: string; steps: CaptureStep[] } {
  const { document } = parseHTML(html);
  const steps: CaptureStep[] = [];
  const result = capturePage(document, 'https://example.com/books/the-long-winter', {
    now: new Date('2025-10-01T12:00:00Z'),
    onStep: (step) => steps.push(step),
  });
  if (!result.ok) throw new Error(inEnglish(result.message));
  return { markdown: result.article.markdown, steps };
}

describe('findMainBlock', () => {
  it('finds the article of a book-length page', () => {
    const { document } = parseHTML(bookPage('id="book"'));
    expect(findMainBlock(document)?.id).toBe('book');
  });

  it('finds nothing on a page of ordinary length', () => {
    const { document } = parseHTML(bookPage('id="book"', 60));
    expect(document.body.textContent.length).toBeGreaterThan(20_000);
    expect(findMainBlock(document)).toBeNull();
  });

  it('finds nothing when no one block holds nearly all the text', () => {
    const half = Array.from({ length: BOOK_PARAGRAPHS / 2 }, () => `<p>${PARAGRAPH}</p>`).join('');
    const { document } = parseHTML(`<html><body><div>${half}</div><div>${half}</div></body></html>`);
    expect(findMainBlock(document)).toBeNull();
  });

  it('finds nothing when the text is mostly links or not in paragraphs', () => {
    const links = Array.from(
      { length: BOOK_PARAGRAPHS },
      (_, i) => `<p><a href="/story/${i}">${PARAGRAPH}</a></p>`,
    ).join('');
    const cells = Array.from({ length: BOOK_PARAGRAPHS }, () => `<tr><td>${PARAGRAPH}</td></tr>`).join('');
    for (const inner of [links, `<table>${cells}</table>`]) {
      const { document } = parseHTML(`<html><body><div>${inner}</div></body></html>`);
      expect(findMainBlock(document)).toBeNull();
    }
  });

  it('finds nothing when the article shares its box with a longer thread of comments', () => {
    const post = Array.from({ length: 40 }, () => `<p>${PARAGRAPH}</p>`).join('');
    const thread = Array.from(
      { length: BOOK_PARAGRAPHS },
      (_, i) => `<div><a href="/u/${i}">reader${i}</a><div><p>${PARAGRAPH}</p></div></div>`,
    ).join('');
    const { document } = parseHTML(
      `<html><body><main><div class="layout"><article>${post}</article><section>${thread}</section></div></main></body></html>`,
    );
    expect(findMainBlock(document)).toBeNull();
  });

  it("finds nothing in a block named as the readers' comments", () => {
    const { document } = parseHTML(bookPage('class="discussion-thread"'));
    expect(findMainBlock(document)).toBeNull();
  });
});

describe('capturePage on a book-length article', () => {
  it('keeps the whole text and drops the clutter, without Readability', () => {
    const { markdown, steps } = capture(bookPage());
    expect(steps).toContain('main-block');
    expect(steps).not.toContain('readability');
    expect(markdown).toMatch(/^First words of the book\. The river/);
    expect(markdown).toContain('## Chapter 2\n\nChapter 2 opens.');
    expect(markdown.trimEnd()).toMatch(/Last words of the book\. .*until the thaw\.$/);
    expect(markdown.match(/ferrymen/g)).toHaveLength(4 * (BOOK_PARAGRAPHS + 2));
    for (const clutter of ['Section 1', 'Advertisement', 'newsletter', 'More from the archive', 'Riverside'])
      expect(markdown).not.toContain(clutter);
  });
});
