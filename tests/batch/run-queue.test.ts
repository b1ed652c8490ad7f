import { must } from '../harness/must';
import { describe, expect, it } from 'vitest';
import { runQueue } from '../../lib/batch/run-queue';

/** A task the test finishes by hand, to control the order things happen in. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('runQueue', () => {
  it('never runs more than the limit at once, and starts the next as one settles', async () => {
    const tasks = [0, 1, 2, 3, 4].map(() => deferred<string>());
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const done = runQueue(
      [0, 1, 2, 3, 4],
      async (i) => {
        started.push(i);
        most = Math.max(most, ++running);
        try {
          return await must(tasks[i]).promise;
        } finally {
          running--;
        }
      },
      { concurrency: 2 },
    );
    await tick();
    expect(started).toEqual([0, 1]);
    must(tasks[1]).resolve('b');
    await tick();
    expect(started).toEqual([0, 1, 2]);
    for (const task of tasks) task.resolve('x');
    const results = await done;
    expect(most).toBe(2);
    expect(results.map((r) => r.status)).toEqual(['done', 'done', 'done', 'done', 'done']);
    // In the items' order, not the order they finished in.
    expect(results.map((r) => r.item)).toEqual([0, 1, 2, 3, 4]);
    expect(results[1]).toEqual({ item: 1, status: 'done', value: 'b' });
  });

  it('fails only the item that throws, with its message', async () => {
    const results = await runQueue(
      ['a', 'b'],
      async (item) => {
        if (item === 'a') throw new Error('tab closed');
        return item.toUpperCase();
      },
      { concurrency: 3 },
    );
    expect(results).toEqual([
      { item: 'a', status: 'failed', error: 'tab closed' },
      { item: 'b', status: 'done', value: 'B' },
    ]);
  });

  it('once cancelled, starts nothing more, lets the running items finish and reports the rest as not started', async () => {
    const controller = new AbortController();
    const tasks = [0, 1, 2, 3].map(() => deferred<number>());
    const started: number[] = [];
    const settled: number[] = [];
    const done = runQueue(
      [0, 1, 2, 3],
      (i) => {
        started.push(i);
        return must(tasks[i]).promise;
      },
      { concurrency: 2, signal: controller.signal, onSettled: (_result, count) => settled.push(count) },
    );
    await tick();
    controller.abort();
    must(tasks[0]).resolve(10);
    must(tasks[1]).resolve(11);
    const results = await done;
    expect(started).toEqual([0, 1]);
    expect(results.map((r) => r.status)).toEqual(['done', 'done', 'cancelled', 'cancelled']);
    expect(settled).toEqual([1, 2]);
  });

  it('settles at once for no items', async () => {
    expect(await runQueue([], async () => 1, { concurrency: 2 })).toEqual([]);
  });
});
