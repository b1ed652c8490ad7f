import { sha256Hex } from '../../bytes/sha256-hex';
import { keptCopyPath } from '../../mirror/check-folder-file';
import type { ConflictAnswer } from '../../mirror/mirror-status';
import type { CleanCaptureDb } from '../store/db';
import { hasFolderFile, readFolderFile, writeFolderFile } from './folder-files';

/**
 * Settles a file the user edited in the folder. Keep theirs: their file stays, and is not touched
 * until the article changes, when the user is asked again (a deleted article's file is simply no
 * longer ours). Overwrite:
 * their copy counts as the last one written, so the next pass replaces (or removes) it. Keep both:
 * their copy is saved beside it first (`<name>.edited.md`), then as overwrite. Nothing here writes
 * our version; the next sync does, in order with any other pending change.
 */
export async function resolveConflict(
  db: CleanCaptureDb,
  root: FileSystemDirectoryHandle,
  path: string,
  answer: ConflictAnswer,
): Promise<void> {
  const conflict = await db.mirrorConflicts.get(path);
  if (!conflict) return;
  const theirs = await readFolderFile(root, path);
  if (answer === 'keep-both' && theirs) {
    const taken = new Set<string>();
    let copy = keptCopyPath(path, (candidate) => taken.has(candidate));
    while (await hasFolderFile(root, copy)) {
      taken.add(copy);
      copy = keptCopyPath(path, (candidate) => taken.has(candidate));
    }
    await writeFolderFile(root, { path: copy, bytes: theirs });
  }
  const sha256 = theirs ? await sha256Hex(theirs) : '';
  await db.transaction('rw', db.mirrorFiles, db.mirrorConflicts, async () => {
    const written = await db.mirrorFiles.get(path);
    await db.mirrorConflicts.delete(path);
    const assets = written?.assets ?? [];
    if (answer !== 'keep-theirs') {
      // Their copy becomes the last one written: the next pass may replace or remove it. A write
      // records no article, so that pass writes ours whatever the fingerprints say.
      const articleId = conflict.kind === 'remove' ? conflict.articleId : -1;
      await db.mirrorFiles.put({ path, articleId, fingerprint: '', sha256, assets });
    } else if (conflict.kind === 'remove') {
      // The article is gone; their file stays, no longer ours to change.
      await db.mirrorFiles.delete(path);
    } else {
      // Recorded as up to date, with no checksum of ours: when the article changes once more, the
      // file is still theirs, and the user is asked again rather than overwritten then.
      const { articleId, fingerprint } = conflict;
      await db.mirrorFiles.put({ path, articleId, fingerprint, sha256: '', assets });
    }
  });
}
