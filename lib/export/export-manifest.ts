import * as v from 'valibot';

/** The name the manifest carries so an import can tell our zips from any other zip. */
export const EXPORT_FORMAT = 'clean-capture-export';
/** Bumped when the layout changes in a way older importers would misread. */
export const EXPORT_FORMAT_VERSION = 1;
export const APP_NAME = 'Clean Capture';
export const MANIFEST_FILE = 'manifest.json';
export const INDEX_FILE = 'index.md';

const sha256Hex = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lower-case hex digits'));
const nonEmpty = v.pipe(v.string(), v.minLength(1));

const manifestArticleSchema = v.object({
  file: v.pipe(v.string(), v.regex(/^[^/\\]+\.md$/u, 'an article file is a plain name ending in .md')),
  id: v.pipe(v.number(), v.integer()),
  title: v.string(),
  sourceUrl: nonEmpty,
  canonicalUrl: nonEmpty,
  capturedAt: nonEmpty,
  sha256: sha256Hex,
});

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
  formatVersion: v.literal(EXPORT_FORMAT_VERSION),
  app: v.object({ name: v.string(), version: v.optional(v.string()) }),
  exportedAt: nonEmpty,
  articleCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  articles: v.array(manifestArticleSchema),
});

/** The manifest.json of an export: who made it, when, and each article file with its checksum. */
export type ExportManifest = v.InferOutput<typeof manifestSchema>;

export type ManifestParseResult = { ok: true; manifest: ExportManifest } | { ok: false; message: string };

/** Checks the text of a manifest.json and explains, in a user's words, what is wrong with it. */
export function parseExportManifest(text: string): ManifestParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'The export’s manifest.json is not valid JSON, so the zip cannot be checked.',
    };
  }
  const version = v.safeParse(versionSchema, json);
  if (!version.success) {
    return { ok: false, message: 'This zip is not a Clean Capture export: its manifest.json is not ours.' };
  }
  if (version.output.formatVersion > EXPORT_FORMAT_VERSION) {
    return {
      ok: false,
      message: `This export was made by a newer version of Clean Capture (format ${version.output.formatVersion}). Update the extension to import it.`,
    };
  }
  const parsed = v.safeParse(manifestSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    return {
      ok: false,
      message: `The export’s manifest.json is damaged${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown problem'}.`,
    };
  }
  const manifest = parsed.output;
  if (manifest.articleCount !== manifest.articles.length) {
    return {
      ok: false,
      message: 'The export’s manifest.json is damaged: its article count does not match its list.',
    };
  }
  const seen = new Set<string>();
  for (const article of manifest.articles) {
    const key = article.file.toLowerCase();
    if (seen.has(key)) {
      return { ok: false, message: `The export’s manifest.json lists the file ${article.file} twice.` };
    }
    seen.add(key);
  }
  return { ok: true, manifest };
}
