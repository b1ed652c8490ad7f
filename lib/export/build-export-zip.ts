import type { StoredArticle } from '../article';
import { toMarkdownDocument } from '../markdown/markdown-document';
import { DEFAULT_TEMPLATE_SETTINGS, type TemplateSettings } from '../templates/template-settings';
import { writeExportZips, type ExportZipOptions } from './write-export-zips';
import { writeFrontMatter } from './quick-front-matter-text';

/** The Markdown file of an article exactly as the export writes it (front matter with tags, then body). */
export function articleDocument(
  article: StoredArticle,
  templates: TemplateSettings = DEFAULT_TEMPLATE_SETTINGS,
): string {
  // The front matter leaves out the id, which is local to one browser's database, so a re-export
  // of an imported article is byte-identical to the original file.
  return toMarkdownDocument(article, templates.frontMatter, writeFrontMatter);
}

/** `clean-capture-2026-11-27.zip`, dated on the user's calendar (the manifest keeps exact UTC time). */
export function exportZipName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `clean-capture-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.zip`;
}

/**
 * Streams articles, one at a time, into a zip of `<slug>.md` files plus `index.md` and
 * `manifest.json` (and, given `images`, each stored image once in `assets/`), and returns the
 * zip's bytes in chunks (for a Blob). Bodies and images are encoded, compressed and dropped as
 * they pass, so memory holds only the zip's output. Refuses, with a message, an export one zip
 * cannot hold (see exportInParts for one that can be any size). Rejects with an AbortError, and
 * no zip, if `signal` aborts.
 */
export async function buildExportZip(
  articles: AsyncIterable<StoredArticle> | Iterable<StoredArticle>,
  options: ExportZipOptions,
): Promise<Uint8Array[]> {
  let zip: Uint8Array[] = [];
  await writeExportZips(articles, options, null, (chunks) => (zip = chunks));
  return zip;
}
