import { message } from '../i18n/message';
import { foreignArticle, type ForeignRead } from './foreign-article';
import { unixMoment } from './foreign-moment';
import { readCsvList, splitTags } from './read-csv-list';

/** The columns of Pocket's CSV export (2024 on); `cursor` and any later ones are not needed. */
export const POCKET_COLUMNS = ['title', 'url', 'time_added', 'tags', 'status'] as const;

/**
 * Reads Pocket's CSV export: one saved link a row, with its title, the time it was added, its tags
 * (separated by `|`) and whether it was still unread or archived. Pocket exports no text, so
 * each is a page still to capture.
 */
export function readPocketCsv(text: string): ForeignRead {
  return readCsvList(text, 'pocket-csv', POCKET_COLUMNS, ({ row, fields }) => {
    const url = fields.url?.trim();
    if (!url) return null;
    return {
      ...foreignArticle(message('importFrom.row', row), url),
      title: fields.title?.trim() || null,
      savedAt: unixMoment(fields.time_added),
      tags: splitTags(fields.tags ?? '', '|'),
      archived: fields.status?.trim().toLowerCase() === 'archive',
    };
  });
}
