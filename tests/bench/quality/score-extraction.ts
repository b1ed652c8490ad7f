/**
 * The article-extraction-benchmark metric: 4-token shingles compared with counts, normalised per page,
 * then precision and recall averaged over pages. Described in the corpus README
 * (https://github.com/scrapinghub/article-extraction-benchmark).
 */

/** Scores of one page, normalised so that tp + fp + fn = 1 when any is above 0. */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** The extracted token list equals the true one. */
  exact: boolean;
}

/** Scores over a set of pages. */
export interface SetScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

// Unicode \w: letters, digits and underscore (JavaScript's \w is ASCII only, hence the property escapes).
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

/** Splits text into maximal runs of Unicode word characters. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Counts every run of four consecutive tokens; fewer tokens give one shorter shingle, none give none. */
export function shingleCounts(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(0, tokens.length - SHINGLE_SIZE);
  for (let start = 0; start <= last; start++) {
    // \u0001 never occurs inside a token, so joined shingles cannot collide.
    const key = tokens.slice(start, start + SHINGLE_SIZE).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Scores one page's extracted text against its true text. */
export function scorePage(extracted: string, truth: string): PageScore {
  const extractedTokens = tokenize(extracted);
  const trueTokens = tokenize(truth);
  const got = shingleCounts(extractedTokens);
  const want = shingleCounts(trueTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [shingle, wanted] of want) {
    const found = got.get(shingle) ?? 0;
    tp += Math.min(wanted, found);
    fn += Math.max(0, wanted - found);
  }
  for (const [shingle, found] of got) fp += Math.max(0, found - (want.get(shingle) ?? 0));
  const total = tp + fp + fn;
  if (total > 0) {
    tp /= total;
    fp /= total;
    fn /= total;
  }
  const exact =
    extractedTokens.length === trueTokens.length && extractedTokens.every((t, i) => t === trueTokens[i]);
  return { tp, fp, fn, precision: ratio(tp, fp, fn), recall: ratio(tp, fn, fp), exact };
}

/** tp / (tp + miss), with the benchmark's conventions for empty texts. */
function ratio(tp: number, miss: number, other: number): number {
  if (miss === 0 && other === 0) return 1;
  if (tp === 0 && miss === 0) return 0;
  return tp / (tp + miss);
}

/** Averages page scores: precision over pages that extracted something, recall over pages with true text. */
export function scoreSet(pages: readonly PageScore[]): SetScore {
  const withOutput = pages.filter((p) => p.tp + p.fp > 0);
  const withTruth = pages.filter((p) => p.tp + p.fn > 0);
  const precision = mean(withOutput.map((p) => p.precision));
  const recall = mean(withTruth.map((p) => p.recall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = pages.length > 0 ? pages.filter((p) => p.exact).length / pages.length : 0;
  return { precision, recall, f1, accuracy, pages: pages.length };
}

function mean(values: readonly number[]): number {
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
