/**
 * Resolves once `work` settles (either way) or `ms` have passed, whichever comes first: for a first
 * render that may wait a moment for its data, never longer, and never fail because the data did.
 */
export function settledWithin(
  work: Promise<unknown>,
  ms: number,
  setTimer: (done: () => void, ms: number) => unknown = setTimeout,
): Promise<void> {
  return new Promise((resolve) => {
    setTimer(resolve, ms);
    work.then(
      () => resolve(),
      () => resolve(),
    );
  });
}
