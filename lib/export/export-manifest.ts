import * as v from 'valibot';
import { issueMessage, schemaMessage } from '../i18n/issue-message';
import { message, type Message } from '../i18n/message';
import { ARTICLE_STATUSES } from '../reading-state/reading-state';
import { manifestAnnotationsSchema } from '../highlights/manifest-annotations';

/** The name the manifest carries so an import can tell our zips from any other zip. */
export const EXPORT_FORMAT = 'clean-capture-export';
/**
 * Bumped when the layout changes in a way older importers would misread. Version 2 added stored
 * images (`assets/`); an export without any is still written as version 1, which older versions read.
 * Version 3 added highlights and notes (`annotations`), whose `==` marks an older import would keep
 * in the body; an export without any is written as version 2 or 1.
 */
export const EXPORT_FORMAT_VERSION = 3;
/** The version of an export with stored images but no highlights or notes. */
export const IMAGES_FORMAT_VERSION = 2;
/** The zip's folder of stored images, beside the Markdown files, which link them as `assets/…`. */
export const ASSETS_FOLDER = 'assets/';
export const APP_NAME = 'Clean Capture';
export const MANIFEST_FILE = 'manifest.json';
export const INDEX_FILE = 'index.md';

const sha256Hex = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, schemaMessage(message('zip.manifestSha256'))));
const nonEmpty = v.pipe(v.string(), v.minLength(1));

const imageLinkSchema = v.object({ src: nonEmpty, file: nonEmpty });

const manifestArticleSchema = v.object({
  file: v.pipe(v.string(), v.check(isArticlePath, schemaMessage(message('zip.manifestArticlePath')))),
  id: v.pipe(v.number(), v.integer()),
  title: v.string(),
  sourceUrl: nonEmpty,
  canonicalUrl: nonEmpty,
  capturedAt: nonEmpty,
  sha256: sha256Hex,
  /** Its stored images, linked locally in the file; the import puts `src` back in their place. */
  images: v.optional(v.array(imageLinkSchema)),
  /**
   * Its reading state, also in the file's front matter unless the export's options leave it out;
   * absent in exports made before reading states (the import reads those as unread).
   */
  status: v.optional(v.picklist(ARTICLE_STATUSES)),
  progress: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  /** Its highlights and note, which the file shows as `==text==` and a `## Highlights` section. */
  annotations: v.optional(manifestAnnotationsSchema),
});

const manifestAssetSchema = v.object({
  file: nonEmpty,
  sha256: sha256Hex,
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  type: nonEmpty,
});

/** What the manifest says about one stored image in `assets/`. */
export type ManifestAsset = v.InferOutput<typeof manifestAssetSchema>;

/** What the manifest says about one article file. */
export type ManifestArticle = v.InferOutput<typeof manifestArticleSchema>;

// The version is read on its own first, so a newer export gets "update the extension" rather
// than a list of unfamiliar fields.
const versionSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  formatVersion: v.pipe(v.number(), v.integer()),
});

const manifestSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  formatVersion: v.union([v.literal(1), v.literal(IMAGES_FORMAT_VERSION), v.literal(EXPORT_FORMAT_VERSION)]),
  app: v.object({ name: v.string(), version: v.optional(v.string()) }),
  exportedAt: nonEmpty,
  articleCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  articles: v.array(manifestArticleSchema),
  assets: v.optional(v.array(manifestAssetSchema)),
});

/**
 * The manifest.json of an export: who made it, when, each article file with its checksum, and
 * each stored image with its checksum, size and type.
 */
export type ExportManifest = v.InferOutput<typeof manifestSchema>;

export type ManifestParseResult =
  { ok: true; manifest: ExportManifest } | { ok: false; message: Message | string };

/** Checks the text of a manifest.json and explains, in a user's words, what is wrong with it. */
export function parseExportManifest(text: string): ManifestParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: message('zip.manifestNotJson'),
    };
  }
  const version = v.safeParse(versionSchema, json);
  if (!version.success) {
    return { ok: false, message: message('zip.manifestNotOurs') };
  }
  if (version.output.formatVersion > EXPORT_FORMAT_VERSION) {
    return {
      ok: false,
      message: message('zip.manifestNewer', version.output.formatVersion),
    };
  }
  const parsed = v.safeParse(manifestSchema, json);
  if (!parsed.success) {
    const [issue] = parsed.issues;
    // Our own checks word their problem; for the others, what was expected and found, as code has it.
    const expected = message('zip.manifestExpected', issue.expected ?? '—', issue.received);
    const ours = issueMessage(issue, expected);
    const what = typeof ours === 'string' ? expected : ours;
    return { ok: false, message: message('zip.manifestDamaged', v.getDotPath(issue) ?? '—', what) };
  }
  const manifest = parsed.output;
  if (manifest.articleCount !== manifest.articles.length) {
    return {
      ok: false,
      message: message('zip.manifestCount'),
    };
  }
  const seen = new Set<string>();
  for (const article of manifest.articles) {
    const key = article.file.toLowerCase();
    if (seen.has(key)) {
      return { ok: false, message: message('zip.manifestTwice', article.file) };
    }
    seen.add(key);
  }
  const assetProblem = checkAssets(manifest);
  if (assetProblem) return { ok: false, message: assetProblem };
  return { ok: true, manifest };
}

/** `assets/<sha256>.<ext>` with an extension an image type of ours has, in lower case. */
const ASSET_PATH = /^assets\/([0-9a-f]{64})\.(png|jpg|gif|webp|avif|svg)$/;

/**
 * A path the export's file-name templates can give (see create-file-name-allocator.ts): up to four
 * folders, no empty, `.` or `..` segment, no backslash, never inside `assets/`.
 */
function isArticlePath(path: string): boolean {
  const segments = path.split('/');
  if (segments.length > 5 || !path.endsWith('.md') || path.startsWith(ASSETS_FOLDER)) return false;
  return segments.every(
    (segment) => segment !== '' && segment !== '.' && segment !== '..' && !segment.includes('\\'),
  );
}

/**
 * What an article file's image links put in front of `assets/…`: one `../` per folder the file
 * sits in, so the links open in any Markdown viewer from where the file is.
 */
export function assetLinkPrefix(articleFile: string): string {
  return '../'.repeat(articleFile.split('/').length - 1);
}

/** The path of a stored image in the zip. */
export function assetPath(sha256: string, extension: string): string {
  return `${ASSETS_FOLDER}${sha256}.${extension}`;
}

/**
 * What is wrong with the manifest's assets, or null: each must sit at `assets/<its SHA-256>.<ext>`
 * (nothing that could escape the folder), be listed once, and every image an article links must be
 * one of them.
 */
function checkAssets(manifest: ExportManifest): Message | null {
  const listed = new Set<string>();
  for (const asset of manifest.assets ?? []) {
    const name = ASSET_PATH.exec(asset.file);
    if (!name) return message('zip.manifestAssetPath', asset.file);
    if (name[1] !== asset.sha256) return message('zip.manifestAssetNotItsName', asset.file);
    if (listed.has(asset.file)) return message('zip.manifestAssetTwice', asset.file);
    listed.add(asset.file);
  }
  for (const article of manifest.articles) {
    const unknown = article.images?.find((image) => !listed.has(image.file));
    if (unknown) return message('zip.manifestAssetUnlisted', article.file, unknown.file);
  }
  return null;
}
