import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { removeNonContent } from '../../lib/capture/remove-non-content.ts';

const PROSE = `<p>${'The council agreed the budget late on Tuesday after a long debate about the libraries. '.repeat(4)}</p>`;

function clean(body: string): Document {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  removeNonContent(document, { furniture: true });
  return document;
}

describe('removeNonContent', () => {
  it('removes navigation, forms, footers and share rows around the article', () => {
    const document = clean(
      `<nav>Home News</nav><form><input name="q"></form><div class="share-row">Share</div><article>${PROSE}</article><footer>About us</footer>`,
    );
    expect(document.body.textContent).toContain('The council agreed');
    expect(document.querySelector('nav, form, footer, .share-row')).toBeNull();
  });

  it('keeps a <form> that wraps the whole page, as ASP.NET pages do, and the article in it', () => {
    const document = clean(
      `<form id="aspnetForm"><div class="menu"><a href="/">Home</a></div><div>${PROSE}${PROSE}</div><input type="submit"></form>`,
    );
    expect(document.body.textContent).toContain('The council agreed');
    expect(document.querySelector('input')).toBeNull();
  });

  it('keeps a footer or aside that holds most of the page prose', () => {
    const document = clean(
      `<div class="intro"><p>A short line.</p></div><footer class="post">${PROSE}${PROSE}</footer>`,
    );
    expect(document.body.textContent).toContain('The council agreed');
  });

  it('removes a comment thread after the article, however much prose the comments hold', () => {
    const comment = `<div class="comment-body">${PROSE}</div>`;
    const document = clean(
      `<div class="post">${PROSE}</div><div class="comments" id="all-comments">${comment.repeat(5)}</div>`,
    );
    expect(document.querySelector('.comments')).toBeNull();
    expect(document.body.textContent).toContain('The council agreed');
  });

  it('removes comments set as bare siblings after a "Comments" heading, or after a box holding only it', () => {
    const comments =
      '<div><p>First!</p></div><p class="posted">Posted by: Sam</p><div><p>Great post.</p></div>';
    for (const heading of [
      '<h2 id="comments">Comments</h2>',
      '<div class="box"><h2>25 Comments</h2></div>',
    ]) {
      const document = clean(`<div class="content">${PROSE}${heading}${comments}</div>`);
      expect(document.body.textContent).toContain('The council agreed');
      expect(document.body.textContent).not.toMatch(/First!|Great post|Posted by/);
    }
  });

  it('keeps a section headed "Comments" that comes before any prose', () => {
    const document = clean(`<div><h2>Comments</h2><p>How to write good code comments.</p></div>${PROSE}`);
    expect(document.body.textContent).toContain('How to write good code comments.');
  });

  it('keeps an article wrapper whose class mentions comments', () => {
    const document = clean(`<div class="entry comments-open"><h1>Budget</h1>${PROSE}</div>`);
    expect(document.querySelector('.entry')).not.toBeNull();
  });

  it('removes a call-to-action box and a box that closes like a dialog, after the article', () => {
    const document = clean(
      `<article>${PROSE}<div class="member-cta-wrap"><h4>Something to consider</h4><p>Members read without limits and help keep us going.</p></div></article>` +
        `<div id="homepage-steps"><button title="Close">Close</button><h2>Make us your homepage</h2><ul><li>Open the settings.</li></ul></div>`,
    );
    expect(document.body.textContent).toContain('The council agreed');
    expect(document.body.textContent).not.toMatch(/Something to consider|Members read|homepage|settings/);
  });

  it('keeps a picture in a box with a close button (a zoomed image), which is no dialog', () => {
    const document = clean(
      `<article>${PROSE}<div class="zoom"><button aria-label="Close">×</button><img src="https://news.example/a.jpg" alt="The bridge"></div>${PROSE}</article>`,
    );
    expect(document.querySelector('img')?.getAttribute('alt')).toBe('The bridge');
  });

  it('keeps a box with a close button that holds the article', () => {
    const document = clean(`<div class="reader"><button aria-label="Close">×</button>${PROSE}${PROSE}</div>`);
    expect(document.body.textContent).toContain('The council agreed');
  });

  it('reports how much prose the removed furniture held', () => {
    const { document } = parseHTML(
      `<html><body><div>${PROSE}</div><footer><p>Short footer line.</p></footer></body></html>`,
    );
    const report = removeNonContent(document, { furniture: true });
    expect(report.removedProse).toBe('Short footer line.'.length);
    expect(report.pageProse).toBeGreaterThan(300);
  });

  it('walks a page nested 20,000 levels deep without overflowing the stack', () => {
    const depth = 20_000;
    const { document } = parseHTML(
      `<html><body>${'<div>'.repeat(depth)}deep text<nav>menu</nav>${'</div>'.repeat(depth)}</body></html>`,
    );
    expect(() => removeNonContent(document, { furniture: true })).not.toThrow();
    expect(document.body.textContent).toBe('deep text');
  });
});
