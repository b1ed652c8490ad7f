import type { ArticleRecord } from '../article';
import type { ExportImageLink } from '../export/export-assets';
import type { TemplateSettings } from '../templates/template-settings';

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
  return JSON.stringify(
    annotated === undefined ? [record, links, templates] : [record, links, templates, annotated],
  );
}
