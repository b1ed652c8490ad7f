/**
 * A dedicated worker for unit tests: it records what it is asked, and says (or fails) only when a
 * test makes it. `Request` and `Reply` are the worker's protocol.
 */
export class FakeWorker<Request, Reply> {
  asked: Request[] = [];
  ended = false;
  onmessage: ((event: MessageEvent<Reply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  postMessage(request: Request) {
    this.asked.push(request);
  }
  terminate() {
    this.ended = true;
  }
  say(reply: Reply) {
    this.onmessage?.({ data: reply } as MessageEvent<Reply>);
  }
  /** The worker's script failed to load, or threw an error it did not catch (`message` empty: no words). */
  fail(message = '') {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}
