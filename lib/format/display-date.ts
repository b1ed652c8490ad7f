/** How much of a date to show: the day (lists), the day spelled out (the reader), or day and time. */
export type DateStyle = 'day' | 'long-day' | 'day-and-time';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { dateStyle: 'medium' },
  'long-day': { dateStyle: 'long' },
  'day-and-time': { dateStyle: 'medium', timeStyle: 'short' },
};

// Setting up a formatter costs far more than using one, and a list formats a date per row.
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An ISO 8601 instant as `locale` (the UI's, from the translator) writes it, in the reader's time
 * zone; null when the text names no instant, so a copy holding anything shows nothing rather than
 * failing. The locale is required: the system's default locale need not be the browser's language.
 */
export function displayDate(iso: string, style: DateStyle, locale: string): string | null {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  const key = `${style} ${locale}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, OPTIONS[style])));
  return format.format(time);
}
