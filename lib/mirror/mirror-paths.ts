import type { ArticleRecord } from '../article';
import { createTemplateFileNameAllocator } from '../export/create-file-name-allocator';
import type { FileNameTemplate } from '../templates/file-name-template';

/**
 * Each article's path in the folder: the names an export of the whole library would give, in the
 * library's order (newest first), so the folder and an unzipped export match name for name.
 * Names come from the records alone, so no body is read to name ten thousand files.
 */
export function mirrorPaths(
  newestFirst: readonly ArticleRecord[],
  template?: FileNameTemplate,
): Map<number, string> {
  const nameFor = createTemplateFileNameAllocator(template);
  return new Map(newestFirst.map((record) => [record.id, nameFor(record)]));
}

/** Where the folder keeps what it needs to import a file back (its image addresses): hidden, beside. */
export const SIDECAR_FOLDER = '.clean-capture/';

/** The sidecar of an article file: `.clean-capture/<path>.json`. */
export function sidecarPath(articlePath: string): string {
  return `${SIDECAR_FOLDER}${articlePath}.json`;
}
