import { FIRST_SCREEN_KEY } from '../first-screen/first-screen';
import { nativeExtensionApi } from './native-extension-api';

/** The part of `storage.local` the popup's first screen uses. */
export interface FirstScreenArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * The browser's own `storage.local`, without the polyfill: the popup's head script reads the
 * snapshot with it, and should stay a few kilobytes. Firefox's `browser` and Chrome's MV3 `chrome`
 * both answer with promises.
 */
export function nativeStorageLocal(): FirstScreenArea | null {
  const area: unknown = nativeExtensionApi()?.storage?.local;
  return area ? (area as FirstScreenArea) : null;
}

/**
 * The popup's first screen as stored, unparsed (the popup's code checks it, see
 * lib/first-screen/first-screen.ts); undefined when there is none or storage cannot answer.
 */
export async function readStoredFirstScreen(
  area: FirstScreenArea | null = nativeStorageLocal(),
): Promise<unknown> {
  if (!area) return undefined;
  return (await area.get(FIRST_SCREEN_KEY))[FIRST_SCREEN_KEY];
}
