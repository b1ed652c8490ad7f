import type { StoredArticle } from '../article';
import type { Message } from '../i18n/message';
import { previewExport } from './preview-export';
import type { TemplateSettings } from './template-settings';

export type ArticleFile =
  | {
      ok: true;
      /** Where the export would put it, folders included (`2026/tidal-mill.md`). */
      path: string;
      /** The file's own name, which a browser download can give (downloads make no folders). */
      name: string;
      document: string;
    }
  | { ok: false; message: Message };

/**
 * One article as a file by itself: the path and bytes an export with these templates gives it
 * (image links to their sites, as with "keep image links remote"), or why the templates cannot
 * be used.
 */
export function articleFile(article: StoredArticle, templates: TemplateSettings): ArticleFile {
  const preview = previewExport(article, templates);
  if (!preview.ok) return preview;
  const name = preview.fileName.slice(preview.fileName.lastIndexOf('/') + 1);
  return { ok: true, path: preview.fileName, name, document: preview.document };
}
