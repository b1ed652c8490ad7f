import { parseHTML } from 'linkedom';
import { inEnglish } from '../harness/locale-messages';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_ELEMENTS, capturePage } from '../../lib/capture/capture-page.ts';
import { toMarkdownDocument } from '../../lib/markdown/markdown-document.ts';
import {
  dropStaleExpectedFile,
  expectFileContent,
  missingExpectedFile,
  UPDATING_EXPECTED,
} from '../harness/expected-file';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const NOW = new Date('2025-10-01T12:00:00Z');

function load(name: string): { document: Document; url: string } {
  const { document } = parseHTML(readFileSync(join(FIXTURES, name, 'source.html'), 'utf8'));
  const url = document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? 'https://example.com/';
  return { document, url };
}

describe('capturePage on page fixtures', () => {
  // Under UPDATE_EXPECTED=1 the tests below write the missing files instead.
  if (!UPDATING_EXPECTED) {
    it('has an expected result for every fixture', () => {
      const names = readdirSync(FIXTURES);
      expect(names.length).toBeGreaterThan(10);
      const missing = names.filter(
        (name) =>
          !existsSync(join(FIXTURES, name, 'expected.md')) &&
          !existsSync(join(FIXTURES, name, 'expected-failure.txt')),
      );
      expect(missing).toEqual([]);
    });
  }

  for (const name of readdirSync(FIXTURES)) {
    const expectedFile = join(FIXTURES, name, 'expected.md');
    const failureFile = join(FIXTURES, name, 'expected-failure.txt');
    if (UPDATING_EXPECTED) {
      it(`${name}: writes the result it gives now as the expected one`, () => {
        const { document, url } = load(name);
        const result = capturePage(document, url, { now: NOW });
        if (result.ok) {
          expectFileContent(expectedFile, toMarkdownDocument(result.article));
          dropStaleExpectedFile(failureFile);
        } else {
          expectFileContent(failureFile, `${result.reason}\n`);
          dropStaleExpectedFile(expectedFile);
        }
      });
      continue;
    }
    if (existsSync(expectedFile)) {
      it(`${name}: gives the expected Markdown document`, () => {
        const { document, url } = load(name);
        const result = capturePage(document, url, { now: NOW });
        if (!result.ok) throw new Error(`capture failed: ${inEnglish(result.message)}`);
        expect(toMarkdownDocument(result.article)).toBe(readFileSync(expectedFile, 'utf8'));
      });
    }
    if (existsSync(failureFile)) {
      it(`${name}: fails with the expected reason and a readable message`, () => {
        const { document, url } = load(name);
        const result = capturePage(document, url, { now: NOW });
        expect(result).toMatchObject({ ok: false, reason: readFileSync(failureFile, 'utf8').trim() });
        expect(result.ok ? '' : inEnglish(result.message)).toMatch(/^[A-Z].+\.$/);
      });
    }
    // A folder with neither file is a test of its own that fails, rather than no test at all.
    if (!existsSync(expectedFile) && !existsSync(failureFile)) {
      it(`${name}: has an expected result`, () => {
        throw new Error(missingExpectedFile(expectedFile));
      });
    }
  }
});

