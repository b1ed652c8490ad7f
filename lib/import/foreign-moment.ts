import { isIsoDate } from '../articles/iso-date';

// A date at the start of the text: MarkDownload writes "2024-05-01T10:00:00 (UTC +02:00)", Wallabag
// "2024-05-01T10:00:00+0200", others "2024-05-01 10:00:00".
const LEADING_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?/;
// MarkDownload's note of the zone after the time.
const UTC_NOTE = /\(UTC ?([+-]\d{2}:?\d{2})\)/;

/**
 * A date from another tool's export as ISO 8601: kept when it already is one, else read from the
 * start of the text; text that holds no date comes back unchanged, for the article check to leave
 * out with a note. Null stays null.
 */
export function foreignMoment(text: string | null): string | null {
  if (text === null || isIsoDate(text)) return text;
  const match = LEADING_DATE.exec(text.trim());
  if (!match) return text;
  const [, day, time] = match;
  // Without a zone the time is read as UTC, so a file gives the same moment on every machine.
  const zone = match[3] ?? UTC_NOTE.exec(text)?.[1];
  // Date.parse would roll an impossible day (February 30th) over into the next month.
  if (!isIsoDate(day as string)) return text;
  if (!time) return day as string;
  const offset = zone && zone !== 'Z' && !zone.includes(':') ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const ms = Date.parse(`${day}T${time.length === 5 ? `${time}:00` : time}${offset ?? 'Z'}`);
  return Number.isNaN(ms) ? text : new Date(ms).toISOString();
}

/** A moment from another tool's export as ISO 8601 in UTC (`…Z`), or null when the text holds none. */
export function foreignInstant(text: string | null): string | null {
  const moment = foreignMoment(text);
  const ms = moment === null ? Number.NaN : Date.parse(moment);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Seconds since 1970 (Pocket's and Instapaper's timestamps) as ISO 8601, or null when not such a number. */
export function unixMoment(text: string | undefined): string | null {
  if (text === undefined || !/^\d{1,12}$/.test(text.trim())) return null;
  return new Date(Number(text.trim()) * 1000).toISOString();
}
