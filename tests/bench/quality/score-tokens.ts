/**
 * The bag-of-words metric of the Dragnet data (corpus/dragnet-dev README): per page, precision, recall
 * and F1 of the lower-cased word tokens counted as a multiset, order ignored; the set's figure is the
 * mean of the page F1s, an empty extraction scoring 0.
 */
import { tokenize } from './score-extraction.ts';

/** Token precision, recall and F1 of one page. */
export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Scores one page's extracted text against its true text as bags of lower-cased tokens. */
export function scoreTokens(extracted: string, truth: string): TokenScore {
  const got = countTokens(extracted);
  const want = countTokens(truth);
  let gotTotal = 0;
  let wantTotal = 0;
  let common = 0;
  for (const count of want.values()) wantTotal += count;
  for (const [token, count] of got) {
    gotTotal += count;
    common += Math.min(count, want.get(token) ?? 0);
  }
  const precision = gotTotal > 0 ? common / gotTotal : 0;
  const recall = wantTotal > 0 ? common / wantTotal : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Means of the page precisions, recalls and F1s. */
export function meanTokenScore(pages: readonly TokenScore[]): TokenScore {
  const mean = (pick: (s: TokenScore) => number): number =>
    pages.length > 0 ? pages.reduce((sum, s) => sum + pick(s), 0) / pages.length : 0;
  return { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1) };
}

function countTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokenize(text.toLowerCase())) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}
