import { Inflate } from 'fflate';
import { crc32 } from '../export/crc32';
import { message, type Message } from '../i18n/message';
import type { ZipEntry } from './list-zip-entries';

/** A zip entry that could not be read; `said` tells the user why. */
export class ZipEntryError extends Error {
  override name = 'ZipEntryError';
  constructor(readonly said: Message) {
    super(said.key);
  }
}

// Compressed bytes fed per step. Deflate expands at most ~1,032×, so one step can overshoot the
// declared size by at most ~8 MB before the check below stops it.
const STEP = 8 * 1024;

/**
 * The bytes of one entry, inflated at most to its declared size (headers can lie, so the limit
 * is enforced while inflating, not trusted) and checked against its CRC-32.
 */
export function inflateZipEntry(archive: Uint8Array, entry: ZipEntry): Uint8Array {
  const compressed = archive.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const damaged = new ZipEntryError(message('zip.fileDamaged', entry.name));
  let output: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw damaged;
    output = compressed;
  } else {
    output = new Uint8Array(entry.size);
    let written = 0;
    let finished = false;
    const inflater = new Inflate((chunk, final) => {
      if (written + chunk.length > entry.size) throw damaged;
      output.set(chunk, written);
      written += chunk.length;
      finished ||= final;
    });
    try {
      for (let at = 0; at < compressed.length && !finished; at += STEP) {
        const end = Math.min(at + STEP, compressed.length);
        inflater.push(compressed.subarray(at, end), end === compressed.length);
      }
    } catch (error) {
      // fflate reports broken streams by throwing; either way the entry cannot be trusted.
      if (error instanceof ZipEntryError) throw error;
      throw damaged;
    }
    if (!finished || written !== entry.size) throw damaged;
  }
  if (crc32(output) !== entry.crc) {
    throw new ZipEntryError(message('zip.fileCorrupted', entry.name));
  }
  return output;
}
