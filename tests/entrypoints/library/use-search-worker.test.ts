import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import {
  startSearchWorkerEarly,
  takeEarlySearchWorker,
} from '../../../entrypoints/library/early-search-worker';
import { useSearchWorker } from '../../../entrypoints/library/use-search-worker';
import type { SearchWorkerReply, SearchWorkerRequest } from '../../../lib/search/search-worker-protocol';
import { FakeWorker } from '../../harness/fake-worker';
import { preactContainer } from '../../harness/preact-container';

/** A search worker that records what it is asked and answers only when a test makes it. */
class FakeSearchWorker extends FakeWorker<SearchWorkerRequest, SearchWorkerReply> {}

/** The workers the page's code started itself (Vite's worker constructor). */
const started = vi.hoisted(() => [] as unknown[]);
vi.mock('../../../entrypoints/library/search-worker?worker', () => ({
  // A constructor that returns another object makes `new` give that object: here, a fake.
  default: function SearchWorker() {
    const worker = new FakeSearchWorker();
    started.push(worker);
    return worker;
  },
}));

const ready: SearchWorkerReply = {
  type: 'ready',
  source: 'loaded',
  count: 3,
  unsearchable: [],
  engine: 'fts5',
  bytes: 4096,
  merging: false,
};

const container = preactContainer();
let state: ReturnType<typeof useSearchWorker>['indexState'] | undefined;
let search: ReturnType<typeof useSearchWorker>['search'] | undefined;
function Page() {
  const worker = useSearchWorker();
  state = worker.indexState;
  search = worker.search;
  return h('p', null, state.ready ? 'ready' : 'loading');
}
const openPage = () => act(() => render(h(Page, null), container()));

/** Starts a worker as the library's head script does, on a fake. */
function startInHead(): FakeSearchWorker {
  const worker = new FakeSearchWorker();
  startSearchWorkerEarly(globalThis, () => worker as unknown as Worker);
  return worker;
}

describe("the library's search worker, started by the page's head", () => {
  it('is taken over with what it said before the page listened: the index shows ready at once', () => {
    const early = startInHead();
    // The index opened while the page's modules were still loading.
    early.say(ready);
    openPage();
    expect(container().textContent).toBe('ready');
    expect(state?.bytes).toBe(4096);
    // One worker, asked once to sync (by the head script), not a second time by the page.
    expect(started).toEqual([]);
    expect(early.asked).toEqual([{ type: 'sync' }]);
    // What it says afterwards reaches the page too.
    act(() => early.say({ ...ready, count: 4 }));
    expect(state?.done).toBe(4);
  });

  it('is replaced by the page’s own when its script failed to load', () => {
    const early = startInHead();
    early.fail();
    openPage();
    expect(early.ended).toBe(true);
    expect(started).toHaveLength(1);
    expect((started[0] as FakeSearchWorker).asked).toEqual([{ type: 'sync' }]);
  });

  it('is handed over once: without a head script the page starts its own', () => {
    startInHead();
    expect(takeEarlySearchWorker()).toBeDefined();
    expect(takeEarlySearchWorker()).toBeUndefined();
    started.length = 0;
    openPage();
    expect(started).toHaveLength(1);
    expect((started[0] as FakeSearchWorker).asked).toEqual([{ type: 'sync' }]);
  });
});

describe('a search worker that fails', () => {
  /** Opens the page with its own worker (no head script) and hands that worker back. */
  function openWithOwnWorker(): FakeSearchWorker {
    started.length = 0;
    openPage();
    const worker = started[0] as FakeSearchWorker | undefined;
    if (!worker) throw new Error('the page started no worker');
    return worker;
  }

  it('says why full-text search stopped when the worker dies, and fails the search that was waiting', async () => {
    const worker = openWithOwnWorker();
    act(() => worker.say(ready));
    const waiting = search?.('tides', false);
    act(() => worker.fail('out of memory'));
    expect(state?.ready).toBe(false);
    expect(state?.failed).toContain('out of memory');
    await expect(waiting).rejects.toThrow('out of memory');
  });

  it('says so when the head script’s worker failed after it had answered', () => {
    const early = startInHead();
    early.say(ready);
    early.fail('out of memory');
    openPage();
    expect(early.ended).toBe(true);
    expect(state?.ready).toBe(false);
    expect(state?.failed).toBe('out of memory');
  });

  it('says why when the index could not be brought in step', () => {
    const worker = openWithOwnWorker();
    act(() => worker.say({ type: 'error', message: 'database disk image is malformed' }));
    expect(state?.failed).toContain('database disk image is malformed');
  });

  it('fails a search the worker could not answer, and says why', async () => {
    const worker = openWithOwnWorker();
    act(() => worker.say(ready));
    const answer = search?.('tides', false);
    const call = worker.asked.find((request) => request.type === 'call');
    if (call?.type !== 'call') throw new Error('the search was not asked');
    await act(async () => {
      worker.say({ type: 'failed', id: call.id, name: call.name, message: 'no such table: fts' });
      await answer?.catch(() => undefined);
    });
    await expect(answer).rejects.toThrow('no such table: fts');
    expect(state?.failed).toContain('no such table: fts');
  });
});
