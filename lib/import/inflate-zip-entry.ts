import { inflateSync } from 'fflate';
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

/**
 * The bytes of one entry, inflated at most to its declared size (headers can lie, so the limit
 * is enforced while inflating, not trusted) and checked against its CRC-32.
 */
export function inflateZipEntry(archive: Uint8Array, entry: ZipEntry): Uint8Array {
  const compressed = archive.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  // Made only when thrown: an Error records its stack, which for every entry of a large zip cost
  // about a twentieth of reading it.
  const damaged = () => new ZipEntryError(message('zip.fileDamaged', entry.name));
  let output: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw damaged();
    output = compressed;
  } else {
    // One call into a buffer of the declared size plus one byte, which fflate fills and never
    // grows: an entry that inflates to more fills that extra byte, one that ends early comes back
    // shorter, and a cut or broken stream throws. Twice as fast as feeding its streaming inflater
    // in steps (the import's largest cost), with memory still bounded by the declared size.
    try {
      output = inflateSync(compressed, { out: new Uint8Array(entry.size + 1) });
    } catch {
      throw damaged();
    }
    if (output.length !== entry.size) throw damaged();
  }
  if (crc32(output) !== entry.crc) {
    throw new ZipEntryError(message('zip.fileCorrupted', entry.name));
  }
  return output;
}
