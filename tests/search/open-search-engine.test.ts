import { describe, expect, it } from 'vitest';
import {
  openSearchEngine,
  type Fts5Failure,
  type SearchEngineSteps,
} from '../../lib/search/open-search-engine';

/** Why each try at opening fails, in order; `undefined` opens. `start` fails reading the tables. */
type Try = Fts5Failure | 'start-fails' | undefined;

/** The worker's steps, playing `tries` out and recording what was done to the files and the lock. */
function fakeSteps(tries: Try[], deletes: (Fts5Failure | undefined)[] = []) {
  const done: string[] = [];
  let opened = 0;
  const steps: SearchEngineSteps<string, string> = {
    async holdIndex() {
      done.push('lock');
      return () => done.push('unlock');
    },
    async openFts5() {
      const next = tries[opened++];
      if (next === undefined || next === 'start-fails') return `db${opened}`;
      done.push(`open refused (${next})`);
      throw new Error(next);
    },
    startFts5(db) {
      if (tries[opened - 1] === 'start-fails') {
        done.push(`${db} unreadable`);
        throw new Error('damaged');
      }
      return `fts5 on ${db}`;
    },
    closeFts5: (db) => void done.push(`close ${db}`),
    async deleteFts5() {
      const refused = deletes.shift();
      done.push(refused ? `delete refused (${refused})` : 'delete');
      if (refused) throw new Error(refused);
    },
    releaseFts5: () => void done.push('release files'),
    startMiniSearch: () => 'minisearch',
    classify: (error) => (error as Error).message as Fts5Failure,
    pause: async (ms) => void done.push(`wait ${ms}`),
    report: (message) => void done.push(message),
  };
  return { steps, done };
}

describe('choosing the search engine', () => {
  it('opens FTS5 and keeps the index and its lock', async () => {
    const { steps, done } = fakeSteps([undefined]);
    expect(await openSearchEngine(steps)).toEqual({ engine: 'fts5 on db1', fts5: true });
    expect(done).toEqual(['lock']);
  });

  it('falls back to MiniSearch where FTS5 cannot run, letting go of the files and the lock, and says why', async () => {
    const { steps, done } = fakeSteps(['unavailable']);
    expect(await openSearchEngine(steps)).toEqual({ engine: 'minisearch', fts5: false });
    expect(done).toEqual([
      'lock',
      'open refused (unavailable)',
      'Search: FTS5 on OPFS unavailable, using MiniSearch: Error: unavailable',
      'release files',
      'unlock',
    ]);
  });

  it('waits for files another context still holds, longer each time, then opens FTS5', async () => {
    const { steps, done } = fakeSteps(['held', 'held', 'held', undefined]);
    expect(await openSearchEngine(steps)).toEqual({ engine: 'fts5 on db4', fts5: true });
    expect(done.filter((step) => step.startsWith('wait'))).toEqual(['wait 200', 'wait 400', 'wait 800']);
    expect(done).not.toContain('delete');
  });

  it('closes a database whose tables could not be read, and opens it again before deleting anything', async () => {
    const { steps, done } = fakeSteps(['start-fails', undefined]);
    expect(await openSearchEngine(steps)).toEqual({ engine: 'fts5 on db2', fts5: true });
    expect(done).toContain('close db1');
    expect(done).not.toContain('delete');
  });

  it('rebuilds an index that keeps failing to open (a worker killed part way), instead of falling back', async () => {
    const { steps, done } = fakeSteps(['damaged', 'start-fails', undefined]);
    expect(await openSearchEngine(steps)).toEqual({ engine: 'fts5 on db3', fts5: true });
    expect(done).toContain('close db2');
    expect(done).toContain('delete');
    expect(done.some((step) => /rebuilding it: Error: damaged/.test(step))).toBe(true);
    expect(done).not.toContain('unlock');
  });

  it('waits to delete the files while another context opened them meanwhile, then tries again', async () => {
    const { steps, done } = fakeSteps(['damaged', 'damaged', 'damaged', undefined], ['held']);
    expect(await openSearchEngine(steps)).toEqual({ engine: 'fts5 on db4', fts5: true });
    expect(done.filter((step) => step.startsWith('delete'))).toEqual(['delete refused (held)', 'delete']);
  });

  it('falls back to MiniSearch, letting go of the files and the lock, when a fresh index fails too', async () => {
    const { steps, done } = fakeSteps(['damaged', 'damaged', 'start-fails']);
    expect(await openSearchEngine(steps)).toEqual({ engine: 'minisearch', fts5: false });
    expect(done.slice(-5)).toEqual([
      'db3 unreadable',
      'close db3',
      'Search: FTS5 on OPFS unavailable, using MiniSearch: Error: damaged',
      'release files',
      'unlock',
    ]);
  });
});
