import { isIsoDate } from '../articles/iso-date.ts';

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * A page's date as ISO 8601, keeping the page's own offset and precision (a bare date stays a date);
 * other formats go through `Date.parse` and come out in UTC. Null when it is not a date.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, fraction, zone] = iso;
    const offset = zone ? normalizeOffset(zone) : '';
    const date =
      h === undefined
        ? `${y}-${mo}-${d}`
        : `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${fraction ?? ''}${offset}`;
    // Every part in range (T99:99 and +99:99 are not times), or the article could not be re-imported.
    return isIsoDate(date) ? date : null;
  }
  // Only trust free-form dates that carry a four-digit year; Date.parse guesses wildly otherwise.
  if (!/\b\d{4}\b/.test(text)) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function normalizeOffset(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.replace(':', '');
  const minutes = digits.length > 3 ? digits.slice(3) : '00';
  const offset = `${digits.slice(0, 3)}:${minutes}`;
  return offset === '+00:00' ? 'Z' : offset;
}
