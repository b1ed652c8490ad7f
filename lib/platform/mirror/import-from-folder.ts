import type { StoredArticle } from '../../article';
import { captureKey } from '../../articles/capture-key';
import { buildImportPreview, type ImportPreviewResult } from '../../import/import-preview';
import { readFolderArticles } from '../../mirror/read-folder-articles';
import { removedFromFolder } from '../../mirror/removed-from-folder';
import { sidecarPath } from '../../mirror/mirror-paths';
import { storedAt } from '../preview-import';
import type { CleanCaptureDb } from '../store/db';
import { readStoredArticles } from '../store/stored-articles';
import { listMarkdownFiles, readFolderFile } from './folder-files';

const utf8 = new TextDecoder();

/**
 * Reads the folder's Markdown files (new ones another profile or the user put there, and changed
 * ones) and compares them with the library, as the import preview of a zip does; adds the articles
 * whose file we wrote there and that is gone now (deleted elsewhere). Reads the folder and the
 * database, writes nothing; the user confirms in the same dialog as a zip's import.
 */
export async function previewFolderImport(
  db: CleanCaptureDb,
  root: FileSystemDirectoryHandle,
): Promise<ImportPreviewResult> {
  const files = [];
  const listed = await listMarkdownFiles(root);
  for (const path of listed) {
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
  const preview = buildImportPreview(read, found);
  // An article whose file moved (renamed elsewhere) is in the folder still, at its new path.
  const inFolder = new Set(read.articles.map(({ article }) => captureKey(article)));
  const gone = await readStoredArticles(db, removedFromFolder(await db.mirrorFiles.toArray(), listed));
  const removed = gone.filter(
    (article): article is StoredArticle => article !== undefined && !inFolder.has(captureKey(article)),
  );
  return { ok: true, preview: { ...preview, removed } };
}
