import { bytes as byteSize, message, type Message } from '../i18n/message';

/** Bounds that keep a hostile zip from exhausting memory; every size is checked before inflating. */
export interface ZipLimits {
  maxArchiveBytes: number;
  maxEntries: number;
  /** Uncompressed size of any one entry that is read; a larger article file is skipped, not inflated. */
  maxEntryBytes: number;
  /** Uncompressed size of all entries together. */
  maxTotalBytes: number;
  /**
   * Uncompressed ÷ compressed size, for an entry above `maxEntryBytes` and for the whole zip
   * above `ratioFloorBytes`.
   */
  maxRatio: number;
  /**
   * Below this the whole zip may compress as well as it likes: a long code block or a table of
   * repeated rows compresses a thousandfold and is still a real article, and memory is bounded by
   * the sizes alone.
   */
  ratioFloorBytes: number;
}

const MiB = 1024 * 1024;

/**
 * A 10,000-article export is ~31 MB zipped and ~80 MB unzipped; these allow several times
 * that while keeping a browser tab well clear of running out of memory.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxArchiveBytes: 512 * MiB,
  maxEntries: 65_535,
  maxEntryBytes: 16 * MiB,
  maxTotalBytes: 512 * MiB,
  maxRatio: 100,
  ratioFloorBytes: 64 * MiB,
};

/** One file of a zip as its central directory declares it; nothing has been inflated yet. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the compressed bytes start in the archive. */
  dataStart: number;
}

/**
 * Why a zip of `size` bytes is refused before anything is read, or null when its size is allowed.
 * Checked on the file's size as well, so a huge file is never loaded into memory.
 */
export function checkArchiveSize(
  size: number,
  limits: Pick<ZipLimits, 'maxArchiveBytes'> = DEFAULT_ZIP_LIMITS,
): Message | null {
  return size > limits.maxArchiveBytes ? message('zip.tooLarge', byteSize(limits.maxArchiveBytes)) : null;
}

export type ZipListResult = { ok: true; entries: Map<string, ZipEntry> } | { ok: false; message: Message };

const NOT_A_ZIP = message('zip.notZip');
const DAMAGED = message('zip.damaged');
const EOCD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;

/** A path that could land outside the folder it is unzipped into, or mean different things on Windows. */
export function isUnsafeZipPath(name: string): boolean {
  return (
    name.length === 0 ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-zA-Z]:/.test(name) ||
    /\p{Cc}/u.test(name) ||
    name.split('/').some((part) => part === '..')
  );
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - 0xffff);
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return -1;
}

/**
 * Reads a zip's central directory and checks it against `limits` without inflating anything:
 * structure, unsafe or duplicate names, encryption, methods, declared sizes, compression ratio,
 * and entries that overlap (a trick of zip bombs). An entry over `maxEntryBytes` is listed, for
 * the reader to skip with a reason, unless it is also a bomb. Never throws.
 */
export function listZipEntries(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipListResult {
  const tooLarge = checkArchiveSize(bytes.length, limits);
  if (tooLarge) return { ok: false, message: tooLarge };
  if (bytes.length < EOCD_SIZE) return { ok: false, message: NOT_A_ZIP };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return { ok: false, message: NOT_A_ZIP };
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryStart = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 8, true) !== count) {
    return { ok: false, message: message('zip.split') };
  }
  if (count > limits.maxEntries) {
    return {
      ok: false,
      message: message('zip.tooManyFiles', limits.maxEntries),
    };
  }
  if (directoryStart + directorySize > eocd) return { ok: false, message: NOT_A_ZIP };

  const entries = new Map<string, ZipEntry>();
  const ranges: Array<[number, number]> = [];
  let total = 0;
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER_SIZE > eocd || view.getUint32(at, true) !== 0x02014b50) {
      return { ok: false, message: DAMAGED };
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next =
      at + CENTRAL_HEADER_SIZE + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const localStart = view.getUint32(at + 42, true);
    if (next > eocd) return { ok: false, message: DAMAGED };
    const rawName = bytes.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength);
    at = next;
    // Bit 11 says the name is UTF-8; without it, decoding leniently is enough to match names.
    let name: string;
    try {
      name = new TextDecoder('utf-8', { fatal: (flags & 0x800) !== 0 }).decode(rawName);
    } catch {
      return { ok: false, message: DAMAGED };
    }
    if (isUnsafeZipPath(name)) {
      return {
        ok: false,
        message: message('zip.unsafePath', JSON.stringify(name)),
      };
    }
    if (entries.has(name)) return { ok: false, message: message('zip.twice', name) };
    if (flags & 1) return { ok: false, message: message('zip.encrypted') };
    if (method !== 0 && method !== 8) {
      return { ok: false, message: message('zip.method', String(method)) };
    }
    total += size;
    if (total > limits.maxTotalBytes) {
      return {
        ok: false,
        message: message('zip.unpacksTooLarge', byteSize(limits.maxTotalBytes)),
      };
    }
    // An entry too large to be read is never inflated, so it costs nothing; but one that declares
    // far more than it holds is a bomb, and says the whole zip was made to harm.
    if (size > limits.maxEntryBytes && size > compressedSize * limits.maxRatio) {
      return {
        ok: false,
        message: message('zip.fileBomb', name),
      };
    }
    if (localStart + LOCAL_HEADER_SIZE > directoryStart || view.getUint32(localStart, true) !== 0x04034b50) {
      return { ok: false, message: DAMAGED };
    }
    const dataStart =
      localStart +
      LOCAL_HEADER_SIZE +
      view.getUint16(localStart + 26, true) +
      view.getUint16(localStart + 28, true);
    if (dataStart + compressedSize > directoryStart) return { ok: false, message: DAMAGED };
    if (name.endsWith('/')) continue;
    ranges.push([localStart, dataStart + compressedSize]);
    entries.set(name, { name, method, crc, compressedSize, size, dataStart });
  }
  // Many small entries can each stay under the per-entry ratio yet add up to a bomb.
  if (total > limits.ratioFloorBytes && total > bytes.length * limits.maxRatio) {
    return {
      ok: false,
      message: message('zip.bomb'),
    };
  }
  // Entries sharing bytes let a small zip declare the same huge data many times over.
  ranges.sort((a, b) => a[0] - b[0]);
  let previousEnd = 0;
  for (const [start, end] of ranges) {
    if (start < previousEnd) {
      return {
        ok: false,
        message: message('zip.overlap'),
      };
    }
    previousEnd = end;
  }
  return { ok: true, entries };
}
