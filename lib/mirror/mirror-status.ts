import type { Message } from '../i18n/message';
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

/** The user's answer about a file they edited in the folder. */
export type ConflictAnswer = 'keep-theirs' | 'overwrite' | 'keep-both';

/** Where saving to a folder stands, for the popup, the library and the settings page. */
export type MirrorStatus =
  /** This browser has no folder access (Firefox). */
  | { kind: 'unsupported' }
  /** No folder chosen. */
  | { kind: 'off' }
  /** A folder is chosen but the browser needs the user's permission again (after a restart). */
  | { kind: 'paused'; folder: string; pending: number }
  | {
      kind: 'on';
      folder: string;
      pending: number;
      conflicts: MirrorConflict[];
      error: Message | string | null;
    };
