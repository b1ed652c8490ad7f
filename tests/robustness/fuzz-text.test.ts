import type { DOMPurify } from 'dompurify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../lib/article';
import { CAPTURE_LIMITS } from '../../lib/articles/article-limits';
import { fitArticle } from '../../lib/articles/fit-article';
import { MAX_SLUG_BYTES, slugifyTitle } from '../../lib/export/slugify-title';
import { markLiterals, resolveEscapes } from '../../lib/markdown/escape-markdown';
import { parseMarkdownDocument } from '../../lib/markdown/markdown-document';
import { renderMarkdown } from '../../lib/reading/render-markdown';
import { stripMarkdown } from '../../lib/markdown/markdown-to-plain-text';
import { makeArticle } from '../articles/article-factory';
import { inEnglish } from '../harness/locale-messages';
import { FUZZ_SEED, hostileText, markdownBody } from './fuzz-inputs';
import { roundTripProblem } from './fuzz-round-trip';
import { robustnessCases } from './robustness-record';
import { UNREAD } from '../../lib/reading-state/reading-state';

// Titles, Markdown bodies and whole files from their grammars through the text functions every
// article meets (file names, escaping, search's plain text, the reading view's Markdown, the
// front matter reader): none throws, and an article carrying the text restores byte for byte.

// DOMPurify needs a real DOM; the reading view's own sanitising is checked in Chromium. Here only
// that Markdown never makes the renderer throw.
const purify = { addHook: () => undefined, sanitize: (html: string) => html } as unknown as DOMPurify;
const MARKS = /[\uFDD0\uFDD1]/;
const utf8 = new TextEncoder();

/** The article a capture would store with `change` applied, or null if the capture limits refuse it. */
function storedWith(change: Partial<StoredArticle>): StoredArticle | null {
  const fitted = fitArticle(makeArticle(change), CAPTURE_LIMITS);
  return fitted.ok ? { ...fitted.article, id: 1, tags: [], ...UNREAD } : null;
}

async function restores(
  group: ReturnType<typeof robustnessCases>,
  input: string,
  stored: StoredArticle | null,
) {
  if (stored === null) {
    group.add({ input, handled: true, lost: 0 });
    return;
  }
  const problem = await roundTripProblem(stored);
  group.add({ input, handled: true, lost: problem === null ? 0 : 1, restorable: problem === null });
  expect(problem).toBeNull();
}

describe('fuzzed text', () => {
  it('titles become safe file names and restore with their article', async () => {
    const group = robustnessCases('fuzz: titles');
    const titles = fc.oneof(
      hostileText(300),
      hostileText(20).map((t) => t.repeat(400)),
    );
    await fc.assert(
      fc.asyncProperty(titles, async (title) => {
        const slug = slugifyTitle(title);
        expect(utf8.encode(slug).length).toBeLessThanOrEqual(MAX_SLUG_BYTES);
        expect(slug).toMatch(/^[\p{L}\p{M}\p{N}-]*$/u);
        stripMarkdown(title);
        await restores(group, title, storedWith({ title }));
      }),
      { seed: FUZZ_SEED + 2, numRuns: 100, endOnFailure: true },
    );
  }, 60_000);

  it('Markdown bodies are escaped, stripped and rendered without a throw, and restore', async () => {
    const group = robustnessCases('fuzz: Markdown bodies');
    await fc.assert(
      fc.asyncProperty(markdownBody, async (markdown) => {
        expect(resolveEscapes(markLiterals(markdown))).not.toMatch(MARKS);
        expect(typeof stripMarkdown(markdown)).toBe('string');
        expect(typeof renderMarkdown(markdown, purify)).toBe('string');
        await restores(group, markdown, storedWith({ markdown }));
      }),
      { seed: FUZZ_SEED + 3, numRuns: 100, endOnFailure: true },
    );
  }, 60_000);

  it('any file text is read as an article or refused with a sentence', async () => {
    const group = robustnessCases('fuzz: article files');
    const files = fc.oneof(
      fc.tuple(hostileText(200), markdownBody).map(([yaml, body]) => `---\n${yaml}\n---\n\n${body}\n`),
      hostileText(400),
      fc
        .tuple(hostileText(60), markdownBody)
        .map(
          ([title, body]) =>
            `---\ntitle: ${title}\nsource: https://example.com/\ncanonical: https://example.com/\ncaptured: 2026-01-01T00:00:00Z\n---\n\n${body}`,
        ),
    );
    await fc.assert(
      fc.property(files, (text) => {
        const parsed = parseMarkdownDocument(text);
        if (!parsed.ok) expect(inEnglish(parsed.message)).toMatch(/^\S[^]*\S$/);
        // Nothing is stored from a file on its own; the import's all-or-nothing is checked with zips.
        group.add({ input: text, handled: true, lost: 0 });
      }),
      { seed: FUZZ_SEED + 4, numRuns: 100, endOnFailure: true },
    );
  });
});
