const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

// One formatter per locale and number of decimals: a list formats a size per row.
const formats = new Map<string, Intl.NumberFormat>();

function number(n: number, decimals: number, locale: string | undefined): string {
  const key = `${locale ?? ''} ${decimals}`;
  let format = formats.get(key);
  if (!format) {
    // No grouping: below 1,024 of a unit it would only split "1023" in some languages.
    const options = { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false };
    formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  }
  return format.format(n);
}

/**
 * Bytes as a reader says them: `0 B`, `812 KB`, `12.4 MB`, `1.2 GB`, the number written the way
 * `locale` writes numbers (`12,4 MB` in German). The unit symbols are the same in every language
 * (CLDR's short byte unit reads "1023 byte" in English). Units are powers of 1,024, as the limits
 * in `lib/` are set; KB round up, so a size over a limit never reads as equal to it.
 */
export function formatBytes(bytes: number, locale = 'en'): string {
  if (bytes < KiB) return `${number(Math.max(0, Math.round(bytes)), 0, locale)} B`;
  if (bytes < MiB) return `${number(Math.ceil(bytes / KiB), 0, locale)} KB`;
  if (bytes < GiB) return `${number(bytes / MiB, 1, locale)} MB`;
  return `${number(bytes / GiB, 1, locale)} GB`;
}
