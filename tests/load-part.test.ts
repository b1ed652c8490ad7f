import { describe, expect, it } from 'vitest';
import { saidOf } from '../lib/i18n/message-error';
import { loadPart } from '../lib/load-part';

describe('loadPart', () => {
  it('fetches the part once, however many ask for it', async () => {
    let fetches = 0;
    const part = loadPart(async () => ({ fetch: ++fetches }));
    part.prefetch();
    const [a, b] = await Promise.all([part.get(), part.get()]);
    expect(a).toEqual({ fetch: 1 });
    expect(b).toBe(a);
    expect(fetches).toBe(1);
  });

  it('fetches nothing until the part is asked for', () => {
    let fetches = 0;
    loadPart(async () => ++fetches);
    expect(fetches).toBe(0);
  });

  it('tells the user the part could not be loaded, with the reason, and asks to reload', async () => {
    const part = loadPart(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const failure = await part.get().then(
      () => null,
      (error: unknown) => saidOf(error),
    );
    expect(failure).toEqual({
      key: 'shared.partNotLoaded',
      args: ['Failed to fetch dynamically imported module'],
    });
  });

  it('tries again after a failed fetch, so a passing network fault is not kept', async () => {
    let fetches = 0;
    const part = loadPart(async () => {
      fetches += 1;
      if (fetches === 1) throw new Error('offline');
      return 'part';
    });
    await expect(part.get()).rejects.toThrow();
    await expect(part.get()).resolves.toBe('part');
    expect(fetches).toBe(2);
  });

  it('keeps a failed prefetch quiet and lets the use that needs the part fetch it again', async () => {
    let fetches = 0;
    const part = loadPart(async () => {
      fetches += 1;
      if (fetches === 1) throw new Error('offline');
      return 'part';
    });
    part.prefetch();
    // After the failed fetch has settled (a task runs after every pending promise callback).
    await new Promise((settled) => setTimeout(settled, 0));
    await expect(part.get()).resolves.toBe('part');
  });
});
