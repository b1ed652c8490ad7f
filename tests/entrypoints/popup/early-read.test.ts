import { describe, expect, it, vi } from 'vitest';
import { startEarlyRead, takeEarlyRead, takeEarlySnapshot } from '../../../entrypoints/popup/early-read';
import { firstScreenOf } from '../../../lib/first-screen/first-screen';
import { makeRecord } from '../../articles/article-factory';

/** Past the snapshot's answer and what the head script does with it. */
const settle = () => new Promise((done) => setTimeout(done, 0));

describe("the popup's head script", () => {
  it('leaves the database closed while a snapshot is stored, until the popup asks for the rows', async () => {
    const page = {};
    const stored = firstScreenOf([makeRecord({ id: 1 })], 1);
    const readRows = vi.fn(() => Promise.resolve([makeRecord({ id: 1 })]));
    startEarlyRead(page, () => Promise.resolve(stored), readRows);
    expect(await takeEarlySnapshot(page)).toEqual(stored);
    await settle();
    expect(readRows).not.toHaveBeenCalled();

    const read = takeEarlyRead(page);
    expect(takeEarlyRead(page)).toBeNull();
    const first = read?.();
    expect(read?.()).toBe(first);
    expect(readRows).toHaveBeenCalledTimes(1);
    expect((await first)?.map((row) => row.id)).toEqual([1]);
  });

  it('reads the database at once when no snapshot is stored (its rows are the first rows)', async () => {
    const page = {};
    const readRows = vi.fn(() => Promise.resolve([]));
    startEarlyRead(page, () => Promise.resolve(undefined), readRows);
    await settle();
    expect(readRows).toHaveBeenCalledTimes(1);
    // The popup's code takes over the same read, not a second one.
    await takeEarlyRead(page)?.();
    expect(readRows).toHaveBeenCalledTimes(1);
  });

  it('reads the database at once when storage cannot answer', async () => {
    const page = {};
    const readRows = vi.fn(() => Promise.resolve([]));
    startEarlyRead(page, () => Promise.reject(new Error('storage failed')), readRows);
    await takeEarlySnapshot(page)?.catch(() => undefined);
    await settle();
    expect(readRows).toHaveBeenCalledTimes(1);
  });
});