describe('capturePage', () => {
  it('leaves the page it reads untouched', () => {
    const { document, url } = load('register-analysis');
    const before = document.toString();
    capturePage(document, url, { now: NOW });
    expect(document.toString()).toBe(before);
  });

  it('saves the whole page of a non-article when asked', () => {
    const { document, url } = load('not-an-article');
    const result = capturePage(document, url, { now: NOW, wholePage: true });
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.article.markdown).toContain(
      '[Bridge reopens after two years of repairs](https://dailyplanet.example/city/bridge-reopens)',
    );
    expect(result.article.title).toBe('Daily Planet – Home');
  });

  it('still refuses a home page whose one marked post body is a featured photo beside the listing', () => {
    const teasers = Array.from(
      { length: 12 },
      (_, i) =>
        `<li><h2><a href="https://walks.example/2013/05/notes-${i}/">Walking notes, part ${i}: the ridge after rain</a></h2>` +
        '<p>A short look at the path after a week of weather, with a few pictures and a note on parking.</p></li>',
    ).join('');
    const { document } = parseHTML(
      '<html><head><title>Hill Walks</title></head><body><main><section><h2>Picture of the week</h2>' +
        '<div class="entry-content"><img src="/photos/heron.jpg" alt="A heron"><p>A heron on the far bank.</p></div>' +
        `</section><ul>${teasers}</ul></main></body></html>`,
    );
    expect(capturePage(document, 'https://walks.example/', { now: NOW })).toMatchObject({
      ok: false,
      reason: 'not-an-article',
    });
  });

  it('says a page with nothing to read is empty', () => {
    const { document } = parseHTML('<html><head><title>Blank</title></head><body><div> </div></body></html>');
    expect(capturePage(document, 'https://example.com/', { wholePage: true })).toMatchObject({
      ok: false,
      reason: 'empty',
    });
  });

  it('refuses a page too large to work on, saying how large', () => {
    const { document } = parseHTML(`<html><body>${'<span>x</span>'.repeat(MAX_ELEMENTS + 1)}</body></html>`);
    const result = capturePage(document, 'https://example.com/');
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(result.ok ? '' : inEnglish(result.message)).toContain('60,000');
  });

  it('records the capture time it is given', () => {
    const { document, url } = load('tables');
    const result = capturePage(document, url, { now: NOW });
    expect(result.ok && result.article.capturedAt).toBe('2025-10-01T12:00:00.000Z');
  });

  it('captures a page with an inline image of 8 MiB, counting only its words', () => {
    const image = `data:image/png;base64,${'A'.repeat(8 * 1024 * 1024)}`;
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the harbour report says the tide mill will turn again next spring.</p>`,
    ).join('');
    const { document } = parseHTML(
      `<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>${paragraphs}<p><img src="${image}" alt="Chart"></p></article></body></html>`,
    );
    const result = capturePage(document, 'https://example.com/harbour', { now: NOW });
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.article.markdown).toContain('![Chart](data:image/png;base64,AAAA');
    expect(result.article.wordCount).toBe(6 * 15);
  });
});

describe('capturePage on deeply nested pages', () => {
  const nested = (depth: number): Document =>
    parseHTML(
      `<html><body>${'<div>'.repeat(depth)}<p>${'A paragraph of the story, deep inside the page. '.repeat(4)}</p>${'</div>'.repeat(depth)}</body></html>`,
    ).document;

  it('refuses a page nested deeper than the limit, saying how deep', () => {
    const result = capturePage(nested(MAX_DEPTH + 50), 'https://example.com/a-deep-story');
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(result.ok ? '' : inEnglish(result.message)).toBe(
      `This page is nested too deeply to capture: more than ${MAX_DEPTH} levels of elements.`,
    );
  });

  it('counts the levels from the root element: the limit itself is allowed, one more is not', () => {
    // <html>, <body>, the divs, then the paragraph: two levels more than the divs.
    expect(capturePage(nested(MAX_DEPTH - 3), 'https://example.com/a-deep-story')).toMatchObject({
      ok: true,
    });
    expect(capturePage(nested(MAX_DEPTH - 2), 'https://example.com/a-deep-story')).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });

  it('captures a page nested less deeply than the limit', () => {
    expect(capturePage(nested(MAX_DEPTH - 20), 'https://example.com/a-deep-story')).toMatchObject({
      ok: true,
    });
  });
});

describe('captureArticle on pages built with web components', () => {
  it('reads the text of open shadow roots, as the page shows it', () => {
    const paragraphs = [
      'The harbour board agreed on Monday to restore the old sluice gates at the mouth of the river.',
      'Work starts in spring and should take two summers, with the quay closed to cars while it lasts.',
      'Fishermen asked for the slipway to stay open, and the board promised a temporary pontoon for them.',
    ];
    const { document } = parseHTML(
      '<html><head><title>Sluice gates</title></head><body><story-body><h1 slot="title">Sluice gates to be restored</h1></story-body></body></html>',
    );
    const host = document.querySelector('story-body');
    if (!host) throw new Error('linkedom lost the host');
    host.attachShadow({ mode: 'open' }).innerHTML =
      `<article><slot name="title"></slot>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const result = capturePage(document, 'https://harbour.example/sluice', { now: NOW });
    if (!result.ok) throw new Error(inEnglish(result.message));
    for (const paragraph of paragraphs) expect(result.article.markdown).toContain(paragraph);
  });
});

describe('capturePage on images only Readability makes real', () => {
  it('keeps the largest candidate of a srcset Readability copies from an unknown lazy attribute', () => {
    // Our pre-pass knows data-src and data-srcset; Readability also copies any attribute that looks
    // like a srcset into `srcset`, after our pre-pass, so the Markdown rule reads that one.
    const prose = `<p>${'A paragraph of the article, long enough to count as its prose, with commas, too. '.repeat(6)}</p>`;
    const { document } = parseHTML(
      `<!doctype html><html><head><title>Lazy</title></head><body><article><h1>Lazy pictures</h1>${prose}` +
        '<img class="lazyload" data-hires="https://img.example/small.jpg 1x,https://img.example/large.jpg 2x" alt="Harbour">' +
        `${prose}${prose}</article></body></html>`,
    );
    const result = capturePage(document, 'https://news.example/lazy', { now: NOW });
    if (!result.ok) throw new Error(`capture failed: ${inEnglish(result.message)}`);
    expect(result.article.markdown).toContain('![Harbour](https://img.example/large.jpg)');
  });
});

describe('capturePage on a byline the page marks in no other way', () => {
  const story = [
    'The harbour board agreed on Monday to restore the old sluice gates at the mouth of the river, after two winters of floods.',
    'Work starts in spring and should take two summers, with the quay closed to cars while it lasts and the ferry moved upstream.',
    'Fishermen asked for the slipway to stay open, and the board promised a temporary pontoon for them until the work is done.',
  ];
  it.each([
    [
      'By <a href="/staff/ann-lee">Ann Lee</a> , <a href="/staff/tom-ruiz">Tom Ruiz</a> on Monday, November 18th, 2019 at 11:08 a.m.',
    ],
    ['By <a href="/staff">Ann Lee and Tom Ruiz</a><br>Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)'],
  ])('%s: the writers go to the front matter, the line leaves the text', (byline) => {
    const { document } = parseHTML(
      `<html><head><title>Sluice gates to be restored</title></head><body><article><h1>Sluice gates to be restored</h1><p class="meta">${byline}</p>${story.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
    const result = capturePage(document, 'https://harbour.example/sluice', { now: NOW });
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.article.authors).toEqual(['Ann Lee', 'Tom Ruiz']);
    expect(result.article.markdown).not.toMatch(/Ann Lee|2019/);
    expect(result.article.markdown).toContain(story[0]);
  });

  it('keeps a first line that only starts with "By"', () => {
    const line = 'By Monday the river had risen two metres, and the board met in the ferry office.';
    const { document } = parseHTML(
      `<html><head><title>Sluice gates</title></head><body><article><p>${line}</p>${story.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
    const result = capturePage(document, 'https://harbour.example/sluice', { now: NOW });
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.article.authors).toEqual([]);
    expect(result.article.markdown).toContain(line);
  });
});
