/** The dates an article may carry: a calendar date, or a date and time with an optional offset. */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))?)?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Whether `text` is an ISO 8601 date as we store it (`2024-05-01`, `2024-05-01T09:30:00`,
 * `…Z`, `…+05:30`) with every part in range: a real day of that month, hours 0–23, minutes and
 * seconds 0–59, offsets up to ±23:59. `Date.parse` alone is no check: it reads some impossible
 * dates (`2024-02-30`) and refuses others (`T99:99`) that a YAML reader then chokes on.
 */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const part = (i: number) => Number(match[i] ?? 0);
  const [y, mo, d] = [part(1), part(2), part(3)];
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return false;
  return part(4) <= 23 && part(5) <= 59 && part(6) <= 59 && part(8) <= 23 && part(9) <= 59;
}
