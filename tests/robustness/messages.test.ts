import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForRequests } from '../../lib/platform/runtime-messaging';
import { robustnessCase } from './robustness-record';

// Messages into the background are parsed against the valibot schemas and only taken from our own
// extension pages. A refused message never reaches a handler, so it can neither capture nor store.

const own = fakeBrowser.runtime.getURL('/popup.html');
const capture = { type: 'capture-active-tab', replace: false, wholePage: false };

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

function listen() {
  const handler = vi.fn(async () => ({ status: 'duplicate' as const, id: 1, title: 'T' }));
  listenForRequests({ 'capture-active-tab': handler });
  return handler;
}

/** What the background answers: the listener's value, or the error it rejects with. */
async function send(message: unknown, sender: object): Promise<unknown> {
  try {
    const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
    return answer;
  } catch (error) {
    return error;
  }
}

describe('messages into the background', () => {
  it('a well-formed request from our popup is answered', async () => {
    const handler = listen();
    expect(await send(capture, { id: fakeBrowser.runtime.id, url: own })).toEqual({
      status: 'duplicate',
      id: 1,
      title: 'T',
    });
    expect(handler).toHaveBeenCalledOnce();
  });

  it.each([
    ['an unknown message type', { type: 'delete-all-articles' }],
    ['a request with a field of the wrong type', { ...capture, wholePage: 'yes' }],
    ['a request with a negative tab id', { ...capture, tabId: -1 }],
    ['a request in the old { action } shape', { action: 'capture-active-tab' }],
    ['a bare string', 'capture-active-tab'],
    ['null', null],
  ])('a malformed message from our own page (%s) is refused', async (input, message) => {
    const tally = robustnessCase('malformed or foreign message', `malformed: ${input}`);
    const handler = listen();
    const answer = await send(message, { id: fakeBrowser.runtime.id, url: own });
    const refused = answer instanceof Error && /^Malformed message/.test(answer.message);
    tally.lost(0);
    tally.handled(refused && handler.mock.calls.length === 0);
    expect(answer).toBeInstanceOf(Error);
    expect((answer as Error).message).toMatch(/^Malformed message/);
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
  ])('a well-formed request from %s is ignored', async (input, sender) => {
    const tally = robustnessCase('malformed or foreign message', `foreign sender: ${input}`);
    const handler = listen();
    const answer = await send(capture, sender);
    tally.lost(0);
    tally.handled(answer === undefined && handler.mock.calls.length === 0);
    expect(answer).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });
});
