import { describe, expect, it } from 'vitest';
import { settledWithin } from '../../lib/list/settled-within';

/** A timer the test fires by hand, so no test waits on the clock. */
function manualTimer() {
  const timers: { done: () => void; ms: number }[] = [];
  return { timers, setTimer: (done: () => void, ms: number) => void timers.push({ done, ms }) };
}

/** Whether `p` has settled by the time the microtasks queued now have run. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
}

describe('settledWithin', () => {
  it('resolves as soon as the work resolves, before the time is up', async () => {
    const { timers, setTimer } = manualTimer();
    const waited = settledWithin(Promise.resolve(['row']), 100, setTimer);
    expect(await settled(waited)).toBe(true);
    expect(timers[0]?.ms).toBe(100);
  });

  it('resolves, without failing, when the work fails', async () => {
    const { setTimer } = manualTimer();
    await expect(settledWithin(Promise.reject(new Error('no database')), 100, setTimer)).resolves.toBe(
      undefined,
    );
  });

  it('does not wait for work that is still running once the time is up', async () => {
    const { timers, setTimer } = manualTimer();
    const waited = settledWithin(new Promise(() => undefined), 100, setTimer);
    expect(await settled(waited)).toBe(false);
    expect(timers).toHaveLength(1);
    timers[0]?.done();
    expect(await settled(waited)).toBe(true);
  });
});
