import { message } from '../i18n/message';
import { foreignArticle, type ForeignRead } from './foreign-article';
import { unixMoment } from './foreign-moment';
import { readCsvList, splitTags } from './read-csv-list';

/** Instapaper's CSV export columns; newer exports add `tags`. */
export const INSTAPAPER_COLUMNS = ['url', 'title', 'selection', 'folder', 'timestamp'] as const;

// Instapaper's reading list and archive; any other folder (Starred, the user's own) becomes a tag.
const UNREAD = 'unread';
const ARCHIVE = 'archive';

/** The Tags column: a JSON list in the exports that have one, else comma-separated words. */
function tagsOf(cell: string | undefined): string[] {
  const text = cell?.trim() ?? '';
  if (text.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(text);
      if (Array.isArray(list)) return list.filter((tag): tag is string => typeof tag === 'string');
    } catch {
      // Not JSON after all: read it as words.
    }
  }
  return splitTags(text, ',');
}

/**
 * Reads Instapaper's CSV export: one link a row with its title, the selection saved with it (kept
 * as the excerpt), its folder and the time it was saved. "Archive" marks it archived, a folder of
 * the user's own becomes a tag. Instapaper exports no text, so each is a page still to capture.
 */
export function readInstapaperCsv(text: string): ForeignRead {
  return readCsvList(text, 'instapaper', INSTAPAPER_COLUMNS, ({ row, fields }) => {
    const url = fields.url?.trim();
    if (!url) return null;
    const folder = fields.folder?.trim() ?? '';
    const ownFolder = folder !== '' && ![UNREAD, ARCHIVE].includes(folder.toLowerCase());
    return {
      ...foreignArticle(message('importFrom.row', row), url),
      title: fields.title?.trim() || null,
      excerpt: fields.selection?.trim() || null,
      savedAt: unixMoment(fields.timestamp),
      tags: [...tagsOf(fields.tags), ...(ownFolder ? [folder] : [])],
      archived: folder.toLowerCase() === ARCHIVE,
    };
  });
}
