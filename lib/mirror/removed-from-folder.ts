import type { WrittenFile } from './plan-mirror';

/**
 * The articles whose file this library last wrote to the folder and which the folder no longer
 * has: another profile sharing the folder deleted the article, or the user deleted the file. The
 * import from the folder offers to delete them here too, so profiles that share a folder converge
 * on deletes as on captures. A file the user kept as theirs (no checksum of ours) or took over
 * (no article) is not ours to follow.
 */
export function removedFromFolder(written: readonly WrittenFile[], listed: readonly string[]): number[] {
  const present = new Set(listed);
  const ids = written
    .filter((file) => !present.has(file.path) && file.articleId >= 0 && file.sha256 !== '')
    .map((file) => file.articleId);
  return [...new Set(ids)];
}
