/** Stores whose pages browsers never let extensions script. */
const storeHosts: { host: string; path?: string; name: string }[] = [
  { host: 'chromewebstore.google.com', name: 'the Chrome Web Store' },
  { host: 'chrome.google.com', path: '/webstore', name: 'the Chrome Web Store' },
  { host: 'addons.mozilla.org', name: 'the Firefox add-ons site' },
  { host: 'microsoftedge.microsoft.com', path: '/addons', name: 'the Edge add-ons site' },
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
export function describeRestrictedPage(url: string | undefined, fileAccess: boolean): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This tab has no web address Clean Capture can read.';
  }
  if (browserSchemes.includes(parsed.protocol)) {
    return 'This is a browser page (like settings or a new tab); browsers do not let extensions read it.';
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') {
    return 'Pages made from data: or blob: addresses cannot be captured; open the page from its web address.';
  }
  if (parsed.protocol === 'file:' && !fileAccess) {
    return 'Local files need permission: open the extension details and turn on "Allow access to file URLs".';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') {
    return `Clean Capture cannot read ${parsed.protocol} pages.`;
  }
  const store = storeHosts.find(
    (s) => parsed.hostname === s.host && parsed.pathname.startsWith(s.path ?? '/'),
  );
  if (store) return `Browsers do not let extensions read ${store.name}.`;
  if (/\.pdf$/i.test(parsed.pathname)) {
    return "This looks like a PDF, shown by the browser's PDF viewer, which extensions cannot read.";
  }
  return null;
}
