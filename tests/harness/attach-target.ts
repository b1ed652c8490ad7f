import type { CDPSession } from 'playwright-core';

/** A CDP session with one target (a tab, the toolbar popup), reached through the browser session. */
export interface TargetSession {
  send<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** Resolves with the params of the first `method` event that `accept` takes. */
  waitForEvent<T = unknown>(method: string, accept?: (params: T) => boolean, timeoutMs?: number): Promise<T>;
  detach(): Promise<void>;
}

interface Envelope {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

/**
 * Attaches to a target Playwright does not expose as a Page (the extension popup, tab targets).
 * Uses the non-flattened protocol, where messages travel inside Target.sendMessageToTarget, since
 * Playwright's CDPSession cannot address flattened child sessions.
 */
export async function attachTarget(browserSession: CDPSession, targetId: string): Promise<TargetSession> {
  const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listeners = new Set<(message: Envelope) => void>();
  const onMessage = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as Envelope;
    if (message.id !== undefined) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
      return;
    }
    for (const listener of listeners) listener(message);
  };
  browserSession.on('Target.receivedMessageFromTarget', onMessage);

  return {
    send<T>(method: string, params: Record<string, unknown> = {}) {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        browserSession
          .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
          .catch((error: Error) => {
            pending.delete(id);
            reject(error);
          });
      });
    },
    waitForEvent<T>(method: string, accept: (params: T) => boolean = () => true, timeoutMs = 10_000) {
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error(`No ${method} event within ${timeoutMs} ms`));
        }, timeoutMs);
        const listener = (message: Envelope) => {
          if (message.method !== method || !accept(message.params as T)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(message.params as T);
        };
        listeners.add(listener);
      });
    },
    async detach() {
      browserSession.off('Target.receivedMessageFromTarget', onMessage);
      await browserSession.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    },
  };
}
