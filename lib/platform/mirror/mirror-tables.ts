/** The folder chosen for saving as you capture. */
export interface MirrorFolder {
  /** Structured-cloneable, so IndexedDB keeps it across restarts (its permission it does not). */
  handle: FileSystemDirectoryHandle;
  /** The folder's name, to show without asking for the handle's permission. */
  name: string;
}

/** A file of the folder that the user changed there, waiting for their answer before we touch it. */
export interface MirrorConflict {
  path: string;
  /** What we were about to do: write our version, or remove the file of a deleted article. */
  kind: 'write' | 'remove';
  /** The article the path belongs to in the library now (a write) or did (a remove). */
  articleId: number;
  /** For a write, the fingerprint of the version we held back, recorded if they keep theirs. */
  fingerprint: string;
}
