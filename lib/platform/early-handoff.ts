/**
 * A page's head script (a plain script that runs before the page's modules load) starts slow work
 * early and leaves it on the page's global scope; the page's code takes it over once. They are
 * separate bundles, so a global is the only thing they share.
 */

/** Leaves `value` on `scope` under `key` for the page's code. */
export function leaveForPage(scope: object, key: string, value: unknown): void {
  Reflect.set(scope, key, value);
}

/** Takes what the head script left under `key`, once; undefined when it did not run. */
export function takeFromHead(scope: object, key: string): unknown {
  const value: unknown = Reflect.get(scope, key);
  Reflect.deleteProperty(scope, key);
  return value;
}

/** Takes a read the head script left under `key`, once; undefined when there is none. */
export function takeReadFromHead<T>(scope: object, key: string): Promise<T> | undefined {
  const read = takeFromHead(scope, key);
  return read instanceof Promise ? (read as Promise<T>) : undefined;
}
