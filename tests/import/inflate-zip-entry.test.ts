import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../lib/export/crc32';
import { inflateZipEntry, ZipEntryError } from '../../lib/import/inflate-zip-entry';
import type { ZipEntry } from '../../lib/import/list-zip-entries';

const text = strToU8('# A title\n\n' + 'Some words that repeat, and repeat again. '.repeat(200));
const compressed = deflateSync(text);

/** An archive of three bytes of padding and the compressed data, with the entry that describes it. */
function entryOf(data: Uint8Array, declared: Partial<ZipEntry> = {}): [Uint8Array, ZipEntry] {
  const archive = new Uint8Array(3 + data.length);
  archive.set(data, 3);
  const entry: ZipEntry = {
    name: 'a.md',
    method: 8,
    crc: crc32(text),
    compressedSize: data.length,
    size: text.length,
    dataStart: 3,
    ...declared,
  };
  return [archive, entry];
}

function refusal(archive: Uint8Array, entry: ZipEntry): string {
  try {
    inflateZipEntry(archive, entry);
  } catch (error) {
    if (error instanceof ZipEntryError) return error.said.key;
    throw error;
  }
  return 'read';
}

describe('inflateZipEntry', () => {
  it('gives back the bytes of an intact entry, compressed or stored', () => {
    expect(inflateZipEntry(...entryOf(compressed))).toEqual(text);
    expect(inflateZipEntry(...entryOf(text, { method: 0, compressedSize: text.length }))).toEqual(text);
  });

  it('refuses an entry that unpacks to more than it declares, without unpacking the rest', () => {
    expect(refusal(...entryOf(compressed, { size: text.length - 1 }))).toBe('zip.fileDamaged');
    expect(refusal(...entryOf(compressed, { size: 10 }))).toBe('zip.fileDamaged');
  });

  it('refuses an entry that unpacks to less than it declares', () => {
    expect(refusal(...entryOf(compressed, { size: text.length + 1 }))).toBe('zip.fileDamaged');
  });

  it('refuses a cut or broken stream', () => {
    expect(refusal(...entryOf(compressed.subarray(0, compressed.length >> 1)))).toBe('zip.fileDamaged');
    const broken = compressed.slice();
    broken[0] = 0xff;
    expect(refusal(...entryOf(broken))).toBe('zip.fileDamaged');
  });

  it('refuses an entry whose checksum differs', () => {
    expect(refusal(...entryOf(compressed, { crc: crc32(text) ^ 1 }))).toBe('zip.fileCorrupted');
  });
});
