import { describe, expect, it, vi } from 'vitest';
import {
  dispatchRequest,
  isTrustedSender,
  parseResponse,
  type RequestHandlers,
} from '../../lib/messaging/messages';

const origin = 'chrome-extension://ownid/';

function handlers(): RequestHandlers<string> {
  return {
    'capture-active-tab': vi.fn(async () => ({ status: 'duplicate' as const, id: 4, title: 'T' })),
  };
}

describe('dispatchRequest', () => {
  it('runs the handler of a well-formed request with its parsed fields', async () => {
    const h = handlers();
    const answer = await dispatchRequest(
      { type: 'capture-active-tab', replace: true, wholePage: false },
      'sender',
      h,
    );
    expect(answer).toEqual({ status: 'duplicate', id: 4, title: 'T' });
    expect(h['capture-active-tab']).toHaveBeenCalledWith(
      { type: 'capture-active-tab', replace: true, wholePage: false },
      'sender',
    );
  });

  it.each([
    [{ type: 'delete-everything' }],
    [{ type: 'capture-active-tab', replace: 'yes', wholePage: false }],
    [{ action: 'capture-active-tab' }],
    ['capture-active-tab'],
    [null],
  ])('rejects %j without running any handler', async (message) => {
    const h = handlers();
    await expect(dispatchRequest(message, 'sender', h)).rejects.toThrow('Malformed message');
    expect(h['capture-active-tab']).not.toHaveBeenCalled();
  });
});

describe('isTrustedSender', () => {
  it('accepts our own extension pages only', () => {
    expect(isTrustedSender({ id: 'ownid', url: `${origin}popup.html` }, 'ownid', origin)).toBe(true);
    expect(
      isTrustedSender({ id: 'other', url: 'chrome-extension://other/popup.html' }, 'ownid', origin),
    ).toBe(false);
    expect(isTrustedSender({ id: 'ownid', url: 'https://evil.example/' }, 'ownid', origin)).toBe(false);
    expect(isTrustedSender({ id: 'ownid' }, 'ownid', origin)).toBe(false);
  });
});

describe('parseResponse', () => {
  it('throws on an answer of the wrong shape', () => {
    expect(() => parseResponse('capture-active-tab', { status: 'saved' })).toThrow('Unexpected answer');
  });
});
