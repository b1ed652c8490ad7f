import type { StoredArticle } from '../article';
import type { Message } from '../i18n/message';
import { createTemplateFileNameAllocator } from '../export/create-file-name-allocator';
import { toMarkdownDocument } from '../markdown/markdown-document';
import { parseFileNameTemplate } from './file-name-template';
import { checkTemplateSettings, type TemplateSettings } from './template-settings';

export type ExportPreview =
  { ok: true; fileName: string; document: string } | { ok: false; message: Message };

/**
 * What the export would write for one article with these templates: its path in the zip (as the
 * first article, before any clash) and its file, or why the templates cannot be used.
 */
export function previewExport(article: StoredArticle, templates: TemplateSettings): ExportPreview {
  const problem = checkTemplateSettings(templates);
  if (problem !== null) return { ok: false, message: problem };
  const parsed = parseFileNameTemplate(templates.fileName);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    fileName: createTemplateFileNameAllocator(parsed.template)(article),
    document: toMarkdownDocument(article, templates.frontMatter),
  };
}
