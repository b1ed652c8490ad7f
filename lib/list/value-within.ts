/**
 * What `work` resolves to if that comes within `ms`; undefined when the time is up first or the
 * work failed (the caller, following `work` itself, then learns the rest). For a first render that
 * may wait a moment for its data, never longer, and never fails because the data did.
 */
export function valueWithin<T>(
  work: Promise<T>,
  ms: number,
  setTimer: (done: () => void, ms: number) => unknown = setTimeout,
): Promise<T | undefined> {
  return new Promise((resolve) => {
    setTimer(() => resolve(undefined), ms);
    work.then(resolve, () => resolve(undefined));
  });
}
