import type { CDPSession, Page } from 'playwright-core';

/** A Chrome trace event, as much of it as we read. */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  /** CPU time of the thread, in microseconds (wall time is `dur`). */
  tdur?: number;
}

/**
 * Main-thread CPU time of `work` in `page`, in milliseconds: the thread time of every task the
 * page's main thread ran meanwhile, from a Chrome trace. On a machine shared with other jobs the
 * wall clock counts the time the page waited for a core; this counts only the time it had one.
 */
export async function mainThreadCpu(page: Page, work: () => Promise<unknown>): Promise<number> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
      transferMode: 'ReportEvents',
    });
    await work();
    await cdp.send('Tracing.end');
    await complete;
    // The page's main thread is the one that ran its script; other threads and processes (the
    // compositor, the extension's worker) are left out.
    const script = new Map<string, number>();
    for (const e of events) {
      if (e.name !== 'FunctionCall' || !e.dur) continue;
      const thread = `${e.pid}:${e.tid}`;
      script.set(thread, (script.get(thread) ?? 0) + e.dur);
    }
    const main = [...script].sort((a, b) => b[1] - a[1])[0]?.[0];
    let cpu = 0;
    for (const e of events) {
      if (e.name === 'RunTask' && e.ph === 'X' && `${e.pid}:${e.tid}` === main) cpu += e.tdur ?? 0;
    }
    return cpu / 1000;
  } finally {
    await cdp.detach();
  }
}
