import { unzipSync, zipSync, type Zippable } from 'fflate';

/** Offsets of the central directory records of a zip, in order, and of its end record. */
export function centralDirectory(bytes: Uint8Array): { entries: number[]; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const entries: number[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    entries.push(at);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { entries, end };
}

/** The name of the central directory record at `offset`. */
export function entryName(bytes: Uint8Array, offset: number): string {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint16(offset + 28, true);
  return new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + length));
}

/** A copy of the zip with the central directory record of `name` changed by `patch`. */
export function patchEntry(
  bytes: Uint8Array,
  name: string,
  patch: (view: DataView, offset: number) => void,
): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const offset = centralDirectory(copy).entries.find((at) => entryName(copy, at) === name);
  if (offset === undefined) throw new Error(`no entry ${name}`);
  patch(view, offset);
  return copy;
}

/** Unpacks a zip, lets `change` edit its files, and packs it again (fflate, deflate). */
/** The same zip with every entry stored uncompressed, as some other zip tools write them. */
export function storeUncompressed(bytes: Uint8Array): Uint8Array {
  return zipSync(unzipSync(bytes), { level: 0, mtime: new Date('2026-01-01T00:00:00Z') });
}

export function repack(bytes: Uint8Array, change: (files: Zippable) => void): Uint8Array {
  const files: Zippable = unzipSync(bytes);
  change(files);
  return zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') });
}
