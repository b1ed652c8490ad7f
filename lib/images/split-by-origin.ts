/**
 * Image addresses split by whether the page's own origin serves them. The toolbar click's
 * activeTab grant covers only that origin; the others need the optional host permission.
 */
export function splitByOrigin(urls: readonly string[], pageUrl: string): { own: string[]; other: string[] } {
  const origin = new URL(pageUrl).origin;
  const own: string[] = [];
  const other: string[] = [];
  for (const url of urls) (new URL(url).origin === origin ? own : other).push(url);
  return { own, other };
}
