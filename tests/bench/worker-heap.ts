import type { BrowserContext, CDPSession, Page } from 'playwright-core';

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

/**
 * Reads the JS heap used by a page's dedicated worker whose script URL matches `script`, each time
 * `used` is called: 0 before such a worker starts (or once it has ended). For sampling a worker
 * that the page starts later, such as the library's export worker, beside the page's own heap.
 */
export async function watchWorkerHeap(
  cdp: CDPSession,
  script: RegExp,
): Promise<{ used: () => Promise<number> }> {
  let session: string | null = null;
  let nextId = 1;
  const replies = new Map<number, (usage: HeapUsage | null) => void>();
  cdp.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string; url: string } }) => {
    if (e.targetInfo.type === 'worker' && script.test(e.targetInfo.url)) session = e.sessionId;
  });
  cdp.on('Target.detachedFromTarget', (e: { sessionId: string }) => {
    if (e.sessionId === session) session = null;
  });
  cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; result?: HeapUsage };
    if (m.id !== undefined) replies.get(m.id)?.(m.result ?? null);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  return {
    async used() {
      if (session === null) return 0;
      const id = nextId++;
      const reply = new Promise<HeapUsage | null>((resolve) => replies.set(id, resolve));
      const message = JSON.stringify({ id, method: 'Runtime.getHeapUsage' });
      await cdp.send('Target.sendMessageToTarget', { sessionId: session, message }).catch(() => undefined);
      // A worker that ends meanwhile never answers.
      const usage = await Promise.race([reply, new Promise<null>((r) => setTimeout(() => r(null), 500))]);
      replies.delete(id);
      return usage?.usedSize ?? 0;
    },
  };
}
