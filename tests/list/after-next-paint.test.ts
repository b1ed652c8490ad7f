import { describe, expect, it } from 'vitest';
import { afterNextPaint } from '../../lib/list/after-next-paint';

/** Frames and timers the test runs by hand, so no test waits on the clock. */
function manualClock() {
  const frames: (() => void)[] = [];
  const timers: { done: () => void; ms: number }[] = [];
  return {
    frames,
    timers,
    frame: (done: () => void) => void frames.push(done),
    setTimer: (done: () => void, ms: number) => void timers.push({ done, ms }),
  };
}

async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
}

describe('afterNextPaint', () => {
  it('waits for the next frame and then a task of its own (after the paint), not for the frame alone', async () => {
    const clock = manualClock();
    const painted = afterNextPaint(clock.frame, clock.setTimer);
    expect(await settled(painted)).toBe(false);
    clock.frames[0]?.();
    expect(await settled(painted)).toBe(false);
    const afterFrame = clock.timers.find((t) => t.ms === 0);
    expect(afterFrame).toBeDefined();
    afterFrame?.done();
    expect(await settled(painted)).toBe(true);
  });

  it('resolves anyway when no frame comes (a hidden page), after the fallback', async () => {
    const clock = manualClock();
    const painted = afterNextPaint(clock.frame, clock.setTimer, 100);
    expect(await settled(painted)).toBe(false);
    const fallback = clock.timers.find((t) => t.ms === 100);
    expect(fallback).toBeDefined();
    fallback?.done();
    expect(await settled(painted)).toBe(true);
  });
});
