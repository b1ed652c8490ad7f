import { buildImportPreview, type ImportPreviewResult } from '../../import/import-preview';
import { readFolderArticles } from '../../mirror/read-folder-articles';
import { sidecarPath } from '../../mirror/mirror-paths';
import { storedAt } from '../preview-import';
import type { CleanCaptureDb } from '../store/db';
import { listMarkdownFiles, readFolderFile } from './folder-files';

const utf8 = new TextDecoder();

/**
 * Reads the folder's Markdown files (new ones another profile or the user put there, and changed
 * ones) and compares them with the library, as the import preview of a zip does. Reads the folder
 * and the database, writes nothing; the user confirms in the same dialog as a zip's import.
 */
export async function previewFolderImport(
  db: CleanCaptureDb,
  root: FileSystemDirectoryHandle,
): Promise<ImportPreviewResult> {
  const files = [];
  for (const path of await listMarkdownFiles(root)) {
    const bytes = await readFolderFile(root, path);
    if (bytes) files.push({ path, bytes });
  }
  const read = await readFolderArticles(files, {
    sidecar: async (path) => {
      const bytes = await readFolderFile(root, sidecarPath(path));
      return bytes ? utf8.decode(bytes) : null;
    },
    asset: (path) => readFolderFile(root, path),
  });
  const found = await storedAt(
    db,
    read.articles.map((a) => a.article.canonicalUrl),
  );
  return { ok: true, preview: buildImportPreview(read, found) };
}
