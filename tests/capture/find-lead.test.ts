import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findLead } from '../../lib/capture/find-lead.ts';

const page = (body: string): Document => parseHTML(`<html><body>${body}</body></html>`).document;

describe('findLead', () => {
  it('finds the opening words of the first paragraph after the heading that repeats the title', () => {
    const document = page(
      '<h1>Daily Planet</h1><h2>Bridge reopens after repairs</h2><p class="by">By Ann</p>' +
        '<p>The bridge reopened on Monday after two years of repairs, and the first buses crossed at dawn.</p>',
    );
    expect(findLead(document, 'Bridge reopens after repairs | Daily Planet')).toEqual([
      'the bridge reopened on monday after two years of repairs and',
    ]);
  });

  it("does not take a blog's name, a small part of the title, for the headline", () => {
    const document = page(
      `<h1>Cool Teacher Blog</h1><p>${'A blog about teaching with new tools and enthusiasm. '.repeat(3)}</p>`,
    );
    expect(findLead(document, 'Cool Teacher Blog: Ten ideas for the first week of term')).toEqual([]);
  });

  it('gives the openings of the first three paragraphs at most', () => {
    const paragraphs = Array.from(
      { length: 5 },
      (_, i) => `<p>Paragraph ${i} of the story, long enough to count as one of its paragraphs.</p>`,
    );
    const leads = findLead(
      page(`<h1>Bridge reopens after repairs</h1>${paragraphs.join('')}`),
      'Bridge reopens after repairs',
    );
    expect(leads).toHaveLength(3);
    expect(leads[2]).toMatch(/^paragraph 2 of the story/);
  });

  it('gives nothing when no heading repeats the title', () => {
    expect(findLead(page('<h1>Other</h1><p>Text</p>'), 'A title of some length')).toEqual([]);
  });
});
