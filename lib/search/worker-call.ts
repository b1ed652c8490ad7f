import { messageOf } from '../message-of';

/**
 * Calls over a worker's `postMessage` that come back as answers: the page posts a call with an id,
 * the worker answers with the same id, and the page's promise for that call settles. `Calls` names
 * each call with the type of its argument and of its result, so both sides are checked.
 */
export type WorkerCalls = Record<string, { arg: unknown; result: unknown }>;

export type CallMessage<C extends WorkerCalls> = {
  [K in keyof C & string]: { type: 'call'; id: number; name: K; arg: C[K]['arg'] };
}[keyof C & string];

export type AnswerMessage<C extends WorkerCalls> = {
  [K in keyof C & string]: { type: 'answer'; id: number; name: K; result: C[K]['result'] };
}[keyof C & string];

/** The worker could not answer a call: the page's promise for it fails with `message`. */
export interface FailedMessage {
  type: 'failed';
  id: number;
  name: string;
  message: string;
}

/** The page's side: `call` posts a call and waits for the answer that `settle` is handed. */
export function createWorkerCaller<C extends WorkerCalls>(post: (message: CallMessage<C>) => void) {
  let lastId = 0;
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  return {
    call<K extends keyof C & string>(name: K, arg: C[K]['arg']): Promise<C[K]['result']> {
      return new Promise((resolve, reject) => {
        const id = ++lastId;
        pending.set(id, { resolve, reject });
        post({ type: 'call', id, name, arg } as CallMessage<C>);
      });
    },
    /**
     * Settles the call `answer` is for, or fails it when the worker could not answer; an answer to
     * no pending call is dropped.
     */
    settle(answer: AnswerMessage<C> | FailedMessage): void {
      const waiting = pending.get(answer.id);
      pending.delete(answer.id);
      if (answer.type === 'failed') waiting?.reject(new Error(answer.message));
      else waiting?.resolve(answer.result);
    },
    /** Fails every call still waiting: the worker is gone and will answer none of them. */
    abandon(reason: string): void {
      for (const waiting of pending.values()) waiting.reject(new Error(reason));
      pending.clear();
    },
  };
}

/** The worker's side: the answer to `call`, with its id, for `postMessage`. */
export function answerCall<C extends WorkerCalls, K extends keyof C & string>(
  call: { id: number; name: K },
  result: C[K]['result'],
): AnswerMessage<C> {
  return { type: 'answer', id: call.id, name: call.name, result } as AnswerMessage<C>;
}

/** The worker's side: why it could not answer `call`, for `postMessage`. */
export function failCall(call: { id: number; name: string }, error: unknown): FailedMessage {
  return {
    type: 'failed',
    id: call.id,
    name: call.name,
    message: messageOf(error),
  };
}
