// DOS time, which zip entries use, cannot express dates outside 1980–2107; fflate stops at 2099.
const EARLIEST = Date.UTC(1980, 0, 1, 0, 0, 0);
const LATEST = Date.UTC(2099, 11, 31, 23, 59, 58);

/**
 * The modification time to give a zip entry for an ISO date (or `fallback` when it is not one).
 * Zip stores wall-clock time with no zone and fflate reads the Date's local fields, so the Date
 * returned has local fields equal to the UTC time: the same export is byte-identical whatever
 * the machine's time zone, and unzipped files show their times in UTC.
 */
export function zipTimestamp(iso: string, fallback: Date): Date {
  const parsed = Date.parse(iso);
  const time = Math.min(LATEST, Math.max(EARLIEST, Number.isNaN(parsed) ? fallback.getTime() : parsed));
  const utc = new Date(time);
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
  );
}
