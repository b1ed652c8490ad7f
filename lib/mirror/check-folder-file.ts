/**
 * What to do with a path of the folder before writing there, from checksums: the folder's copy
 * now (null when absent), what was last written (null when never), and what is about to be.
 * - `write`: absent, or exactly what was last written (nobody touched it);
 * - `same`: the folder already holds these very bytes (another profile wrote them): only record it;
 * - `edited`: someone changed it since, or it was never ours: ask, never overwrite silently.
 */
export function checkBeforeWrite(
  current: string | null,
  lastWritten: string | null,
  next: string,
): 'write' | 'same' | 'edited' {
  if (current === next) return 'same';
  if (current === null || current === lastWritten) return 'write';
  return 'edited';
}

/**
 * What to do before removing a path: `remove` when it is as last written, `gone` when it is not
 * there any more, `edited` when the user changed it since (ask first).
 */
export function checkBeforeRemove(current: string | null, lastWritten: string): 'remove' | 'gone' | 'edited' {
  if (current === null) return 'gone';
  return current === lastWritten ? 'remove' : 'edited';
}

/** Where "keep both" puts the user's copy: beside the file, `<name>.edited.md`, numbered if taken. */
export function keptCopyPath(path: string, taken: (candidate: string) => boolean): string {
  const stem = path.replace(/\.md$/, '');
  for (let n = 1; ; n++) {
    const candidate = `${stem}.edited${n === 1 ? '' : `-${n}`}.md`;
    if (!taken(candidate)) return candidate;
  }
}
