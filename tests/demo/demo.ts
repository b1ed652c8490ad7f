// `npm run demo`: builds the extension, opens Chromium with it, captures a sample news page through
// the toolbar button, exports the zip and prints the saved Markdown. Output lands in demo-output/.
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { launchExtension } from '../harness/launch-extension';
import { serveFixtures } from '../harness/serve-fixtures';

const run = promisify(execFile);
const out = resolve('demo-output');
const samples = resolve('tests/e2e/fixtures');

function step(text: string): void {
  console.log(`\n▸ ${text}`);
}

async function main(): Promise<void> {
  step('Building the extension (npm run build)…');
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });

  const server = await serveFixtures(samples);
  const headed = Boolean(process.env.DISPLAY);
  step(`Starting Chromium with Clean Capture (${headed ? 'headed' : 'headless'})…`);
  const session = await launchExtension({ headed });
  try {
    const url = server.pageUrl('news-article');
    step(`Opening the sample news page ${url} and clicking the toolbar button…`);
    const page = await session.openPage(url);
    const popup = await session.clickToolbarButton(page);
    await popup.waitForText(/Saved “|Not saved/);
    const popupShot = join(out, 'popup.png');
    await popup.screenshot(popupShot);
    const status = await popup.evaluate<string>(
      'document.querySelector("[role=status],[role=alert]")?.innerText ?? ""',
    );
    console.log(`  popup says: ${status.replace(/\s+/g, ' ').trim()}`);
    await popup.close();

    step('Exporting from the popup…');
    const list = await session.openExtensionPage('popup.html', { width: 380, height: 500 });
    await list.getByLabel('Select all').check();
    const downloading = list.waitForEvent('download');
    await list.getByRole('button', { name: /Export/ }).click();
    const download = await downloading;
    const zipPath = join(out, download.suggestedFilename());
    await download.saveAs(zipPath);
    const { stdout: listing } = await run('unzip', ['-l', zipPath]);
    console.log(listing.trimEnd());

    const articleFile = listing
      .split('\n')
      .map((line) => line.trim().split(/\s+/).slice(3).join(' '))
      .find((name) => name.endsWith('.md') && name !== 'index.md');
    if (articleFile) {
      step(`The saved Markdown (${articleFile}):`);
      const { stdout } = await run('unzip', ['-p', zipPath, articleFile], { maxBuffer: 16 * 1024 * 1024 });
      console.log(stdout);
    }
    step(`Done. Wrote ${zipPath} and ${popupShot}`);
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
