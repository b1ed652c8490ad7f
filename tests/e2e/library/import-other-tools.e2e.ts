import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../../harness/serve-fixtures';
import { openPopupInTab } from '../e2e-helpers';
import { describeTabs } from '../../harness/describe-tabs';
import {
  INSTAPAPER_CSV,
  POCKET_CSV,
  POCKET_HTML,
  markdownFolder,
  markdownZip,
  omnivoreZip,
  wallabagJson,
} from '../../import/foreign-fixtures';

// Each other tool's export, written by hand in its documented shape (tests/import/foreign-fixtures.ts),
// imported through the library's own buttons and file pickers in Chromium with the built extension
// (`npm run build` first): the preview's counts, the articles listed after, and a second import of
// the same file finding them all already present.

const OUT = resolve('test-output/import-other');
const SHOTS = resolve('test-output/screenshots');
let session: ExtensionSession;
let server: FixtureServer;
let page: Page;

/** Writes the fixtures under neutral names: the importer must tell them apart by content. */
function writeFixtures(): Record<string, string> {
  rmSync(OUT, { recursive: true, force: true });
  const paths: Record<string, string> = {};
  const write = (name: string, data: string | Uint8Array) => {
    const path = join(OUT, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
    return path;
  };
  paths.markdownZip = write('notes.zip', markdownZip());
  for (const file of markdownFolder()) write(join('vault', file.name), file.bytes);
  paths.markdownFolder = join(OUT, 'vault', 'clippings');
  paths.omnivore = write('omnivore-export.zip', omnivoreZip());
  paths.wallabag = write('wallabag.json', wallabagJson());
  paths.instapaper = write('instapaper-export.csv', INSTAPAPER_CSV);
  paths.pocketCsv = write('part_000000.csv', POCKET_CSV);
  paths.pocketHtml = write('ril_export.html', POCKET_HTML);
  return paths;
}

let paths: Record<string, string> = {};

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  paths = writeFixtures();
  server = await serveFixtures(resolve('tests/e2e/fixtures'));
  // Headed: "Capture it now" asks for the site, and the browser's prompt is answered with keys.
  session = await launchExtension({ headed: true });
  page = await session.openExtensionPage('library.html', { width: 1000, height: 1800 });
  await page.locator('.empty').waitFor();
  // The list opens on unread articles; what was archived in a tool comes in archived.
  await statusView('All').click();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Opens the picker with the keyboard, as a person would, and chooses `path` (a file or a folder). */
async function choose(path: string, button: 'Import…' | 'Import folder…' = 'Import…') {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(path);
}

const dialog = () => page.locator('.import-dialog[data-step=preview]');
const counts = (added: number, present: number, changed: number) =>
  new RegExp(`${added}\\s+new\\s+${present}\\s+already present \\(unchanged\\)\\s+${changed}\\s+changed`);
const rowTitles = () => page.locator('.list li.row .row-title').allInnerTexts();
const rowOf = (title: string) => page.locator('.list li.row', { hasText: title });
const statusView = (name: string) =>
  page
    .getByRole('radiogroup', { name: 'Reading state' })
    .getByRole('radio', { name: new RegExp(`^${name}`) });

interface Case {
  name: string;
  path: () => string;
  button?: 'Import folder…';
  source: string;
  titles: string[];
  /** Those without text in the export, listed as not yet captured. */
  uncaptured: string[] | 'all';
}

const CASES: Case[] = [
  {
    name: 'a zip of Markdown files',
    path: () => paths.markdownZip as string,
    source: 'From Markdown files · 2 entries',
    titles: ['The quiet harbour at dawn', 'Tidal mills of the northern coast'],
    uncaptured: [],
  },
  {
    name: 'an Omnivore export',
    path: () => paths.omnivore as string,
    source: 'From Omnivore · 3 entries',
    titles: ['Lanterns of the old quarter', 'A field guide to puddles', 'The slow train home'],
    uncaptured: ['The slow train home'],
  },
  {
    name: 'a Wallabag export',
    path: () => paths.wallabag as string,
    source: 'From Wallabag · 2 entries',
    titles: ['Compost, slowly', 'Bienen im Winter'],
    uncaptured: [],
  },
  {
    name: 'an Instapaper export',
    path: () => paths.instapaper as string,
    source: 'From Instapaper · 3 entries',
    titles: ['Kites, tails and wind', 'Sourdough on a schedule', 'Reading old maps'],
    uncaptured: 'all',
  },
  {
    name: "Pocket's CSV export",
    path: () => paths.pocketCsv as string,
    source: 'From Pocket (CSV) · 3 entries',
    titles: ['Knots every sailor should know', 'Why owls turn their heads, explained', 'Winter soup'],
    uncaptured: 'all',
  },
  {
    name: "Pocket's HTML export",
    path: () => paths.pocketHtml as string,
    source: 'From Pocket (HTML) · 3 entries',
    titles: ['A map of the winter stars', 'Green tea, three ways', 'How a delta is made'],
    uncaptured: 'all',
  },
];

describe('moving in from other tools', () => {
  let total = 0;

  it.each(CASES)(
    'imports $name with the right counts, and finds them all present the second time',
    async (c) => {
      await choose(c.path(), c.button);
      await dialog().waitFor();
      const n = c.titles.length;
      expect(await dialog().locator('.import-counts').innerText()).toMatch(counts(n, 0, 0));
      expect(await dialog().locator('.import-source').innerText()).toBe(c.source);
      const uncaptured = c.uncaptured === 'all' ? c.titles : c.uncaptured;
      if (uncaptured.length > 0)
        expect(await dialog().locator('.import-uncaptured').innerText()).toMatch(
          new RegExp(`^${uncaptured.length} new entr`),
        );
      else expect(await dialog().locator('.import-uncaptured').count()).toBe(0);
      await page.screenshot({ path: join(SHOTS, `import-other-${c.source.replace(/\W+/g, '-')}.png`) });
      await dialog()
        .getByRole('button', { name: `Import ${n} new` })
        .click();
      await expect.poll(() => page.locator('.notice').innerText()).toContain(`Imported ${n} new articles.`);
      total += n;
      await expect
        .poll(() => page.locator('.selection-bar .count').innerText())
        .toContain(`${total} articles`);
      expect(await rowTitles()).toEqual(expect.arrayContaining(c.titles));
      for (const title of c.titles) {
        const row = await rowOf(title).innerText();
        expect(row.includes('Not yet captured'), title).toBe(uncaptured.includes(title));
      }

      await choose(c.path(), c.button);
      await dialog().waitFor();
      expect(await dialog().locator('.import-counts').innerText()).toMatch(counts(0, n, 0));
      expect(await dialog().innerText()).toContain('Nothing new to import');
      await dialog().getByRole('button', { name: 'Close' }).click();
      await dialog().waitFor({ state: 'detached' });
    },
  );

  it('imports a folder of Markdown files picked as a folder; the same pages from the zip are already present', async () => {
    await choose(paths.markdownFolder as string, 'Import folder…');
    await dialog().waitFor();
    expect(await dialog().locator('h2').innerText()).toBe('Import clippings');
    expect(await dialog().locator('.import-counts').innerText()).toMatch(counts(0, 2, 0));
    await dialog().getByRole('button', { name: 'Close' }).click();
    await dialog().waitFor({ state: 'detached' });
  });

  it('brings in what was archived in the tool as archived, and keeps labels as tags and highlights as highlights', async () => {
    const archived = ['A field guide to puddles', 'Bienen im Winter', 'How a delta is made'];
    await statusView('Archived').click();
    await expect.poll(rowTitles).toEqual(expect.arrayContaining(archived));
    expect(await rowTitles()).not.toContain('A map of the winter stars');
    expect(await rowTitles()).not.toContain('Lanterns of the old quarter');
    await statusView('Unread').click();
    await expect.poll(rowTitles).toContain('A map of the winter stars');
    expect(await rowTitles()).not.toEqual(expect.arrayContaining([archived[0]]));
    await statusView('All').click();
    await expect.poll(rowTitles).toEqual(expect.arrayContaining(archived));
    const lanterns = (await session.storedArticles()).find((a) => a.title === 'Lanterns of the old quarter');
    expect(lanterns?.tags).toEqual(['crafts', 'evening reading']);
    expect(lanterns?.markdown).toContain('**mulberry**');
    expect(lanterns?.markdown).not.toContain('Highlights');
    // Omnivore's highlights are painted in the reading view, each with its note.
    const reading = await session.openExtensionPage(`library.html#article=${lanterns?.id}`);
    await reading.locator('.reader-body[data-highlights-painted="2"]').waitFor();
    expect(await reading.locator('.reader-body mark[data-highlight]').allInnerTexts()).toEqual([
      'the street turns gold for a week',
      'The oldest shop has done it for ninety years.',
    ]);
    expect(
      await reading
        .getByRole('textbox', { name: 'Note on this highlight' })
        .evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value)),
    ).toEqual(['', 'Worth a visit in October.']);
    await reading.close();
  });

  it('refuses a damaged file with a message naming the problem, the library unchanged', async () => {
    const before = await session.storedArticles();
    const broken = join(OUT, 'broken.csv');
    writeFileSync(broken, `${POCKET_CSV}\n"Unclosed,https://x.example/,1,c,,unread`);
    await choose(broken);
    const failed = page.locator('.import-dialog[data-step=failed]');
    await failed.waitFor();
    expect(await failed.locator('.import-error').innerText()).toBe(
      'The CSV file is damaged: a quoted field that starts in row 5 is never closed.',
    );
    expect(await failed.innerText()).toContain('Nothing in your library was changed.');
    await failed.getByRole('button', { name: 'Close' }).click();
    expect(await session.storedArticles()).toEqual(before);
  });

  it('captures a page still to capture when the user opens it and asks, keeping its tags', async () => {
    const url = server.pageUrl('news-article');
    const csv = join(OUT, 'pocket-local.csv');
    writeFileSync(
      csv,
      `title,url,time_added,cursor,tags,status\nMill story,${url},1650000000,c1,mills|to read,archive\n`,
    );
    await choose(csv);
    await dialog().getByRole('button', { name: 'Import 1 new' }).click();
    await expect.poll(() => page.locator('.notice').innerText()).toContain('Imported 1 new article.');
    await rowOf('Mill story').locator('.row-title').click();
    const notice = page.locator('.not-captured');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('This page has not been captured yet');
    await session.answerPermission(page, notice.getByRole('button', { name: 'Capture it now' }), true);
    // The page names another canonical address: the captured article takes the entry's place.
    // A failure shows what the reader said instead, with the tabs as the extension saw them then.
    await page
      .locator('.reader h1', { hasText: 'Harbour town votes to rebuild its tidal mill' })
      .waitFor()
      .catch(async (error: unknown) => {
        const said = await page
          .locator('.reader')
          .innerText()
          .catch(() => '');
        throw new Error(
          `${String(error)}\nThe reader said: ${said}\nTabs then: ${await describeTabs(session)}`,
        );
      });
    await notice.waitFor({ state: 'detached' });
    const stored = (await session.storedArticles()).filter(
      (a) => a.title.includes('tidal mill') || a.title === 'Mill story',
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ tags: ['mills', 'to read'], status: 'archived' });
    expect(stored[0]?.notCaptured).toBeUndefined();
    expect(stored[0]?.markdown).toContain('Kelsby Quay');
  });
});

