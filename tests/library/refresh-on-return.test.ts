import { describe, expect, it } from 'vitest';
import { refreshOnReturn, type VisiblePage, type WrittenKeys } from '../../lib/library/refresh-on-return';

/** A page whose visibility the test sets, and a source of write reports the test fires. */
function setUp() {
  const page = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  const setVisibility = (state: DocumentVisibilityState) => {
    page.visibilityState = state;
    page.dispatchEvent(new Event('visibilitychange'));
  };
  const watchers = new Set<(keys: WrittenKeys) => void>();
  const write = (keys: WrittenKeys = null) => watchers.forEach((changed) => changed(keys));
  const watchWrites = (changed: (keys: WrittenKeys) => void) => {
    watchers.add(changed);
    return () => watchers.delete(changed);
  };
  let refreshes = 0;
  const asked: Array<number[] | null> = [];
  const stop = refreshOnReturn(page as VisiblePage, watchWrites, (ids) => {
    refreshes++;
    asked.push(ids);
  });
  return { page, setVisibility, write, watchers, stop, refreshes: () => refreshes, asked };
}

describe('refreshing the library when the user comes back to it', () => {
  it('reads again on return after articles changed while the page was hidden, once', () => {
    const { setVisibility, write, refreshes } = setUp();
    setVisibility('hidden');
    write();
    write();
    expect(refreshes()).toBe(0);
    setVisibility('visible');
    expect(refreshes()).toBe(1);
    setVisibility('hidden');
    setVisibility('visible');
    expect(refreshes()).toBe(1);
  });

  it('reads again only the records written meanwhile, or every one after a write that names none', () => {
    const { setVisibility, write, asked } = setUp();
    setVisibility('hidden');
    write([4]);
    write([9, 4]);
    write([]);
    setVisibility('visible');
    expect(asked.at(-1)?.sort()).toEqual([4, 9]);
    setVisibility('hidden');
    write([4]);
    write(null);
    write([7]);
    setVisibility('visible');
    expect(asked.at(-1)).toBeNull();
    expect(asked).toHaveLength(2);
  });

  it('reads nothing on a return when nothing changed', () => {
    const { setVisibility, refreshes } = setUp();
    for (let i = 0; i < 3; i++) {
      setVisibility('hidden');
      setVisibility('visible');
    }
    expect(refreshes()).toBe(0);
  });

  it('reads again on the next return after a change made while the page was shown', () => {
    const { setVisibility, write, refreshes } = setUp();
    write();
    expect(refreshes()).toBe(0);
    setVisibility('hidden');
    setVisibility('visible');
    expect(refreshes()).toBe(1);
  });

  it('reads again when the browser resumes a frozen page, which may have missed a report', () => {
    const { page, refreshes, asked } = setUp();
    page.dispatchEvent(new Event('resume'));
    expect(refreshes()).toBe(1);
    expect(asked).toEqual([null]);
  });

  it('stops watching and listening once stopped', () => {
    const { setVisibility, write, watchers, stop, refreshes } = setUp();
    stop();
    expect(watchers.size).toBe(0);
    setVisibility('hidden');
    write();
    setVisibility('visible');
    expect(refreshes()).toBe(0);
  });
});
