import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseMarkdownDocument, toMarkdownDocument } from '../../../lib/markdown/markdown-document';
import type { ExtensionSession } from '../../harness/launch-extension';
import { type FixtureServer, type Route } from '../../harness/serve-fixtures';
import { TITLE_CASES, titledPage } from '../../robustness/hostile-titles';
import { captureWithToolbar, settleStore, startWithOneSavedArticle } from './robustness-helpers';
import { countLost, robustnessCase } from '../../robustness/robustness-record';

// Hostile titles captured in Chromium: the stored title is exactly the page's text, the library
// shows it as that text, and the front matter written from the stored article is valid YAML that
// reads back to the same title and authors.

let server: FixtureServer;
let session: ExtensionSession;

const titledRoute: Route = (request, response) => {
  const index = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('i'));
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(titledPage(index));
};

beforeAll(async () => {
  ({ server, session } = await startWithOneSavedArticle({
    '/titled': titledRoute,
  }));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('hostile titles in Chromium', () => {
  it.each(TITLE_CASES.map((c, i) => [c.input, i] as const))('%s', async (input, index) => {
    const tally = robustnessCase('hostile title', input);
    const expected = TITLE_CASES[index]?.storedTitle ?? TITLE_CASES[index]?.title ?? '';
    const before = await session.storedArticles();
    const url = `${server.origin}/titled?i=${index}`;
    const banner = await captureWithToolbar(session, await session.openPage(url));
    const after = await settleStore(session, before.length + 1);
    const stored = after.find((a) => a.sourceUrl === url);
    if (!stored) throw new Error(`nothing stored: ${banner}`);
    const library = await session.openExtensionPage('library.html');
    const row = library.locator('.list li.row', { hasText: expected.slice(0, 40) }).first();
    await row.waitFor();
    const shown = await row.locator('.row-title').innerText();
    await library.close();
    const { markdown, id, tags, ...article } = stored;
    const file = toMarkdownDocument({ ...article, markdown, tags });
    const data = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(file)?.[1] ?? '') as {
      title?: unknown;
      authors?: unknown;
    };
    const reread = parseMarkdownDocument(file);
    const exact =
      stored.title === expected &&
      data.title === expected &&
      JSON.stringify(data.authors ?? []) === JSON.stringify(stored.authors) &&
      reread.ok &&
      reread.article.title === expected;
    tally.lost(countLost(before, after));
    tally.handled(exact && shown.includes(expected.slice(0, 40)) && id > 0);
    expect(stored.title).toBe(expected);
    // The popup says when the title was cut, and says nothing when it was not.
    if (TITLE_CASES[index]?.storedTitle) expect(banner).toMatch(/cut to 500/);
    else expect(banner).not.toMatch(/cut to/);
    expect(shown).toContain(expected.slice(0, 40));
    expect(data.title).toBe(expected);
    expect(data.authors ?? []).toEqual(stored.authors);
    expect(reread.ok && reread.article.title).toBe(expected);
    expect(countLost(before, after)).toBe(0);
  });
});
