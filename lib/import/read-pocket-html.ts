import { message } from '../i18n/message';
import { foreignArticle, type ForeignArticle, type ForeignRead } from './foreign-article';
import { unixMoment } from './foreign-moment';
import { splitTags } from './read-csv-list';
import type { SkippedFile } from './read-export-zip';

/** Whether a parsed HTML file is Pocket's older export: links that carry Pocket's `time_added`. */
export function isPocketHtml(doc: Document): boolean {
  return doc.querySelector('a[time_added]') !== null;
}

/**
 * Reads Pocket's older HTML export (`ril_export.html`): a heading "Unread" and one "Read Archive",
 * each over a list of links whose attributes give the time added and the comma-separated tags.
 * `doc` is the file parsed as an inert document (DOMParser); nothing in it runs. Pocket exported no
 * text, so each link is a page still to capture.
 */
export function readPocketHtml(doc: Document): ForeignRead {
  if (!isPocketHtml(doc)) return { ok: false, message: message('importFrom.pocketHtmlNoLinks') };
  const articles: ForeignArticle[] = [];
  const skipped: SkippedFile[] = [];
  let archived = false;
  let index = 0;
  // Document order: each list belongs to the heading before it.
  for (const element of Array.from(doc.querySelectorAll('h1, a'))) {
    if (element.tagName.toLowerCase() === 'h1') {
      archived = /archive/i.test(element.textContent ?? '');
      continue;
    }
    index += 1;
    const origin = message('importFrom.link', index);
    const url = element.getAttribute('href')?.trim();
    if (!url) {
      skipped.push({ fileName: origin, reason: message('importFrom.noAddress') });
      continue;
    }
    articles.push({
      ...foreignArticle(origin, url),
      title: element.textContent?.trim() || null,
      savedAt: unixMoment(element.getAttribute('time_added') ?? undefined),
      tags: splitTags(element.getAttribute('tags') ?? '', ','),
      archived,
    });
  }
  return { ok: true, format: 'pocket-html', articles, skipped };
}
