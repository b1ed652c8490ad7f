/** Debian's Chromium: the browser this machine and CI install; test tools may not download their own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags every test browser needs here: no sandbox as root, no GPU, and none of the background
 * connections a closed network refuses by the dozen.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
