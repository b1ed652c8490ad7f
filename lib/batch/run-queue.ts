/** What became of one item of a queue. */
export type QueueResult<T, R> =
  | { item: T; status: 'done'; value: R }
  | { item: T; status: 'failed'; error: string }
  /** Not started: the queue was cancelled first. */
  | { item: T; status: 'cancelled' };

export interface QueueOptions<T, R> {
  /** How many items run at once. */
  concurrency: number;
  /** Once aborted, no further item starts; those running finish. */
  signal?: AbortSignal;
  /** Called as each item settles, with how many have settled so far. */
  onSettled?: (result: QueueResult<T, R>, settled: number) => void;
}

/**
 * Runs `work` on every item, at most `concurrency` at a time, starting them in order. A throwing
 * item fails alone; a cancelled queue lets running items finish and reports the rest as not
 * started. Results come back in the items' order, whatever order they finished in.
 */
export async function runQueue<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  { concurrency, signal, onSettled }: QueueOptions<T, R>,
): Promise<QueueResult<T, R>[]> {
  const results: QueueResult<T, R>[] = items.map((item) => ({ item, status: 'cancelled' }));
  let next = 0;
  let settled = 0;
  const lane = async () => {
    while (next < items.length && !signal?.aborted) {
      const index = next++;
      const item = items[index] as T;
      let result: QueueResult<T, R>;
      try {
        result = { item, status: 'done', value: await work(item) };
      } catch (error) {
        result = { item, status: 'failed', error: error instanceof Error ? error.message : String(error) };
      }
      results[index] = result;
      onSettled?.(result, ++settled);
    }
  };
  const lanes = Math.max(1, Math.min(concurrency, items.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
