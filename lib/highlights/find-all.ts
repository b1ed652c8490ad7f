const FILTER_SIZE = 1 << 16;

/**
 * Where each of several strings occurs in a text, in one pass over it (a rolling hash of the
 * needles' first characters, each hit checked). Calling indexOf once per highlight scans a long
 * article two hundred times, and slowly when its words share letters (indexOf skips little then).
 */
export function findAll(text: string, needles: readonly string[]): Map<string, number[]> {
  const found = new Map<string, number[]>();
  const wanted = [...new Set(needles.filter((n) => n !== ''))];
  if (wanted.length === 0) return found;
  for (const needle of wanted) found.set(needle, []);
  const k = Math.min(8, ...wanted.map((n) => n.length));
  const hashOf = (s: string, from: number) => {
    let h = 0;
    for (let i = from; i < from + k; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
    return h;
  };
  const buckets = new Map<number, string[]>();
  // Which low bits some needle's hash has: most positions are ruled out by one array read, without
  // a Map look-up (whose 32-bit keys the engine would box, a garbage object per character).
  const maybe = new Uint8Array(FILTER_SIZE);
  for (const needle of wanted) {
    const h = hashOf(needle, 0);
    maybe[h & (FILTER_SIZE - 1)] = 1;
    const bucket = buckets.get(h);
    if (bucket) bucket.push(needle);
    else buckets.set(h, [needle]);
  }
  // 31^(k-1), to take the leaving character out of the rolling hash.
  let top = 1;
  for (let i = 1; i < k; i++) top = Math.imul(top, 31);
  let h = text.length >= k ? hashOf(text, 0) : 0;
  for (let at = 0; at + k <= text.length; at++) {
    if (at > 0) {
      h = (Math.imul(h - Math.imul(text.charCodeAt(at - 1), top), 31) + text.charCodeAt(at + k - 1)) | 0;
    }
    if (maybe[h & (FILTER_SIZE - 1)] === 0) continue;
    const bucket = buckets.get(h);
    if (!bucket) continue;
    for (const needle of bucket) if (text.startsWith(needle, at)) found.get(needle)?.push(at);
  }
  return found;
}
