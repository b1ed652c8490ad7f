import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { byTitle, waitForArticles } from './e2e-helpers';

// A page with a formula in each form the web writes them: MathML with and without its TeX, KaTeX,
// MathJax 2 scripts and MathJax 3 containers. Captured by the production build in Chromium.
let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await serveFixtures(resolve('tests/e2e/fixtures'));
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Math, in Chromium', () => {
  it('stores formulas as TeX and shows them rendered as MathML in the reading view', async () => {
    const title = 'Why the harmonic series diverges';
    const page = await session.openPage(server.pageUrl('math-article'));
    const popup = await session.clickToolbarButton(page);
    expect(await popup.waitForText(/Saved “|Not saved/)).toContain(`Saved “${title}”`);
    await popup.close();
    const article = byTitle(await waitForArticles(session, 1), title);
    const body = article.markdown;

    expect(body).toContain('Write the partial sums as $H_n = \\sum_{k=1}^{n} \\frac{1}{k}$.');
    // MathML that carries no TeX is converted (the converter script joins only such pages).
    expect(body).toContain('Each block holds at least $\\frac{1}{2}$, because');
    expect(body).toContain('which is $\\frac{1}{2^m}$.');
    expect(body).toContain(
      'the sum of the first $2^m$ terms is at least\n\n$$\nH_{2^m} \\ge 1 + \\frac{m}{2}\n$$\n\n',
    );
    expect(body).toContain('grow like the logarithm, $H_{n} \\approx ln n + \\gamma$,');
    expect(body).not.toContain('MathML:');
    // Money is not math, and the formulas' visual copies are gone.
    expect(body).toContain('sold for \\$40, and a used copy now costs under \\$10.');
    expect(body).not.toContain('1/2ᵐ');
    expect(body).not.toContain('H ≥ 1');

    const library = await session.openExtensionPage('library.html', { width: 1100, height: 800 });
    await library.goto(`${library.url().replace(/#.*$/, '')}#article=${article.id}`);
    await library.locator('article.reader > header h1').waitFor();
    const reader = library.locator('.reader-body');
    // The six formulas, each drawn by the browser from MathML: one block, five in their sentences.
    expect(await reader.locator('math').count()).toBe(6);
    expect(await reader.locator('math[display="block"]').count()).toBe(1);
    expect(await reader.locator('p math mfrac').count()).toBe(3);
    const drawn = await reader.locator('math[display="block"]').boundingBox();
    expect(drawn?.height).toBeGreaterThan(20);
    expect(await reader.innerText()).toContain('sold for $40, and a used copy now costs under $10.');
    // Every resource the reading view loaded (the math font included) came from the extension itself.
    const loaded = await library.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect(loaded.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
  });

  it('converts MathJax 3’s assistive MathML, the only math such a page carries, to TeX', async () => {
    const title = 'Solving quadratics by completing the square';
    const page = await session.openPage(server.pageUrl('mathjax3-article'));
    const popup = await session.clickToolbarButton(page);
    expect(await popup.waitForText(/Saved “|Not saved/)).toContain(`Saved “${title}”`);
    await popup.close();
    const body = byTitle(await session.storedArticles(), title).markdown;
    expect(body).toContain('can be written as $a x^{2} + b x + c = 0$, with $a \\neq 0$.');
    expect(body).toContain('\n\n$$\nx = \\frac{- b \\pm \\sqrt{b^{2} - 4 a c}}{2 a}\n$$\n\n');
    expect(body).toContain('written $\\Delta = b^{2} - 4 a c$, and');
    expect(body).not.toContain('MathML:');
    await page.close();
  });
});
