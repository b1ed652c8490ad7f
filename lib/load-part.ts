import { message } from './i18n/message';
import { MessageError, saidOf } from './i18n/message-error';

/** A part of a page fetched when first needed: `get` when it is used, `prefetch` on a hint that it soon will be. */
export interface Part<T> {
  /** The part, fetched now if no earlier call has; rejects with a message the user can read. */
  get(): Promise<T>;
  /** Starts fetching the part; a failure here is not reported (the `get` that needs it tries again). */
  prefetch(): void;
}

/**
 * A part of a page loaded with a dynamic `import()` on first use, so the page's first screen does not
 * wait for it: fetched once and shared by every caller. A failed fetch (the extension was updated
 * while the page was open, so the old chunk is gone) is not kept: the next use tries again, and the
 * failure reaches the caller as `shared.partNotLoaded`, which asks the user to reload the page.
 */
export function loadPart<T>(load: () => Promise<T>): Part<T> {
  let loading: Promise<T> | null = null;
  const get = () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw new MessageError(message('shared.partNotLoaded', saidOf(error)));
    });
    return loading;
  };
  return { get, prefetch: () => void get().catch(() => undefined) };
}
