import type { ArticleRecord } from '../article';
import type { ExportImageLink } from '../export/export-assets';
import type { TemplateSettings } from '../templates/template-settings';

/** The templates as JSON, once per settings object: a pass fingerprints every article with the same one. */
const templatesJson = new WeakMap<TemplateSettings, string>();

/**
 * The text whose checksum stands for everything an article's file is made from: its record (title,
 * tags, capture time: a re-capture or a tag change alters it), its stored images, the templates and
 * the image choice, and when its highlights or note last changed (`annotated`, absent when it has
 * none, so the files of articles without any keep the checksum they had before highlights). The
 * body is not read: a re-capture always gives a new capture time.
 */
export function mirrorFingerprintSource(
  record: ArticleRecord,
  images: readonly ExportImageLink[],
  templates: TemplateSettings,
  keepImageLinksRemote: boolean,
  annotated?: string,
): string {
  const links = keepImageLinksRemote ? [] : [...images].sort((a, b) => a.url.localeCompare(b.url));
  let settings = templatesJson.get(templates);
  if (settings === undefined) templatesJson.set(templates, (settings = JSON.stringify(templates)));
  // The same text as JSON.stringify([record, links, templates(, annotated)]), without writing the
  // templates out again for each of 10,000 articles.
  const stamp = annotated === undefined ? '' : `,${JSON.stringify(annotated)}`;
  return `[${JSON.stringify(record)},${JSON.stringify(links)},${settings}${stamp}]`;
}
