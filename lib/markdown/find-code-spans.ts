/** A code span found in a line: `start`..`end` in the text, and the code between its backticks. */
export interface CodeSpan {
  start: number;
  end: number;
  code: string;
}

interface Run {
  start: number;
  length: number;
}

/**
 * The code spans of `text`, left to right: a run of backticks opens one, and the next later run of
 * exactly as many closes it; a run with no such partner opens one with fewer of its backticks if it
 * can, else stays text. A scan over the runs, not a regular expression: the expression this replaces
 * took time growing with the square of a long unclosed run.
 */
export function findCodeSpans(text: string): CodeSpan[] {
  const runs: Run[] = [];
  for (let i = text.indexOf('`'); i !== -1;) {
    let end = i;
    while (text.charCodeAt(end) === 96) end++;
    runs.push({ start: i, length: end - i });
    i = text.indexOf('`', end);
  }
  // For each length, the indexes of the runs that long, in order.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const list = byLength.get(run.length);
    if (list) list.push(index);
    else byLength.set(run.length, [index]);
  });
  // A run tries only the lengths that occur, never every count below its own: the work stays
  // within the number of backticks.
  const lengths = [...byLength.keys()].sort((a, b) => a - b);
  const spans: CodeSpan[] = [];
  for (let r = 0; r < runs.length;) {
    const run = runs[r] as Run;
    let found: { ticks: number; closer: number } | undefined;
    // The longest opener first: as many of the run's backticks as have a partner later on.
    for (let l = countAtMost(lengths, run.length) - 1; l >= 0 && !found; l--) {
      const ticks = lengths[l] as number;
      const closer = firstAbove(byLength.get(ticks) ?? [], r);
      if (closer !== undefined) found = { ticks, closer };
    }
    if (!found) {
      r++;
      continue;
    }
    const closing = runs[found.closer] as Run;
    spans.push({
      start: run.start,
      end: closing.start + closing.length,
      code: text.slice(run.start + found.ticks, closing.start),
    });
    r = found.closer + 1;
  }
  return spans;
}

/** How many of the ascending `values` are at most `limit`. */
function countAtMost(values: readonly number[], limit: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] as number) <= limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first of the ascending `values` above `floor`. */
function firstAbove(values: readonly number[], floor: number): number | undefined {
  return values[countAtMost(values, floor)];
}
