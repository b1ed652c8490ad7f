import { randomBytes } from 'node:crypto';
import { strToU8 } from 'fflate';
import type { ExportManifest } from '../../lib/export/export-manifest';
import { repack } from '../export/zip-surgery';

export interface HostileZip {
  name: string;
  bytes: Uint8Array;
  /** What the user is told. */
  message: RegExp;
}

const firstArticle = (files: Record<string, unknown>) =>
  Object.keys(files).find((name) => name.endsWith('.md') && name !== 'index.md') as string;

/**
 * Bad imports made from a good export: each must be refused with a clear message and change
 * nothing. Covers the cases a user meets (a cut-short download, a hand-edited file, a random zip)
 * and the hostile ones (path traversal, zip bomb, padded manifest).
 */
export function hostileZips(valid: Uint8Array): HostileZip[] {
  return [
    {
      name: 'truncated download',
      bytes: valid.slice(0, Math.floor(valid.length * 0.6)),
      message: /not a zip, or it is incomplete/,
    },
    { name: 'not a zip at all', bytes: strToU8('%PDF-1.7 not a zip'), message: /not a zip/ },
    {
      name: 'an article edited after export (bad checksum)',
      bytes: repack(valid, (files) => {
        const name = firstArticle(files);
        files[name] = strToU8(new TextDecoder().decode(files[name] as Uint8Array) + '\nedited by hand\n');
      }),
      message: /was changed or damaged after export/,
    },
    {
      name: 'a ../ path',
      bytes: repack(valid, (files) => {
        files['../../evil.md'] = strToU8('pwned');
      }),
      message: /unsafe file path/,
    },
    {
      name: 'a zip bomb',
      bytes: repack(valid, (files) => {
        files['bomb.md'] = new Uint8Array(12 * 1024 * 1024);
      }),
      message: /compressed suspiciously well/,
    },
    {
      name: 'a huge manifest',
      bytes: repack(valid, (files) => {
        const manifest = JSON.parse(
          new TextDecoder().decode(files['manifest.json'] as Uint8Array),
        ) as ExportManifest;
        const padding = randomBytes(2 * 1024 * 1024).toString('hex');
        files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, padding }));
      }),
      message: /manifest\.json is far larger than/,
    },
    {
      name: 'a zip that is not an export',
      bytes: repack(valid, (files) => {
        delete files['manifest.json'];
      }),
      message: /not a Clean Capture export/,
    },
  ];
}
