import type { ArticleRecord } from '../article';
import {
  createPathNumberer,
  DEFAULT_TEMPLATE,
  templateBaseName,
  type BaseName,
} from '../export/create-file-name-allocator';
import type { FileNameTemplate } from '../templates/file-name-template';
import { yieldToEventLoop } from '../export/yield-to-event-loop';

/** Work between two yields: naming runs in our pages, and 10,000 names take seconds. */
const YIELD_EVERY_MS = 25;

/** An article's base name as a pass worked it out, kept for the next pass with what it came from. */
export interface RememberedName extends BaseName {
  /** The template and every field of the record that the name is made from. */
  key: string;
}

/** What an article's base name depends on: the template and the record's naming fields. */
function namingKey(template: string, record: ArticleRecord): string {
  const { id, title, authors, siteName, sourceUrl, publishedTime, capturedAt } = record;
  return JSON.stringify([template, id, title, authors, siteName, sourceUrl, publishedTime, capturedAt]);
}

/**
 * Each article's path in the folder: the names an export of the whole library would give, in the
 * library's order (newest first), so the folder and an unzipped export match name for name.
 * Names come from the records alone, so no body is read to name ten thousand files. The slugs, the
 * costly part, are taken from `remembered` when the article's naming fields and the template are
 * the same as then, and are added to it otherwise; only the numbering of clashes is done again for
 * every article, since a new capture can take a name an older one had. Yields to the event loop now
 * and then, so the page that runs it keeps answering clicks.
 */
export async function mirrorPaths(
  newestFirst: readonly ArticleRecord[],
  template: FileNameTemplate = DEFAULT_TEMPLATE,
  remembered: Map<number, RememberedName> = new Map(),
): Promise<Map<number, string>> {
  const number = createPathNumberer();
  const templateKey = JSON.stringify(template);
  const paths = new Map<number, string>();
  let lastYield = Date.now();
  for (const record of newestFirst) {
    const key = namingKey(templateKey, record);
    let name = remembered.get(record.id);
    if (name?.key !== key) {
      name = { key, ...templateBaseName(template, record) };
      remembered.set(record.id, name);
    }
    paths.set(record.id, number(name));
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
