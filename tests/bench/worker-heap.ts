import type { BrowserContext, Page } from 'playwright-core';

/**
 * JS heap used by the dedicated workers of a page (the library's search index lives in one), read
 * over CDP: Playwright exposes no heap figures for workers, so we auto-attach to them ourselves with
 * the non-flattened protocol, as the harness does for the popup.
 */
export async function workerHeapBytes(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  const sessions: string[] = [];
  const replies = new Map<number, (v: { usedSize: number }) => void>();
  cdp.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string } }) => {
    if (e.targetInfo.type === 'worker') sessions.push(e.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
    if (m.id !== undefined && m.result) replies.get(m.id)?.(m.result);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await new Promise((r) => setTimeout(r, 300));
  let total = 0;
  let id = 1;
  for (const sessionId of sessions) {
    const reply = new Promise<{ usedSize: number }>((resolve) => replies.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'HeapProfiler.collectGarbage' }),
    });
    id++;
    const heap = new Promise<{ usedSize: number }>((resolve) => replies.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
    });
    id++;
    void reply;
    total += (
      await Promise.race([
        heap,
        new Promise<{ usedSize: number }>((r) => setTimeout(() => r({ usedSize: NaN }), 5000)),
      ])
    ).usedSize;
  }
  await cdp.detach();
  return total;
}
