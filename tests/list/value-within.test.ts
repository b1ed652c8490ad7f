import { describe, expect, it } from 'vitest';
import { valueWithin } from '../../lib/list/value-within';

/** A timer the test fires by hand, so no test waits on the clock. */
function manualTimer() {
  const timers: { done: () => void; ms: number }[] = [];
  return { timers, setTimer: (done: () => void, ms: number) => void timers.push({ done, ms }) };
}

/** The state of `p` once the microtasks queued now have run. */
async function stateOf<T>(p: Promise<T>): Promise<{ value: T } | 'pending'> {
  let state: { value: T } | 'pending' = 'pending';
  void p.then((value) => (state = { value }));
  await new Promise((r) => setTimeout(r, 0));
  return state;
}

describe('valueWithin', () => {
  it('answers with the value as soon as the work resolves, before the time is up', async () => {
    const { timers, setTimer } = manualTimer();
    const rows = valueWithin(Promise.resolve(['row']), 100, setTimer);
    expect(await stateOf(rows)).toEqual({ value: ['row'] });
    expect(timers[0]?.ms).toBe(100);
  });

  it('answers undefined, without failing, when the work fails', async () => {
    const { setTimer } = manualTimer();
    await expect(valueWithin(Promise.reject(new Error('no database')), 100, setTimer)).resolves.toBe(
      undefined,
    );
  });

  it('does not wait for work that is still running once the time is up', async () => {
    const { timers, setTimer } = manualTimer();
    const rows = valueWithin(new Promise<string[]>(() => undefined), 100, setTimer);
    expect(await stateOf(rows)).toBe('pending');
    expect(timers).toHaveLength(1);
    timers[0]?.done();
    expect(await stateOf(rows)).toEqual({ value: undefined });
  });
});
