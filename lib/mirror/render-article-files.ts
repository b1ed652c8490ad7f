import type { StoredArticle } from '../article';
import { articleDocument } from '../export/build-export-zip';
import { createAssetWriter, type ExportImageSource } from '../export/export-assets';
import { assetLinkPrefix } from '../export/export-manifest';
import type { ExportedImageLink } from '../export/localize-image-links';
import type { ZipWriter } from '../export/create-zip-writer';
import { sha256Hex } from '../bytes/sha256-hex';
import type { TemplateSettings } from '../templates/template-settings';
import { sidecarPath } from './mirror-paths';
import type { Highlight } from '../highlights/highlight';
import type { ManifestAnnotations } from '../highlights/manifest-annotations';
import { markHighlights } from '../highlights/markdown-highlights';

/** A file to put in the folder. */
export interface FolderFile {
  path: string;
  bytes: Uint8Array;
}

/** What the sidecar of an article file says: enough to import the file back with its images. */
export interface MirrorSidecar {
  file: string;
  title: string;
  sourceUrl: string;
  canonicalUrl: string;
  capturedAt: string;
  /** SHA-256 of the article file as written. */
  sha256: string;
  /** The addresses its `assets/…` links had, as the export's manifest lists them. */
  images: ExportedImageLink[];
  /**
   * Its highlights and note, and where the file's `==` marks went, as the export's manifest has
   * them: present only when the file holds some, so the folder reads them back exactly.
   */
  annotations?: ManifestAnnotations;
}

/** One article's files for the folder: its Markdown, its sidecar, and the images it links. */
export interface RenderedArticle {
  markdown: FolderFile;
  sha256: string;
  sidecar: FolderFile;
  /** Each image the file links, with its bytes, to write unless `assets/` has it already. */
  assets: FolderFile[];
}

/**
 * An article's files exactly as the export writes them into the zip: the same code makes the
 * Markdown (front matter by the templates, images linked to `assets/<sha256>.<ext>` with `../` for
 * each folder) and gives the same image bytes, so the folder and an unzipped export are equal.
 */
export async function renderArticleFiles(
  article: StoredArticle,
  path: string,
  templates: TemplateSettings,
  images?: ExportImageSource,
  annotations?: { highlights: readonly Highlight[]; note: string } | null,
): Promise<RenderedArticle> {
  const assets: FolderFile[] = [];
  const writer = images ? createAssetWriter(collectInto(assets), images, () => undefined) : null;
  const local = writer ? await writer.localize(article, new Date(0), assetLinkPrefix(path)) : null;
  const body = local?.markdown ?? article.markdown;
  // Marked as the export marks them (build-export-zip.ts), so the file is the zip's, byte for byte.
  const marked = annotations ? markHighlights(body, annotations.highlights, annotations.note) : null;
  const bytes = new TextEncoder().encode(
    articleDocument({ ...article, markdown: marked?.markdown ?? body }, templates),
  );
  const sha256 = await sha256Hex(bytes);
  const { title, sourceUrl, canonicalUrl, capturedAt } = article;
  const sidecar: MirrorSidecar = {
    file: path,
    title,
    sourceUrl,
    canonicalUrl,
    capturedAt,
    sha256,
    images: local?.images ?? [],
  };
  if (annotations && marked && marked.markdown !== body) {
    const highlights = marked.ordered.map(({ articleId: _local, ...h }) => h);
    sidecar.annotations = { note: annotations.note, highlights, marks: marked.marks };
  }
  return {
    markdown: { path, bytes },
    sha256,
    sidecar: {
      path: sidecarPath(path),
      bytes: new TextEncoder().encode(`${JSON.stringify(sidecar, null, 2)}\n`),
    },
    assets,
  };
}

/** The asset writer adds to a zip; here each file it adds is kept as it is. */
function collectInto(files: FolderFile[]): ZipWriter {
  return {
    size: 0,
    add(path, bytes) {
      files.push({ path, bytes });
      return Promise.resolve();
    },
    takeChunks: () => [],
    finish: () => [],
    abort: () => undefined,
  };
}
