import type { Message } from '../i18n/message';
import type { TemplateSettings } from '../templates/template-settings';
import type { ExportedZip } from './export-in-parts';

/**
 * What the library page asks of its export worker (entrypoints/library/export-worker.ts): one
 * export of these articles, with what the page read from the settings (the worker has no
 * extension APIs). The page cancels by ending the worker: an export only reads.
 */
export interface ExportRequest {
  type: 'export';
  ids: number[];
  templates: TemplateSettings;
  /** The settings file to put in the zips, or null when every setting is a default. */
  settingsFile: string | null;
  /** The stored images go in, unless the user keeps image links remote. */
  withImages: boolean;
  /** The export's time (ms since the epoch), for its file names, manifest and index. */
  now: number;
}

/** What the worker says: progress as it writes, then its zips (as Blobs) or why it failed. */
export type ExportReply =
  | { type: 'progress'; done: number; total: number; zip: number }
  | { type: 'done'; zips: ExportedZip[]; images: number }
  | { type: 'failed'; said: Message | string };
