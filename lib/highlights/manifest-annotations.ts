import * as v from 'valibot';
import { HIGHLIGHT_COLORS, type Highlight } from './highlight';

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const highlightSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  color: v.picklist(HIGHLIGHT_COLORS),
  quote: v.object({ exact: v.string(), prefix: v.string(), suffix: v.string(), start: offset, end: offset }),
  note: v.string(),
  createdAt: v.pipe(v.string(), v.minLength(1)),
});

/**
 * An article's highlights and note in the export's manifest: what the import restores exactly, and
 * `marks`, where the file's `==` were added, so the import can take them out of the body again.
 */
export const manifestAnnotationsSchema = v.object({
  note: v.string(),
  /** In the order the file's `## Highlights` section lists them. */
  highlights: v.array(highlightSchema),
  marks: v.array(offset),
});

/** An article's highlights and note, as the manifest carries them. */
export type ManifestAnnotations = v.InferOutput<typeof manifestAnnotationsSchema>;

/** A highlight of the manifest, for the article it is being restored to. */
export function restoredHighlight(
  highlight: ManifestAnnotations['highlights'][number],
  articleId: number,
): Highlight {
  return { ...highlight, quote: { ...highlight.quote }, articleId };
}
