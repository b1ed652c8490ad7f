import { message, type Message } from '../i18n/message.ts';

/** Stores whose pages browsers never let extensions script, with the message that names each. */
const storeHosts: { host: string; path?: string; key: string }[] = [
  { host: 'chromewebstore.google.com', key: 'capture.chromeWebStore' },
  { host: 'chrome.google.com', path: '/webstore', key: 'capture.chromeWebStore' },
  { host: 'addons.mozilla.org', key: 'capture.firefoxAddons' },
  { host: 'microsoftedge.microsoft.com', path: '/addons', key: 'capture.edgeAddons' },
];

const browserSchemes = [
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'moz-extension:',
  'resource:',
  'view-source:',
];

/**
 * Why the browser will not let us read this page, as a sentence for the user, or null when we can
 * try. Checked before injecting, so the user gets a reason instead of a scripting error.
 */
export function describeRestrictedPage(url: string | undefined, fileAccess: boolean): Message | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return message('capture.noAddress');
  }
  if (browserSchemes.includes(parsed.protocol)) {
    return message('capture.browserPage');
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') {
    return message('capture.dataOrBlob');
  }
  if (parsed.protocol === 'file:' && !fileAccess) {
    return message('capture.fileAccess');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') {
    return message('capture.otherScheme', parsed.protocol);
  }
  const store = storeHosts.find(
    (s) => parsed.hostname === s.host && parsed.pathname.startsWith(s.path ?? '/'),
  );
  if (store) return message(store.key);
  if (/\.pdf$/i.test(parsed.pathname)) {
    return message('capture.looksLikePdf');
  }
  return null;
}
