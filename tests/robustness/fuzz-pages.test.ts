import fc from 'fast-check';
import { inEnglish } from '../harness/locale-messages';
import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../lib/article';
import { CAPTURE_LIMITS } from '../../lib/articles/article-limits';
import { fitArticle } from '../../lib/articles/fit-article';
import { capturePage } from '../../lib/capture/capture-page';
import { parsePage } from '../../cli/parse-page';
import { FUZZ_SEED, grammarPage, mutatedPage, pageUrls } from './fuzz-inputs';
import { roundTripProblem, unsafeUrls } from './fuzz-round-trip';
import { robustnessCases } from './robustness-record';
import { UNREAD } from '../../lib/reading-state/reading-state';

// Random and mutated pages through the capture the extension and the command line share, then the
// capture limits, then export and import: no exception escapes, a page that gives no article says
// why in a sentence, and every article that would be stored has only allowed addresses and comes
// back from its export byte for byte.

const NOW = new Date('2026-11-29T11:00:00.000Z');

interface PageOutcome {
  /** What the user would see: stored, or the sentence that says why not. */
  said: string;
  stored: StoredArticle | null;
}

function capture(html: string, url: string): PageOutcome {
  const result = capturePage(parsePage(html), url, { now: NOW });
  if (!result.ok) return { said: inEnglish(result.message), stored: null };
  const fitted = fitArticle(result.article, CAPTURE_LIMITS);
  if (!fitted.ok) return { said: inEnglish(fitted.message), stored: null };
  return { said: 'saved', stored: { ...fitted.article, id: 1, tags: [], ...UNREAD } };
}

async function checkPage(group: ReturnType<typeof robustnessCases>, html: string, url: string) {
  let outcome: PageOutcome;
  try {
    outcome = capture(html, url);
  } catch (error) {
    group.add({ input: html, handled: false, lost: null });
    throw error;
  }
  const { said, stored } = outcome;
  // A refusal is a sentence a user can read, not an empty string or an error's internals.
  expect(said).toMatch(/^\S[^]*[.!]$|^saved$/);
  expect(said).not.toMatch(/TypeError|undefined|\[object/);
  if (stored === null) {
    group.add({ input: html, handled: true, lost: 0 });
    return;
  }
  const unsafe = unsafeUrls(stored);
  const problem = await roundTripProblem(stored);
  group.add({
    input: html,
    handled: unsafe.length === 0,
    lost: problem === null ? 0 : 1,
    restorable: problem === null,
  });
  expect(unsafe).toEqual([]);
  expect(problem).toBeNull();
}

describe('fuzzed pages', () => {
  it('pages from the grammar are captured or refused with a reason, and what is stored restores', async () => {
    const group = robustnessCases('fuzz: pages from the grammar');
    await fc.assert(
      fc.asyncProperty(grammarPage, pageUrls, (html, url) => checkPage(group, html, url)),
      { seed: FUZZ_SEED, numRuns: 100, endOnFailure: true },
    );
  }, 60_000);

  it('mutated pages (cut, spliced, repeated, nested deep) are captured or refused with a reason', async () => {
    const group = robustnessCases('fuzz: mutated pages');
    await fc.assert(
      fc.asyncProperty(mutatedPage, pageUrls, (html, url) => checkPage(group, html, url)),
      { seed: FUZZ_SEED + 1, numRuns: 100, endOnFailure: true },
    );
  }, 60_000);
});

describe('the address check of the fuzz suite', () => {
  it('finds a runnable link, a data: document and a lead image that is no web address', () => {
    const article: StoredArticle = {
      ...({} as StoredArticle),
      sourceUrl: 'https://example.com/a',
      canonicalUrl: 'https://example.com/a',
      leadImage: 'data:image/png;base64,AA==',
      markdown:
        '[a](java%09script:alert(1)) [b](JavaScript:alert(1)) ![c](data:text/html,x) ![d](data:image/png;base64,AA==) [e](/ok)',
    };
    expect(unsafeUrls(article)).toEqual([
      'data:image/png;base64,AA==',
      'JavaScript:alert(1)',
      'data:text/html,x',
    ]);
  });
});
