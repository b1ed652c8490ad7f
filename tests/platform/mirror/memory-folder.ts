/*
 * A folder in memory with the File System Access calls the mirror makes (nested folders, whole-file
 * writes, removal, listing), for platform tests in Node, which has no FileSystemDirectoryHandle.
 * End-to-end tests use the browser's own.
 */

type Entry = Map<string, Entry> | Uint8Array;

const notFound = (name: string) => new DOMException(`${name} is not there`, 'NotFoundError');

function directory(name: string, entries: Map<string, Entry>): FileSystemDirectoryHandle {
  const handle = {
    kind: 'directory',
    name,
    isSameEntry: (other: unknown) => Promise.resolve(other === handle),
    async getDirectoryHandle(child: string, options?: { create?: boolean }) {
      let entry = entries.get(child);
      if (entry === undefined && options?.create) entries.set(child, (entry = new Map()));
      if (!(entry instanceof Map)) throw notFound(child);
      return directory(child, entry);
    },
    async getFileHandle(child: string, options?: { create?: boolean }) {
      let entry = entries.get(child);
      if (entry === undefined && options?.create) entries.set(child, (entry = new Uint8Array()));
      if (!(entry instanceof Uint8Array)) throw notFound(child);
      return {
        kind: 'file',
        name: child,
        getFile: async () => new Blob([entries.get(child) as Uint8Array<ArrayBuffer>]),
        createWritable: async () => {
          let written = new Uint8Array();
          return {
            write: async (bytes: Uint8Array) => void (written = bytes.slice()),
            close: async () => void entries.set(child, written),
          };
        },
      };
    },
    async removeEntry(child: string) {
      if (!entries.delete(child)) throw notFound(child);
    },
    async *entries() {
      for (const [child, entry] of entries)
        yield [child, entry instanceof Map ? directory(child, entry) : await handle.getFileHandle(child)];
    },
  };
  return handle as unknown as FileSystemDirectoryHandle;
}

/** A new empty folder, and a view of its files by path (as text) for assertions. */
export function memoryFolder(name = 'vault'): {
  root: FileSystemDirectoryHandle;
  files: () => Record<string, string>;
  write: (path: string, text: string) => void;
} {
  const top = new Map<string, Entry>();
  const list = (entries: Map<string, Entry>, prefix: string, out: Record<string, string>) => {
    for (const [child, entry] of entries) {
      if (entry instanceof Map) list(entry, `${prefix}${child}/`, out);
      else out[`${prefix}${child}`] = new TextDecoder().decode(entry);
    }
    return out;
  };
  return {
    root: directory(name, top),
    files: () => list(top, '', {}),
    write(path, text) {
      const segments = path.split('/');
      const file = segments.pop() as string;
      let at = top;
      for (const segment of segments) {
        const next = at.get(segment) ?? new Map<string, Entry>();
        at.set(segment, next);
        at = next as Map<string, Entry>;
      }
      at.set(file, new TextEncoder().encode(text));
    },
  };
}
