import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { serveFixtures, type FixtureServer } from '../harness/serve-fixtures';
import { exportAll, waitForArticles } from './e2e-helpers';

// The settings page in real Chromium: its live preview on the newest article, a refused template,
// and a saved one reaching the next export's zip.

const MILL = 'Harbour town votes to rebuild its tidal mill';
let server: FixtureServer;
let session: ExtensionSession;
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'clean-capture-options-'));
  server = await serveFixtures(resolve('tests/e2e/fixtures'));
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('the settings page', () => {
  it('previews the file name as the template changes, refuses a bad one, and the export follows a saved one', async () => {
    const popup = await session.clickToolbarButton(await session.openPage(server.pageUrl('news-article')));
    await popup.waitForText(`Saved “${MILL}”`);
    const [article] = await waitForArticles(session, 1);
    const year = article?.capturedAt.slice(0, 4) ?? '';

    const options = await session.openExtensionPage('options.html');
    const name = options.getByTestId('preview-name');
    await expect.poll(() => name.textContent()).toBe('harbour-town-votes-to-rebuild-its-tidal-mill.md');
    await expect.poll(() => options.getByTestId('preview-document').textContent()).toMatch(/^---\ntitle: /);

    const field = options.getByLabel('File name template');
    await field.fill('{site}/{titel}');
    await options.getByRole('alert').waitFor();
    expect(await options.getByRole('alert').textContent()).toMatch(/\{titel\}, which is not a variable/);
    expect(await options.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);

    await field.fill('{yyyy}/{title}');
    await expect
      .poll(() => name.textContent())
      .toBe(`${year}/harbour-town-votes-to-rebuild-its-tidal-mill.md`);
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved. The next export uses it.').waitFor();

    const library = await session.openExtensionPage('library.html');
    await library.getByText(MILL).first().waitFor();
    const zipPath = join(workDir, 'export.zip');
    await exportAll(library, zipPath);
    const listing = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).split('\n');
    expect(listing).toContain(`${year}/harbour-town-votes-to-rebuild-its-tidal-mill.md`);
  });
});
