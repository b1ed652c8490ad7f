import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { robustnessCase } from './robustness-record';

// Capture requests are only taken from our own extension pages, and their fields are parsed with a
// valibot schema. A refused message never reaches the handler, so it can neither capture nor store.

const own = fakeBrowser.runtime.getURL('/popup.html');
const capture = { replace: false, wholePage: false };

/** A message in the envelope @webext-core/messaging sends. */
function envelope(type: string, data: unknown) {
  return { id: 1, type, data, timestamp: Date.now() };
}

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** The background's listener as a freshly started worker sets it up (one per context). */
async function listen() {
  vi.resetModules();
  const { listenForCaptureRequests } = await import('../../lib/platform/runtime-messaging');
  const handler = vi.fn(async () => ({ status: 'duplicate' as const, id: 1, title: 'T' }));
  listenForCaptureRequests(handler);
  return handler;
}

/**
 * What the background answers: its answer, the error it refuses with, or undefined when it leaves
 * the message unanswered.
 */
async function send(message: unknown, sender: object): Promise<unknown> {
  let respond: (response: unknown) => void = () => undefined;
  const response = new Promise((resolve) => (respond = resolve));
  // Chrome's listener signature, which the messenger uses: answer through `respond`, return true.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const [willRespond] = await trigger(message, sender, respond);
  if (willRespond !== true) return undefined;
  const { res, err } = (await response) as { res?: unknown; err?: { message: string } };
  return err ? new Error(err.message) : res;
}

describe('messages into the background', () => {
  it('a well-formed request from our popup is answered', async () => {
    const handler = await listen();
    expect(
      await send(envelope('captureActiveTab', capture), { id: fakeBrowser.runtime.id, url: own }),
    ).toEqual({
      status: 'duplicate',
      id: 1,
      title: 'T',
    });
    expect(handler).toHaveBeenCalledOnce();
  });

  it.each([
    [
      'a request with a field of the wrong type',
      envelope('captureActiveTab', { ...capture, wholePage: 'yes' }),
    ],
    ['a request with a negative tab id', envelope('captureActiveTab', { ...capture, tabId: -1 })],
    ['a request without its fields', envelope('captureActiveTab', null)],
  ])('a malformed request from our own page (%s) is refused', async (input, message) => {
    const tally = robustnessCase('malformed or foreign message', `malformed: ${input}`);
    const handler = await listen();
    const answer = await send(message, { id: fakeBrowser.runtime.id, url: own });
    const refused = answer instanceof Error && /^Malformed message/.test(answer.message);
    tally.lost(0);
    tally.handled(refused && handler.mock.calls.length === 0);
    expect(answer).toBeInstanceOf(Error);
    expect((answer as Error).message).toMatch(/^Malformed message/);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown message type', envelope('deleteAllArticles', {})],
    ['a request in the old { action } shape', { action: 'capture-active-tab' }],
    ['a request in the old { type } shape', { type: 'capture-active-tab', ...capture }],
    ['a bare string', 'capture-active-tab'],
    ['null', null],
  ])('a message from our own page that is no request (%s) is left unanswered', async (input, message) => {
    const tally = robustnessCase('malformed or foreign message', `malformed: ${input}`);
    const handler = await listen();
    const answer = await send(message, { id: fakeBrowser.runtime.id, url: own });
    tally.lost(0);
    tally.handled(answer === undefined && handler.mock.calls.length === 0);
    expect(answer).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    [
      'another extension',
      { id: 'some-other-extension', url: 'chrome-extension://some-other-extension/x.html' },
    ],
    [
      'a web page (content script)',
      { id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: { id: 4 } },
    ],
    [
      'a sender claiming our id with another extension page',
      { id: fakeBrowser.runtime.id, url: 'chrome-extension://other/popup.html' },
    ],
    ['a sender without an address', { id: fakeBrowser.runtime.id }],
  ])('a well-formed request from %s is refused', async (input, sender) => {
    const tally = robustnessCase('malformed or foreign message', `foreign sender: ${input}`);
    const handler = await listen();
    const answer = await send(envelope('captureActiveTab', capture), sender);
    const refused = answer instanceof Error && /^Refused/.test(answer.message);
    tally.lost(0);
    tally.handled(refused && handler.mock.calls.length === 0);
    expect(answer).toBeInstanceOf(Error);
    expect((answer as Error).message).toMatch(/^Refused/);
    expect(handler).not.toHaveBeenCalled();
  });
});
