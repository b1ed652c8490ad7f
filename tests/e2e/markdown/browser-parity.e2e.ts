import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../harness/chromium-flags';

/*
 * The converter runs in the page (injected, on a live DOM) and in Node (linkedom, for the CLI and the
 * unit tests). The same article must give the same Markdown in both: this bundles html-to-markdown.ts
 * the way a browser gets it (Turndown's browser build, no parser of its own) and runs it in Chromium
 * on the fixtures whose expected Markdown the Node tests check.
 */

const FIXTURES = join(import.meta.dirname, '../../markdown/fixtures');

let browser: Browser;
let bundle: string;

beforeAll(async () => {
  const result = await build({
    stdin: {
      contents:
        "import { htmlToMarkdown } from './lib/markdown/html-to-markdown.ts'; globalThis.htmlToMarkdown = htmlToMarkdown;",
      resolveDir: join(import.meta.dirname, '../../..'),
      loader: 'ts',
    },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    minify: true,
    write: false,
  });
  bundle = result.outputFiles[0]?.text ?? '';
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
});

afterAll(async () => {
  await browser?.close();
});

describe('the converter in Chromium, on real DOM nodes', () => {
  it('bundles without an HTML parser of its own', () => {
    expect(bundle).not.toContain('domino');
    // Small enough to inject on every capture.
    expect(bundle.length).toBeLessThan(60_000);
  });

  it.each(readdirSync(FIXTURES))('%s gives the same Markdown as in Node', async (name) => {
    const page = await browser.newPage({ javaScriptEnabled: true });
    try {
      // The fixture's own scripts must not run: load it as inert markup into a fresh document.
      await page.setContent('<!doctype html><html><body></body></html>');
      await page.addScriptTag({ content: bundle });
      const html = readFileSync(join(FIXTURES, name, 'source.html'), 'utf8');
      const markdown = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'text/html');
        const article = doc.querySelector('article');
        const convert = (globalThis as unknown as { htmlToMarkdown: (root: Node) => string }).htmlToMarkdown;
        return article ? convert(article) : '';
      }, html);
      expect(`${markdown}\n`).toBe(readFileSync(join(FIXTURES, name, 'expected.md'), 'utf8'));
    } finally {
      await page.close();
    }
  });
});
