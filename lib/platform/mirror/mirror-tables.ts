export type { MirrorConflict } from '../../mirror/mirror-status';

/** The folder chosen for saving as you capture. */
export interface MirrorFolder {
  /** Structured-cloneable, so IndexedDB keeps it across restarts (its permission it does not). */
  handle: FileSystemDirectoryHandle;
  /** The folder's name, to show without asking for the handle's permission. */
  name: string;
}
