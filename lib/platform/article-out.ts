import type { StoredArticle } from '../article';
import { MessageError } from '../i18n/message-error';
import { articleFile } from '../templates/article-file';
import { obsidianNewUri } from '../obsidian/obsidian-uri';
import { downloadChunks } from './download-chunks';
import { readSettings } from './settings-store';

/** The article's file with the templates of the settings, or an error saying why there is none. */
async function fileOf(article: StoredArticle) {
  const settings = await readSettings();
  const file = articleFile(article, settings.templates);
  if (!file.ok) throw new MessageError(file.message);
  return { file, settings };
}

/** Saves the article as a `.md` file named and written as the export would. Returns its name. */
export async function downloadArticle(article: StoredArticle): Promise<string> {
  const { file } = await fileOf(article);
  downloadChunks([new TextEncoder().encode(file.document)], file.name, 'text/markdown');
  return file.name;
}

/** Puts the article's file, as the export would write it, on the clipboard. */
export async function copyArticle(article: StoredArticle, clipboard: Clipboard = navigator.clipboard) {
  const { file } = await fileOf(article);
  await clipboard.writeText(file.document);
}

/**
 * Asks Obsidian to create the note in the vault of the settings, at the export's path. A long
 * article goes through the clipboard (see obsidian-uri.ts); says whether it did.
 */
export async function openInObsidian(
  article: StoredArticle,
  clipboard: Clipboard = navigator.clipboard,
): Promise<{ viaClipboard: boolean }> {
  const { file, settings } = await fileOf(article);
  const { uri, viaClipboard } = obsidianNewUri({
    vault: settings.obsidianVault,
    path: file.path,
    content: file.document,
  });
  if (viaClipboard) await clipboard.writeText(file.document);
  // A link click hands the address to the operating system, which asks Obsidian to open it.
  const link = document.createElement('a');
  link.href = uri;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  return { viaClipboard };
}
