import { parseHTML } from 'linkedom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ELEMENTS, captureArticle } from '../../lib/capture/capture-article.ts';
import { toMarkdownDocument } from '../../lib/markdown/markdown-document.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const NOW = new Date('2025-10-01T12:00:00Z');

function load(name: string): { document: Document; url: string } {
  const { document } = parseHTML(readFileSync(join(FIXTURES, name, 'source.html'), 'utf8'));
  const url = document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? 'https://example.com/';
  return { document, url };
}

describe('captureArticle on page fixtures', () => {
  for (const name of readdirSync(FIXTURES)) {
    const expectedFile = join(FIXTURES, name, 'expected.md');
    const failureFile = join(FIXTURES, name, 'expected-failure.txt');
    if (existsSync(expectedFile)) {
      it(`${name}: gives the expected Markdown document`, () => {
        const { document, url } = load(name);
        const result = captureArticle(document, url, { now: NOW });
        if (!result.ok) throw new Error(`capture failed: ${result.message}`);
        expect(toMarkdownDocument(result.article)).toBe(readFileSync(expectedFile, 'utf8'));
      });
    }
    if (existsSync(failureFile)) {
      it(`${name}: fails with the expected reason and a readable message`, () => {
        const { document, url } = load(name);
        const result = captureArticle(document, url, { now: NOW });
        expect(result).toMatchObject({ ok: false, reason: readFileSync(failureFile, 'utf8').trim() });
        expect(result.ok ? '' : result.message).toMatch(/^[A-Z].+\.$/);
      });
    }
  }
});

describe('captureArticle', () => {
  it('leaves the page it reads untouched', () => {
    const { document, url } = load('register-analysis');
    const before = document.toString();
    captureArticle(document, url, { now: NOW });
    expect(document.toString()).toBe(before);
  });

  it('saves the whole page of a non-article when asked', () => {
    const { document, url } = load('not-an-article');
    const result = captureArticle(document, url, { now: NOW, wholePage: true });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.markdown).toContain(
      '[Bridge reopens after two years of repairs](https://dailyplanet.example/city/bridge-reopens)',
    );
    expect(result.article.title).toBe('Daily Planet – Home');
  });

  it('says a page with nothing to read is empty', () => {
    const { document } = parseHTML('<html><head><title>Blank</title></head><body><div> </div></body></html>');
    expect(captureArticle(document, 'https://example.com/', { wholePage: true })).toMatchObject({
      ok: false,
      reason: 'empty',
    });
  });

  it('refuses a page too large to work on, saying how large', () => {
    const { document } = parseHTML(`<html><body>${'<span>x</span>'.repeat(MAX_ELEMENTS + 1)}</body></html>`);
    const result = captureArticle(document, 'https://example.com/');
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(result.ok ? '' : result.message).toContain('60,000');
  });

  it('records the capture time it is given', () => {
    const { document, url } = load('tables');
    const result = captureArticle(document, url, { now: NOW });
    expect(result.ok && result.article.capturedAt).toBe('2025-10-01T12:00:00.000Z');
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
    const result = captureArticle(document, 'https://harbour.example/sluice', { now: NOW });
    if (!result.ok) throw new Error(result.message);
    for (const paragraph of paragraphs) expect(result.article.markdown).toContain(paragraph);
  });
});
