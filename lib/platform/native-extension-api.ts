import type { browser } from 'wxt/browser';

/**
 * The browser's own extension API, without the polyfill: Firefox's `browser`, else Chrome's
 * `chrome` (in Manifest V3 both answer with promises). For code the popup's head script runs, which
 * should stay a few kilobytes; everything else goes through `wxt/browser`. Undefined outside an
 * extension.
 */
export function nativeExtensionApi(): typeof browser | undefined {
  return Reflect.get(globalThis, 'browser') ?? Reflect.get(globalThis, 'chrome');
}
