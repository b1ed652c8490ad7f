import * as v from 'valibot';
import { IMPORT_LIMITS } from '../articles/article-limits';
import { fitArticle, fitTags } from '../articles/fit-article';
import { assetLinkPrefix } from '../export/export-manifest';
import { examineImage } from '../images/examine-image';
import { IMAGE_LIMITS } from '../images/image-limits';
import type { StoredImage } from '../images/stored-image';
import type { ImportRead } from '../import/import-read';
import type { ImportedArticle, SkippedFile } from '../import/read-export-zip';
import { restoreImageLinks } from '../import/restore-image-links';
import { bytes as size, message } from '../i18n/message';
import { parseMarkdownDocument } from '../markdown/markdown-document';
import { sha256Hex } from '../bytes/sha256-hex';
import type { FolderFile } from './render-article-files';
import { roundProgress, UNREAD } from '../reading-state/reading-state';
import { manifestAnnotationsSchema, restoredHighlight } from '../highlights/manifest-annotations';
import { unmarkHighlights } from '../highlights/markdown-highlights';

/** What the folder reader needs from the folder besides its Markdown files. */
export interface FolderLookup {
  /** The text of an article file's sidecar, or null when it has none. */
  sidecar(path: string): Promise<string | null>;
  /** An image of `assets/`, or null when the folder does not have it. */
  asset(path: string): Promise<Uint8Array | null>;
}

const sidecarSchema = v.object({
  images: v.array(
    v.object({ src: v.string(), file: v.pipe(v.string(), v.regex(/^assets\/[0-9a-f]{64}\.\w+$/)) }),
  ),
  annotations: v.optional(manifestAnnotationsSchema),
});
type Sidecar = v.InferOutput<typeof sidecarSchema>;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The folder's article files read as an import would read a zip, for the same preview: each `.md`
 * with our front matter becomes an article (its images restored through its sidecar, the `assets/`
 * file checked as an import checks one); a note of the user's own, with no front matter of ours and
 * no sidecar, is passed over as an ignored file; one of ours that cannot be read is skipped, with
 * the reason. Touches no storage.
 */
export async function readFolderArticles(
  files: readonly FolderFile[],
  folder: FolderLookup,
): Promise<Extract<ImportRead, { ok: true }>> {
  const articles: ImportedArticle[] = [];
  const skipped: SkippedFile[] = [];
  const ignoredFiles: string[] = [];
  for (const file of files) {
    const sidecar = await folder.sidecar(file.path);
    const read = await readFolderArticle(file, sidecar, folder);
    if (read === null) ignoredFiles.push(file.path);
    else if ('reason' in read) skipped.push(read);
    else articles.push(read);
  }
  // Our own files, read as our zip is: the preview shows them as such.
  return { ok: true, source: 'clean-capture', articles, skipped, exportedAt: '', ignoredFiles };
}

async function readFolderArticle(
  { path, bytes }: FolderFile,
  sidecarText: string | null,
  folder: FolderLookup,
): Promise<ImportedArticle | SkippedFile | null> {
  const skip = (reason: SkippedFile['reason']): SkippedFile => ({ fileName: path, reason });
  if (bytes.length > IMPORT_LIMITS.bodyBytes * 2)
    return sidecarText ? skip(message('folder.fileTooLarge', size(IMPORT_LIMITS.bodyBytes * 2))) : null;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return sidecarText ? skip(message('zip.skipNotText')) : null;
  }
  const decoded = parseMarkdownDocument(text);
  if (!decoded.ok) return sidecarText ? skip(message('zip.skipNotArticle', decoded.message)) : null;
  const sidecar = sidecarText === null ? null : readSidecar(sidecarText);
  const linked = sidecar?.images ?? [];
  const { annotations } = sidecar ?? {};
  let body = decoded.article.markdown;
  if (annotations) {
    // The file's `==` marks and Highlights section come out again, as an import of our zip takes them out.
    const ordered = annotations.highlights.map((h) => restoredHighlight(h, 0));
    const unmarked = unmarkHighlights(body, annotations.marks, ordered, annotations.note);
    if (unmarked === null) return skip(message('zip.skipHighlightsEdited'));
    body = unmarked;
  }
  // Only the links still in the file: the user may have taken an image out while editing it.
  const prefix = assetLinkPrefix(path);
  const present = linked.filter((image) => body.includes(`(${prefix}${image.file}`));
  const restored = restoreImageLinks(body, present, prefix);
  const markdown = restored.ok ? restored.markdown : body;
  const fitted = fitArticle({ ...decoded.article, markdown }, IMPORT_LIMITS);
  if (!fitted.ok) return skip(fitted.message);
  const tags = fitTags(decoded.tags, IMPORT_LIMITS);
  const notes = tags.note === null ? fitted.notes : [...fitted.notes, tags.note];
  const images: ImportedArticle['images'] = [];
  for (const link of restored.ok ? restored.links : []) {
    const image = await readAsset(link.file, folder);
    if (image) images.push({ url: link.url, image });
  }
  const read: ImportedArticle = {
    fileName: path,
    article: fitted.article,
    tags: tags.tags,
    sha256: await sha256Hex(bytes),
    notes,
    images,
    // The folder has no manifest: the file's own front matter, else unread and not started.
    state: {
      status: decoded.state.status ?? UNREAD.status,
      progress: roundProgress(decoded.state.progress ?? UNREAD.progress),
    },
  };
  if (annotations) read.annotations = { note: annotations.note, highlights: annotations.highlights };
  return read;
}

/** The sidecar's image links and annotations; one that cannot be read gives none of either. */
function readSidecar(text: string): Sidecar | null {
  try {
    const parsed = v.safeParse(sidecarSchema, JSON.parse(text));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** An image of the folder's `assets/`, checked as an import checks one: its name is its checksum. */
async function readAsset(file: string, folder: FolderLookup): Promise<StoredImage | null> {
  const bytes = await folder.asset(file);
  if (!bytes || !file.startsWith(`assets/${await sha256Hex(bytes)}.`)) return null;
  const examined = examineImage(bytes, IMAGE_LIMITS);
  if (!examined.ok || !file.endsWith(`.${examined.type.extension}`)) return null;
  const type = examined.type.mime;
  return {
    sha256: file.slice('assets/'.length, 'assets/'.length + 64),
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }),
    type,
    size: bytes.length,
    width: examined.width,
    height: examined.height,
  };
}
