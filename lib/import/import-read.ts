import type { Message } from '../i18n/message';
import type { ForeignFormat } from './foreign-article';
import type { ImportedArticle, SkippedFile } from './read-export-zip';

/** Where an import comes from: our own export zip, or another tool's export. */
export type ImportSource = 'clean-capture' | ForeignFormat;

/** Articles read from a chosen file or folder, ready to be weighed against the library; nothing written. */
export type ImportRead =
  | {
      ok: true;
      source: ImportSource;
      articles: ImportedArticle[];
      /** Entries that cannot be imported, each with its reason; the others still can. */
      skipped: SkippedFile[];
      /** Files the import leaves out unread (not in our zip's manifest). */
      ignoredFiles: string[];
      /** When our own zip was exported; other tools' exports do not say. */
      exportedAt: string | null;
    }
  /** `message`: a message key where our own zip's reader has one, or words already put. */
  | { ok: false; message: Message | string };
