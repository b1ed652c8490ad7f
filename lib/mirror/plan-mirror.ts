import type { RememberedName } from './mirror-paths';

/** What the folder should hold for one article, as far as the records tell without its body. */
export interface WantedFile {
  path: string;
  articleId: number;
  /** Changes whenever anything the file is made from changes (see mirrorFingerprintSource). */
  fingerprint: string;
  /** For the order of writing: the oldest capture first. */
  capturedAt: string;
  /** The base name the path was made from, kept with the written file for the next pass. */
  name?: RememberedName;
}

/** What was last written at a path of the folder, as recorded in IndexedDB. */
export interface WrittenFile {
  path: string;
  articleId: number;
  fingerprint: string;
  /** SHA-256 of the bytes written: the folder's copy is the user's edit when it differs. */
  sha256: string;
  /** The `assets/…` images the file links. */
  assets: string[];
  /** The base name the path was made from (see mirrorPaths), so the next pass need not slug it again. */
  name?: RememberedName;
}

/** The changes the folder is behind by: files to (re)write, in order, and files to remove. */
export interface MirrorPlan {
  write: WantedFile[];
  remove: WrittenFile[];
}

/**
 * Compares what the library wants in the folder with what was written there, path by path: a path
 * wanted with another article or fingerprint is rewritten, a path no longer wanted is removed. An
 * article that moved (a new title, a re-import under a new id) is a removal plus a write. Nothing is
 * lost while the folder cannot be written: the plan is made again from both records each time.
 */
export function planMirror(wanted: readonly WantedFile[], written: readonly WrittenFile[]): MirrorPlan {
  const byPath = new Map(written.map((file) => [file.path, file]));
  const wantedPaths = new Set(wanted.map((file) => file.path));
  const write = wanted
    .filter((file) => {
      const last = byPath.get(file.path);
      return !last || last.articleId !== file.articleId || last.fingerprint !== file.fingerprint;
    })
    .sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.articleId - b.articleId);
  const remove = written.filter((file) => !wantedPaths.has(file.path));
  return { write, remove };
}

/** How many changes are waiting to be written. */
export function pendingCount(plan: MirrorPlan): number {
  return plan.write.length + plan.remove.length;
}

/** The images no written file links any more, which the folder's `assets/` can drop. */
export function unusedAssets(before: readonly WrittenFile[], after: readonly WrittenFile[]): string[] {
  const used = new Set(after.flatMap((file) => file.assets));
  return [...new Set(before.flatMap((file) => file.assets))].filter((asset) => !used.has(asset));
}
