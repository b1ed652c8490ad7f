import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findMarkedBody, holdsMarkedBody } from '../../lib/capture/marked-body.ts';

const POST = 'The ferry timetable changes on Monday, and the first boat now leaves at six. '.repeat(3);
const COMMENT = 'Does anyone know whether bicycles still travel free on the early crossing this summer? ';

const page = (body: string): Document => parseHTML(`<html><body>${body}</body></html>`).document;
const element = (html: string): Element => page(`<div>${html}</div>`).body.firstElementChild as Element;

describe('findMarkedBody', () => {
  it('finds the one body a publishing platform marks, as a copy Readability cannot take apart', () => {
    const doc = page(
      `<div class="post"><div class="entry-content"><p>${POST}</p></div></div><aside>More</aside>`,
    );
    const body = findMarkedBody(doc);
    expect(body?.textContent).toContain('The ferry timetable changes');
    expect(body?.isConnected).toBe(false);
    doc.querySelector('.entry-content')?.remove();
    expect(body?.textContent).toContain('The ferry timetable changes');
  });

  it('takes the outermost of nested marks, and schema.org and Blogger marks alike', () => {
    const nested = page(
      `<article itemprop="articleBody"><div class="post-body"><p>${POST}</p></div><p>Coda.</p></article>`,
    );
    expect(findMarkedBody(nested)?.textContent).toContain('Coda.');
    expect(findMarkedBody(page(`<div class="post-body"><p>${POST}</p></div>`))).not.toBeNull();
  });

  it('finds none on a listing, where every teaser is marked alike', () => {
    const teaser = `<div class="entry-content"><p>${POST}</p></div>`;
    expect(findMarkedBody(page(teaser + teaser + teaser))).toBeNull();
  });

  it('finds none where the mark holds a stub with no picture (a comment form), but keeps a photo post', () => {
    expect(
      findMarkedBody(page('<div class="post-content">Leave a reply <input name="comment"></div>')),
    ).toBeNull();
    expect(
      findMarkedBody(page('<div class="entry-content"><img src="/a.jpg" alt="Harbour"></div>')),
    ).not.toBeNull();
  });
});

describe('holdsMarkedBody', () => {
  const body = element(`<p>${POST}</p>`);

  it('holds the body when the pick is the post, cleaned or with its headline and byline around it', () => {
    expect(holdsMarkedBody(element(`<h1>Ferries</h1><p>By Ana</p><p>${POST}</p>`), body)).toBe(true);
    expect(holdsMarkedBody(element(`<p>${POST.slice(0, 120)}</p>`), body)).toBe(true);
  });

  it('does not when the pick is another block, however long (a comment thread)', () => {
    expect(holdsMarkedBody(element(`<ol><li>${COMMENT.repeat(40)}</li></ol>`), body)).toBe(false);
  });

  it('cannot judge a body of a few words, and leaves the pick alone', () => {
    expect(holdsMarkedBody(element(`<p>${COMMENT}</p>`), element('<p>Photos below</p>'))).toBe(true);
  });
});
