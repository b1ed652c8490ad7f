import { Zip, type ZipInputFile } from 'fflate';
import { crc32 } from './crc32';
import type { DeflateRaw } from './deflate-raw';

export interface ZipWriter {
  /**
   * Adds a file. Entries appear in the order `add` was called even when their compression
   * finishes out of order; the promise settles once this file's bytes are compressed.
   */
  add(name: string, bytes: Uint8Array, mtime: Date, options?: { store?: boolean }): Promise<void>;
  /** Bytes of zip output so far (entries whose compression has finished). */
  readonly size: number;
  /** The chunks of output made since the last call (or the start), no longer kept here. */
  takeChunks(): Uint8Array[];
  /** Writes the central directory and returns every chunk of the zip not taken yet. */
  finish(): Uint8Array[];
  /** Drops the zip; nothing more can be added. */
  abort(): void;
}

/**
 * Entries say they were made on Unix with mode rw-r--r--. fflate's default, MS-DOS, makes
 * Info-ZIP unzip (Debian's at least) read UTF-8 names as code page 437 even with the UTF-8 flag
 * set, turning `привет.md` into mojibake.
 */
const UNIX = { os: 3, attrs: (0o100644 << 16) >>> 0 };

/** A streaming zip of DEFLATE entries built with fflate's `Zip`, which holds compressed output only. */
export function createZipWriter(deflateRaw: DeflateRaw): ZipWriter {
  let chunks: Uint8Array[] = [];
  let size = 0;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else {
      chunks.push(chunk);
      size += chunk.length;
    }
  });
  return {
    get size() {
      return size;
    },
    async add(name, bytes, mtime, options = {}) {
      // Added first so its place in the zip is fixed, then fed the DEFLATE output, so the native
      // (asynchronous) compressor can be used and several files can be in flight at once.
      const file: ZipInputFile = {
        ...UNIX,
        filename: name,
        compression: options.store ? 0 : 8,
        crc: crc32(bytes),
        size: bytes.length,
        mtime,
      };
      zip.add(file);
      // Images are compressed already: DEFLATE would cost time and win a percent or two.
      const compressed = options.store ? (bytes as Uint8Array<ArrayBuffer>) : await deflateRaw(bytes);
      file.ondata?.(null, compressed, true);
    },
    takeChunks() {
      const taken = chunks;
      chunks = [];
      return taken;
    },
    finish() {
      zip.end();
      if (failure) throw failure;
      return chunks;
    },
    abort() {
      zip.terminate();
      chunks.length = 0;
    },
  };
}
