import type { ArticleRecord } from '../article';
import { createTemplateFileNameAllocator } from '../export/create-file-name-allocator';
import type { FileNameTemplate } from '../templates/file-name-template';
import { yieldToEventLoop } from '../export/yield-to-event-loop';

/** Work between two yields: naming runs in our pages, and 10,000 names take seconds. */
const YIELD_EVERY_MS = 25;

/**
 * Each article's path in the folder: the names an export of the whole library would give, in the
 * library's order (newest first), so the folder and an unzipped export match name for name.
 * Names come from the records alone, so no body is read to name ten thousand files. Yields to the
 * event loop now and then, so the page that runs it keeps answering clicks.
 */
export async function mirrorPaths(
  newestFirst: readonly ArticleRecord[],
  template?: FileNameTemplate,
): Promise<Map<number, string>> {
  const nameFor = createTemplateFileNameAllocator(template);
  const paths = new Map<number, string>();
  let lastYield = Date.now();
  for (const record of newestFirst) {
    paths.set(record.id, nameFor(record));
    if (Date.now() - lastYield >= YIELD_EVERY_MS) {
      await yieldToEventLoop();
      lastYield = Date.now();
    }
  }
  return paths;
}

/** Where the folder keeps what it needs to import a file back (its image addresses): hidden, beside. */
export const SIDECAR_FOLDER = '.clean-capture/';

/** The sidecar of an article file: `.clean-capture/<path>.json`. */
export function sidecarPath(articlePath: string): string {
  return `${SIDECAR_FOLDER}${articlePath}.json`;
}
