import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ICON_SIZES } from '../../lib/toolbar/icon-sizes';

// The packages `npm run zip` makes for the stores (`npm test` makes them before the end-to-end run),
// opened with the real unzip, as a store reviewer would.
const run = promisify(execFile);
const output = resolve('.output');
const unpacked: string[] = [];

afterAll(async () => {
  await Promise.all(unpacked.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function unpack(zipName: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'clean-capture-package-'));
  unpacked.push(dir);
  await run('unzip', ['-q', join(output, zipName), '-d', dir]);
  return dir;
}

async function packageNamed(suffix: string): Promise<string> {
  const zip = (await readdir(output)).find((name) => name.endsWith(suffix));
  if (!zip) throw new Error(`No .output/*${suffix}: run \`npm run zip\` first.`);
  return zip;
}

/** Every value in the manifest that names a file of the package (not a URL or a match pattern). */
function filesNamedIn(value: unknown): string[] {
  if (typeof value === 'string') return /^[\w./-]+\.(png|svg|html|js|css|json)$/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(filesNamedIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(filesNamedIn);
  return [];
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each([
  ['Chrome', '-chrome.zip', 'action'],
  ['Firefox', '-firefox.zip', 'browser_action'],
])('the %s store package', (_, suffix, actionKey) => {
  it('holds every file its manifest names', async () => {
    const dir = await unpack(await packageNamed(suffix));
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    const named = filesNamedIn(manifest);
    expect(named).toContain(manifest[actionKey].default_popup);
    expect(named.length).toBeGreaterThan(ICON_SIZES.length * 2);
    for (const file of named) {
      expect((await stat(join(dir, file)).catch(() => null))?.isFile(), `${file} is in the package`).toBe(
        true,
      );
    }
  });

  it('has icons of the sizes they claim, for the add-on and the toolbar button', async () => {
    const dir = await unpack(await packageNamed(suffix));
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    for (const icons of [manifest.icons, manifest[actionKey].default_icon]) {
      expect(Object.keys(icons).map(Number)).toEqual([...ICON_SIZES]);
      for (const [size, file] of Object.entries<string>(icons)) {
        const claimed = Number(size);
        expect(pngSize(await readFile(join(dir, file))), file).toEqual({ width: claimed, height: claimed });
      }
    }
  });
});

it('puts the Firefox button on the toolbar, not in the Extensions menu', async () => {
  const dir = await unpack(await packageNamed('-firefox.zip'));
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  expect(manifest.browser_action.default_area).toBe('navbar');
});

it('ships the sources Firefox reviewers rebuild the add-on from', async () => {
  const dir = await unpack(await packageNamed('-sources.zip'));
  for (const file of ['package.json', 'package-lock.json', 'wxt.config.ts', 'public/icon.svg', 'README.md']) {
    expect((await stat(join(dir, file)).catch(() => null))?.isFile(), `${file} is in the sources`).toBe(true);
  }
  const top = await readdir(dir);
  for (const generated of ['node_modules', '.output', 'test-output', 'demo-output']) {
    expect(top).not.toContain(generated);
  }
});
