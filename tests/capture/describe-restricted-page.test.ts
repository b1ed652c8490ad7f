import { describe, expect, it } from 'vitest';
import { describeRestrictedPage } from '../../lib/capture/describe-restricted-page';
import { inEnglish, translatorFor } from '../harness/locale-messages';
import { say } from '../../lib/i18n/message';

describe('describeRestrictedPage', () => {
  it.each([
    ['chrome://version', /browser page/],
    ['about:blank', /browser page/],
    ['about:addons', /browser page/],
    ['view-source:https://example.org/', /browser page/],
    ['chrome-extension://abc/popup.html', /browser page/],
    ['https://chromewebstore.google.com/detail/x', /Chrome Web Store/],
    ['https://chrome.google.com/webstore/detail/x', /Chrome Web Store/],
    ['https://addons.mozilla.org/en-US/firefox/', /Firefox add-ons/],
    ['https://example.org/report.PDF', /PDF/],
    ['data:text/html,hi', /data: or blob:/],
    ['file:///home/me/page.html', /Allow access to file URLs/],
    ['ftp://example.org/', /cannot read ftp:/],
    ['not a url', /no web address/],
  ])('refuses %s with a reason', (url, reason) => {
    const said = describeRestrictedPage(url, false);
    expect(said && inEnglish(said)).toMatch(reason);
  });

  it("says why in the user's language", () => {
    const said = describeRestrictedPage('ftp://example.org/', false);
    expect(said && say(translatorFor('de'), said)).toBe('Clean Capture kann keine ftp:-Seiten lesen.');
  });

  it.each([
    'https://example.org/news/story',
    'http://127.0.0.1:8080/page/',
    'https://chrome.google.com/search',
    'https://example.org/pdf-guide',
  ])('lets %s through', (url) => {
    expect(describeRestrictedPage(url, false)).toBeNull();
  });

  it('lets local files through once the user allowed file access', () => {
    expect(describeRestrictedPage('file:///home/me/page.html', true)).toBeNull();
  });

  it('lets an unknown address through, to be tried (the URL is hidden without a grant)', () => {
    expect(describeRestrictedPage(undefined, false)).toBeNull();
  });
});
