import { describe, expect, it, vi } from 'vitest';
import { MAX_HOLD_MS, searchGate } from '../../lib/library/search-gate';

/** A search the test answers when it chooses. */
function pendingSearch() {
  let answer: (hits: string[]) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const promise = new Promise<string[]>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return { promise, answer, fail };
}

/** Waits until `clear` has resolved, or reports that it has not (every microtask run, no task). */
async function clearedYet(cleared: Promise<void>): Promise<boolean> {
  let done = false;
  void cleared.then(() => (done = true));
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return done;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the background work of a page with searches', () => {
  it('goes on at once when no search is in flight', async () => {
    expect(await clearedYet(searchGate().clear())).toBe(true);
  });

  it('waits while a search is in flight, and goes on a task after its answer', async () => {
    const gate = searchGate();
    const search = pendingSearch();
    const tracked = gate.track(search.promise);
    const cleared = gate.clear();
    expect(await clearedYet(cleared)).toBe(false);
    search.answer(['a']);
    // The answer reaches the one who asked, unchanged.
    expect(await tracked).toEqual(['a']);
    // Its rows are rendered in the same task: the work waits for the next.
    expect(await clearedYet(cleared)).toBe(false);
    await nextTask();
    expect(await clearedYet(cleared)).toBe(true);
  });

  it('keeps waiting when the next search is typed as soon as the last is answered', async () => {
    const gate = searchGate();
    const first = pendingSearch();
    const second = pendingSearch();
    gate.track(first.promise).then(
      () => gate.track(second.promise),
      () => {},
    );
    const cleared = gate.clear();
    first.answer([]);
    await first.promise;
    await nextTask();
    expect(await clearedYet(cleared)).toBe(false);
    second.answer([]);
    await second.promise;
    await nextTask();
    expect(await clearedYet(cleared)).toBe(true);
  });

  it('goes on after a search that failed', async () => {
    const gate = searchGate();
    const search = pendingSearch();
    const tracked = gate.track(search.promise);
    const cleared = gate.clear();
    search.fail(new Error('the search worker stopped'));
    await expect(tracked).rejects.toThrow('the search worker stopped');
    await nextTask();
    expect(await clearedYet(cleared)).toBe(true);
  });

  it('lets every waiter go together', async () => {
    const gate = searchGate();
    const search = pendingSearch();
    gate.track(search.promise);
    const waiting = [gate.clear(), gate.clear()];
    search.answer([]);
    await search.promise;
    await nextTask();
    expect(await Promise.all(waiting.map(clearedYet))).toEqual([true, true]);
  });

  it('goes on after a while when a search is never answered (a worker that hangs)', async () => {
    vi.useFakeTimers();
    try {
      const gate = searchGate();
      gate.track(pendingSearch().promise);
      const cleared = gate.clear();
      await vi.advanceTimersByTimeAsync(MAX_HOLD_MS - 1);
      expect(await clearedYet(cleared)).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await clearedYet(cleared)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
