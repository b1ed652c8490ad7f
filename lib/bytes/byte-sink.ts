import { joinBytes } from './join-bytes';

/** Bytes and UTF-8 text written piece by piece into blocks, read back once as one array. */
export interface ByteSink {
  write(bytes: Uint8Array): void;
  writeText(text: string): void;
  /** Bytes written so far. */
  readonly length: number;
  /** Everything written, as one array; the sink is empty afterwards. */
  take(): Uint8Array<ArrayBuffer>;
}

/** The size of a block; a longer piece gets a block of its own size. */
const BLOCK_BYTES = 256 * 1024;

/**
 * A place for many small pieces that are only ever needed as bytes (an export's index rows,
 * manifest entries and zip directory): they live in array buffers, outside the JavaScript heap,
 * where tens of thousands of strings and objects would keep the heap large for the whole of a zip.
 */
export function createByteSink(): ByteSink {
  const encoder = new TextEncoder();
  let full: Uint8Array[] = [];
  let fullBytes = 0;
  let block = new Uint8Array(0);
  let used = 0;
  /** Makes room for `bytes` more in the current block. */
  const room = (bytes: number) => {
    if (block.length - used >= bytes) return;
    if (used > 0) full.push(block.subarray(0, used));
    fullBytes += used;
    block = new Uint8Array(Math.max(BLOCK_BYTES, bytes));
    used = 0;
  };
  return {
    write(bytes) {
      room(bytes.length);
      block.set(bytes, used);
      used += bytes.length;
    },
    writeText(text) {
      // A UTF-16 unit takes at most 3 bytes in UTF-8 (a pair of them, 4).
      room(text.length * 3);
      used += encoder.encodeInto(text, block.subarray(used)).written;
    },
    get length() {
      return fullBytes + used;
    },
    take() {
      const bytes = joinBytes([...full, block.subarray(0, used)], fullBytes + used);
      full = [];
      fullBytes = 0;
      block = new Uint8Array(0);
      used = 0;
      return bytes;
    },
  };
}
