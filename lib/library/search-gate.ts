/**
 * The searches a page has in flight, so that its background work (reading every record at open)
 * waits while one is: a search answer that arrived during that work waited for it, and at 100,000
 * articles the reading holds the page's thread for half of its seconds.
 */
export interface SearchGate {
  /** Counts `answer` as in flight until it settles; gives it back. */
  track<T>(answer: Promise<T>): Promise<T>;
  /**
   * Resolves at once when no search is in flight; else once none has been for a whole task of the
   * page, so that the answer is rendered first and a search typed straight after it goes first too;
   * and after `MAX_HOLD_MS` at most, so that a search never answered never stops the work.
   */
  clear(): Promise<void>;
}

/** The longest the background work waits for searches at a time: answers take tens of milliseconds. */
export const MAX_HOLD_MS = 2_000;

/** A gate with no search in flight (see SearchGate). */
export function searchGate(): SearchGate {
  let inFlight = 0;
  let waiting: Array<() => void> = [];
  let checking = false;
  const check = () => {
    checking = false;
    if (inFlight > 0) return;
    const release = waiting;
    waiting = [];
    for (const go of release) go();
  };
  const settled = () => {
    inFlight--;
    if (inFlight > 0 || waiting.length === 0 || checking) return;
    checking = true;
    setTimeout(check, 0);
  };
  return {
    track(answer) {
      inFlight++;
      answer.then(settled, settled);
      return answer;
    },
    clear() {
      if (inFlight === 0 && !checking) return Promise.resolve();
      return new Promise((go) => {
        const gone = setTimeout(go, MAX_HOLD_MS);
        waiting.push(() => {
          clearTimeout(gone);
          go();
        });
      });
    },
  };
}
