import type { BrowserContext, CDPSession, Page } from 'playwright-core';

// Heap figures of a page's dedicated workers, read over CDP: Playwright exposes none for workers,
// so we auto-attach to them ourselves with the non-flattened protocol, as the harness does for the
// popup.

interface HeapUsage {
  usedSize: number;
  /** Array buffers and external strings (Chromium 12x+). */
  backingStorageSize?: number;
}

/**
 * Attaches to the dedicated workers of the page `cdp` belongs to, and offers calls into one of
 * them: `workers` maps each attached worker's session to its script URL, as they come and go.
 */
async function attachToWorkers(cdp: CDPSession) {
  const workers = new Map<string, string>();
  const replies = new Map<number, (result: unknown) => void>();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string; url: string } }) => {
    if (e.targetInfo.type === 'worker') workers.set(e.sessionId, e.targetInfo.url);
  });
  cdp.on('Target.detachedFromTarget', (e: { sessionId: string }) => void workers.delete(e.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (m.id !== undefined) replies.get(m.id)?.(m.result ?? null);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  /** Calls `method` in the worker of `session`: null when it does not answer in time (it ended). */
  async function call<T>(session: string, method: string, timeoutMs: number): Promise<T | null> {
    const id = nextId++;
    const reply = new Promise<T | null>((resolve) => replies.set(id, resolve as (result: unknown) => void));
    const message = JSON.stringify({ id, method });
    await cdp.send('Target.sendMessageToTarget', { sessionId: session, message }).catch(() => undefined);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((r) => (timer = setTimeout(() => r(null), timeoutMs)));
    const result = await Promise.race([reply, late]);
    clearTimeout(timer);
    replies.delete(id);
    return result;
  }
  return { workers, call };
}

/**
 * JS heap used by the dedicated workers of a page after a GC in each, plus the backing stores of
 * their array buffers (which the JS heap figure leaves out; the library's search index lives in one).
 */
export async function workerHeapBytes(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  const { workers, call } = await attachToWorkers(cdp);
  await new Promise((r) => setTimeout(r, 300));
  let total = 0;
  for (const session of workers.keys()) {
    await call(session, 'HeapProfiler.collectGarbage', 5000);
    const usage = await call<HeapUsage>(session, 'Runtime.getHeapUsage', 5000);
    total += usage ? usage.usedSize + (usage.backingStorageSize ?? 0) : NaN;
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
  const { workers, call } = await attachToWorkers(cdp);
  return {
    async used() {
      const session = [...workers].find(([, url]) => script.test(url))?.[0];
      if (session === undefined) return 0;
      // A worker that ends meanwhile never answers.
      return (await call<HeapUsage>(session, 'Runtime.getHeapUsage', 500))?.usedSize ?? 0;
    },
  };
}
