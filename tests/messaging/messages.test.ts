import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../lib/messaging/messages';

const origin = 'chrome-extension://ownid/';

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
