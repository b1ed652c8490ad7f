import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIndexSchedule } from '../../lib/search/index-schedule';

// When the background indexes after articles change: after a quiet spell, at most once at a time,
// and again after a pass that a change came during.

/** A pass that finishes when the test says so. */
function passes() {
  const finishers: (() => void)[] = [];
  const run = vi.fn(() => new Promise<void>((resolve) => finishers.push(resolve)));
  const finish = async () => {
    finishers.shift()?.();
    // Let the schedule see the pass settle.
    await Promise.resolve();
    await Promise.resolve();
  };
  return { run, finish };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createIndexSchedule', () => {
  it('indexes once the articles have been quiet for a while, not before', () => {
    const { run } = passes();
    const schedule = createIndexSchedule({ quietMs: 300, maxWaitMs: 3000, run });
    schedule.changed();
    vi.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    expect(schedule.busy()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('takes a run of captures in one pass', () => {
    const { run } = passes();
    const schedule = createIndexSchedule({ quietMs: 300, maxWaitMs: 3000, run });
    for (let i = 0; i < 5; i++) {
      schedule.changed();
      vi.advanceTimersByTime(200);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not let a steady stream of changes hold indexing off past the longest wait', () => {
    const { run } = passes();
    const schedule = createIndexSchedule({ quietMs: 300, maxWaitMs: 1000, run });
    for (let t = 0; t < 1000; t += 100) {
      schedule.changed();
      vi.advanceTimersByTime(100);
    }
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs two passes at once, and runs another after a change that came during one', async () => {
    const { run, finish } = passes();
    const schedule = createIndexSchedule({ quietMs: 300, maxWaitMs: 3000, run });
    schedule.changed();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
    schedule.changed();
    schedule.changed();
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
    await finish();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(2);
    await finish();
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(schedule.busy()).toBe(false);
  });

  it('goes on after a pass that failed', async () => {
    const run = vi
      .fn()
      .mockRejectedValueOnce(new Error('offscreen document refused'))
      .mockResolvedValue(undefined);
    const schedule = createIndexSchedule({ quietMs: 300, maxWaitMs: 3000, run });
    schedule.changed();
    vi.advanceTimersByTime(300);
    await vi.waitFor(() => expect(schedule.busy()).toBe(false));
    schedule.changed();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('does nothing while nothing changed', () => {
    const { run } = passes();
    const schedule = createIndexSchedule({ quietMs: 300, maxWaitMs: 3000, run });
    vi.advanceTimersByTime(10_000);
    expect(run).not.toHaveBeenCalled();
    expect(schedule.busy()).toBe(false);
  });
});
