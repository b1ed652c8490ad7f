/** The clock a schedule runs on: the global one in the extension, a fake one in tests. */
export interface ScheduleClock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface IndexScheduleOptions {
  /**
   * How long the articles must stay unchanged before indexing starts: "Save all tabs" stores one
   * page after another, and one pass over the library takes them all in.
   */
  quietMs: number;
  /** The longest a change waits while others keep coming. */
  maxWaitMs: number;
  /** Brings the index in step with the articles; settles when it is done (a failure counts as done). */
  run: () => Promise<unknown>;
  clock?: ScheduleClock;
}

export interface IndexSchedule {
  /** Articles were stored, changed or deleted: index them soon. */
  changed(): void;
  /** Whether a pass is waiting to start or running. */
  busy(): boolean;
}

const globalClock: ScheduleClock = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/**
 * When to index after articles change: once they have been quiet for `quietMs` (or `maxWaitMs`
 * after the first change at the latest), one pass at a time. A change that comes while a pass runs
 * may have been read before it was made, so another pass follows that one.
 */
export function createIndexSchedule({
  quietMs,
  maxWaitMs,
  run,
  clock = globalClock,
}: IndexScheduleOptions): IndexSchedule {
  let firstChange: number | null = null;
  let timer: unknown;
  let running = false;
  let again = false;

  function start(): void {
    timer = undefined;
    firstChange = null;
    running = true;
    const finish = () => {
      running = false;
      if (again) {
        again = false;
        changed();
      }
    };
    run().then(finish, finish);
  }

  function changed(): void {
    if (running) {
      again = true;
      return;
    }
    const now = clock.now();
    firstChange ??= now;
    if (timer !== undefined) clock.clearTimeout(timer);
    const wait = Math.max(0, Math.min(quietMs, firstChange + maxWaitMs - now));
    timer = clock.setTimeout(start, wait);
  }

  return { changed, busy: () => running || timer !== undefined };
}
