// Number#toLocaleString sets up a new formatter on every call; a list of rows would pay for it
// once per row, so each locale's formatter is made once and kept.
const formats = new Map<string | undefined, Intl.NumberFormat>();

/**
 * A count and the noun that agrees with it: `1 article`, `2 articles`, `1,234 articles`. The number
 * is written the way `locale` writes numbers; without one, the way the reader's browser does.
 */
export function plural(n: number, one: string, many: string, locale?: string): string {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale)));
  return `${format.format(n)} ${n === 1 ? one : many}`;
}
