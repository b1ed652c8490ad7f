import type { BrowserContext, Page } from 'playwright-core';

/**
 * JS heap used by the dedicated workers of a page, plus the backing stores of their array buffers
 * (the search index keeps its postings in typed arrays, which the JS heap figure leaves out), (the library's search index lives in one), read
 * over CDP: Playwright exposes no heap figures for workers, so we auto-attach to them ourselves with
 * the non-flattened protocol, as the harness does for the popup.
 */
interface HeapUsage {
  usedSize: number;
  /** Array buffers and external strings (Chromium 12x+). */
  backingStorageSize?: number;
}

export async function workerHeapBytes(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  const sessions: string[] = [];
  const replies = new Map<number, (v: HeapUsage) => void>();
  cdp.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string } }) => {
    if (e.targetInfo.type === 'worker') sessions.push(e.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; result?: HeapUsage };
    if (m.id !== undefined && m.result) replies.get(m.id)?.(m.result);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await new Promise((r) => setTimeout(r, 300));
  let total = 0;
  let id = 1;
  for (const sessionId of sessions) {
    const reply = new Promise<HeapUsage>((resolve) => replies.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'HeapProfiler.collectGarbage' }),
    });
    id++;
    const heap = new Promise<HeapUsage>((resolve) => replies.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
    });
    id++;
    void reply;
    const usage = await Promise.race([
      heap,
      new Promise<HeapUsage>((r) => setTimeout(() => r({ usedSize: NaN }), 5000)),
    ]);
    total += usage.usedSize + (usage.backingStorageSize ?? 0);
  }
  await cdp.detach();
  return total;
}