describe('capturing every page not yet captured', () => {
  it('captures them one after another when the user starts it, each keeping its tags', async () => {
    // A fresh library, so only these two wait to be captured.
    const own = await launchExtension({ headed: true });
    try {
      const library = await own.openExtensionPage('library.html', { width: 1000, height: 900 });
      await library.locator('.empty').waitFor();
      const urls = ['news-article', 'second-article'].map((name) => server.pageUrl(name));
      const csv = join(OUT, 'pocket-batch.csv');
      writeFileSync(
        csv,
        [
          'title,url,time_added,cursor,tags,status',
          `One,${urls[0]},1650000000,a,first,unread`,
          `Two,${urls[1]},1650000001,b,second,unread`,
        ].join('\n'),
      );
      const chooser = library.waitForEvent('filechooser');
      await library.getByRole('button', { name: 'Import…' }).click();
      await (await chooser).setFiles(csv);
      await library
        .locator('.import-dialog[data-step=preview]')
        .getByRole('button', { name: 'Import 2 new' })
        .click();
      await expect.poll(() => library.locator('.notice').innerText()).toContain('Imported 2 new articles.');
      // The popup's list marks them as the library does, where a captured article shows its length.
      const popup = await openPopupInTab(own);
      // Polled whole: a row just rendered holds no text for innerText until the browser has decided
      // it is on screen (content-visibility: auto), which a busy or background tab may not have done.
      const popupRows = () => popup.locator('.row__meta').allInnerTexts();
      const notCaptured = expect.stringMatching(/^(?!.*\bwords?\b).*Not yet captured/);
      await expect.poll(popupRows).toEqual([notCaptured, notCaptured]);
      await own.answerPermission(
        library,
        library.getByRole('button', { name: 'Capture 2 pages not yet captured' }),
        true,
      );
      await expect
        // Within the test's own minute, so a failure shows what the notice said instead.
        .poll(() => library.locator('.notice').innerText(), { timeout: 45_000 })
        .toContain('Captured 2 pages; 0 could not be captured');
      const stored = await own.storedArticles();
      expect(stored).toHaveLength(2);
      expect(stored.filter((a) => a.notCaptured)).toEqual([]);
      expect(stored.map((a) => a.tags).sort()).toEqual([['first'], ['second']]);
      expect(stored.every((a) => a.markdown.length > 200)).toBe(true);
      expect(await library.locator('.pending-batch').count()).toBe(0);
      await popup.reload();
      const captured = expect.stringMatching(/^(?!.*Not yet captured).*\d words/);
      await expect.poll(popupRows).toEqual([captured, captured]);
    } finally {
      await own.close();
    }
  });
});
