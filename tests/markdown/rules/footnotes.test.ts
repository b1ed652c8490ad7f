import { describe, expect, it } from 'vitest';
import { convertHtml } from '../convert-html.ts';
import { renderedDocument } from '../render-markdown.ts';

/** What a Markdown app shows: the references in the text and the notes at the end, linked together. */
function renderedFootnotes(markdown: string): { references: string[]; notes: string[]; linked: boolean } {
  const document = renderedDocument(markdown);
  const references = Array.from(document.querySelectorAll('sup.footnote-ref a'));
  // The app's own "back to text" arrows are not part of the note.
  for (const arrow of Array.from(document.querySelectorAll('a.footnote-backref'))) arrow.remove();
  const notes = Array.from(document.querySelectorAll('section.footnotes li'));
  const noteIds = new Set(notes.map((note) => note.id));
  return {
    references: references.map((reference) => reference.textContent ?? ''),
    notes: notes.map((note) => (note.textContent ?? '').replace(/\s+/g, ' ').trim()),
    // No reference at all is not "every reference linked".
    linked:
      references.length > 0 &&
      references.every((reference) => noteIds.has((reference.getAttribute('href') ?? '').slice(1))),
  };
}

describe('footnotes become GFM footnotes', () => {
  it.each([
    [
      'plain <sup><a> and an <ol> of notes',
      '<p>Claim<sup><a href="#fn1">1</a></sup>.</p><ol><li id="fn1">Source.</li></ol>',
      'Claim[^1].\n\n[^1]: Source.',
    ],
    [
      'Pandoc, with back-arrows',
      '<p>Claim<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>.</p><section class="footnotes" role="doc-endnotes"><hr><ol><li id="fn1"><p>Source.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>',
      'Claim[^1].\n\n---\n\n[^1]: Source.',
    ],
    [
      'Wikipedia, with [1] labels and ^ back-links',
      '<p>Claim<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>.</p><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text">Source.</span></li></ol>',
      'Claim[^1].\n\n[^1]: Source.',
    ],
    [
      'kramdown, with colons in the ids',
      '<p>Claim<sup id="fnref:a"><a href="#fn:a" class="footnote" rel="footnote">a</a></sup>.</p><div class="footnotes"><ol><li id="fn:a"><p>Source. <a href="#fnref:a" class="reversefootnote">↩</a></p></li></ol></div>',
      'Claim[^a].\n\n[^a]: Source.',
    ],
    [
      'one note cited twice',
      '<p>A<sup><a href="#n1">1</a></sup> B<sup><a href="#n1">1</a></sup></p><ol><li id="n1">Note.</li></ol>',
      'A[^1] B[^1]\n\n[^1]: Note.',
    ],
    [
      'a note of several paragraphs',
      '<p>A<sup><a href="#n1">1</a></sup></p><ol><li id="n1"><p>First.</p><p>Second.</p></li></ol>',
      'A[^1]\n\n[^1]: First.\n\n    Second.',
    ],
    [
      'a note that repeats its own number',
      '<p>A<sup><a href="#fn1">1</a></sup></p><div class="notes"><p id="fn1"><sup>1</sup> The note.</p></div>',
      'A[^1]\n\n[^1]: The note.',
    ],
    [
      'notes nobody cites stay as text',
      '<p>A<sup><a href="#n1">1</a></sup></p><ol><li id="n1">Cited.</li><li id="n2">Not cited.</li></ol>',
      'A[^1]\n\n[^1]: Cited.\n\nNot cited.',
    ],
    [
      'a reference to a note that is not in the article is no footnote',
      '<p>A<sup><a href="#gone">1</a></sup></p>',
      'A¹',
    ],
  ])('%s', (_name, html, expected) => {
    expect(convertHtml(html)).toBe(expected);
  });

  it('renders every reference linked to a note with the note text', () => {
    const html =
      '<p>One<sup class="reference"><a href="#cite_note-a">[a]</a></sup> two<sup><a href="#fn2">2</a></sup> again<sup><a href="#fn2">2</a></sup>.</p>' +
      '<ol><li id="cite_note-a"><span class="mw-cite-backlink"><a href="#x">^</a></span> Alpha.</li><li id="fn2">Beta. <a href="#r2" class="footnote-back">↩</a></li></ol>';
    const rendered = renderedFootnotes(convertHtml(html));
    expect(rendered.linked).toBe(true);
    expect(rendered.references).toHaveLength(3);
    expect(rendered.notes).toEqual(['Alpha.', 'Beta.']);
  });

  it('gives two notes showing the same mark different labels', () => {
    const html =
      '<p>A<sup><a href="#x1">*</a></sup> B<sup><a href="#x2">*</a></sup></p><ol><li id="x1">First.</li><li id="x2">Second.</li></ol>';
    const markdown = convertHtml(html);
    const rendered = renderedFootnotes(markdown);
    expect(rendered.linked).toBe(true);
    expect(rendered.notes).toEqual(['First.', 'Second.']);
  });
});
