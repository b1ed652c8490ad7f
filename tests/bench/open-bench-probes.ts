/**
 * Functions the open benchmark evaluates inside extension pages; self-contained, because
 * Playwright serialises them into the page.
 */

/** Init script: keeps the end time of every long task (50 ms or more on the main thread). */
export function longTasks(): void {
  const ends: number[] = [];
  (window as unknown as { __longTaskEnds: number[] }).__longTaskEnds = ends;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) ends.push(entry.startTime + entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Waits for `quietMs` without a long task (at most a minute) and returns when the last long task
 * before that quiet window ended (0 if there was none): from then on the page answers input at once.
 */
export async function idleAfter(quietMs: number): Promise<number> {
  const ends = (window as unknown as { __longTaskEnds: number[] }).__longTaskEnds;
  const last = () => (ends.length === 0 ? 0 : Math.max(...ends));
  const giveUp = performance.now() + 60_000;
  while (performance.now() - Math.max(last(), 0) < quietMs && performance.now() < giveUp) {
    await new Promise((r) => setTimeout(r, 100));
  }
  return last();
}
