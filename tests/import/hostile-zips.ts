import { randomBytes } from 'node:crypto';
import { strToU8 } from 'fflate';
import type { ExportManifest } from '../../lib/export/export-manifest';
import { repack } from '../export/zip-surgery';

export interface HostileZip {
  name: string;
  /** The bad zip, made from a good export. */
  make: (valid: Uint8Array) => Uint8Array;
  /** What the user is told. */
  message: RegExp;
  /**
   * What the library's import does instead, having told the file's format by its content first
   * (lib/import/read-import-files.ts): another message, or `markdown` when the zip is read as a
   * zip of Markdown files, as our own files without the manifest are.
   */
  inLibrary?: RegExp | 'markdown';
}

const firstArticle = (files: Record<string, unknown>) =>
  Object.keys(files).find((name) => name.endsWith('.md') && name !== 'index.md') as string;

/**
 * Bad imports made from a good export: each must be refused with a clear message and change
 * nothing. Covers the cases a user meets (a cut-short download, a hand-edited file, a random zip)
 * and the hostile ones (path traversal, zip bomb, padded manifest).
 */
export const HOSTILE_ZIPS: HostileZip[] = [
  {
    name: 'truncated download',
    make: (valid) => valid.slice(0, Math.floor(valid.length * 0.6)),
    message: /not a zip, or it is incomplete/,
  },
  {
    name: 'an empty file',
    make: () => new Uint8Array(0),
    message: /not a zip/,
    inLibrary: /The file is empty/,
  },
  {
    name: 'not a zip at all',
    make: () => strToU8('%PDF-1.7 not a zip'),
    message: /not a zip/,
    inLibrary: /no format that can be imported/,
  },
  {
    name: 'an article edited after export (bad checksum)',
    make: (valid) =>
      repack(valid, (files) => {
        const name = firstArticle(files);
        files[name] = strToU8(new TextDecoder().decode(files[name] as Uint8Array) + '\nedited by hand\n');
      }),
    message: /was changed or damaged after export/,
  },
  {
    name: 'a ../ path',
    make: (valid) =>
      repack(valid, (files) => {
        files['../../evil.md'] = strToU8('pwned');
      }),
    message: /unsafe file path/,
  },
  {
    name: 'a zip bomb',
    make: (valid) =>
      repack(valid, (files) => {
        files['bomb.md'] = new Uint8Array(24 * 1024 * 1024);
      }),
    message: /compressed suspiciously well/,
  },
  {
    name: 'a zip bomb of many files, each within the per-file limit',
    make: (valid) =>
      repack(valid, (files) => {
        const zeros = new Uint8Array(1024 * 1024);
        for (let i = 0; i < 80; i++) files[`part-${i}.md`] = zeros;
      }),
    message: /compressed suspiciously well/,
  },
  {
    name: 'a huge manifest',
    make: (valid) =>
      repack(valid, (files) => {
        const manifest = JSON.parse(
          new TextDecoder().decode(files['manifest.json'] as Uint8Array),
        ) as ExportManifest;
        const padding = randomBytes(2 * 1024 * 1024).toString('hex');
        files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, padding }));
      }),
    message: /manifest\.json is far larger than/,
  },
  {
    name: 'an export from a newer version',
    make: (valid) =>
      repack(valid, (files) => {
        const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'] as Uint8Array)) as object;
        files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, formatVersion: 99 }));
      }),
    message: /made by a newer version of Clean Capture/,
  },
  {
    name: 'a zip that is not an export',
    make: (valid) =>
      repack(valid, (files) => {
        delete files['manifest.json'];
      }),
    message: /not a Clean Capture export/,
    inLibrary: 'markdown',
  },
];
