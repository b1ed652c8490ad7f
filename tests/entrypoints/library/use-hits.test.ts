import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useHits } from '../../../entrypoints/library/use-hits';
import type { SearchAnswer } from '../../../entrypoints/library/use-search-worker';
import { preactContainer } from '../../harness/preact-container';

const container = preactContainer();
let hits: ReturnType<typeof useHits> | undefined;

type Search = (query: string, whole: boolean) => Promise<SearchAnswer>;
function Page({ search, query }: { search: Search; query: string }) {
  hits = useHits(search, query, 1);
  return null;
}

const found: Search = () =>
  Promise.resolve({
    hits: [{ id: 7, score: 2, terms: ['tides'] }],
    partial: false,
    workerMs: 1,
    more: false,
  });
const broken: Search = () => Promise.reject(new Error('no such table: fts'));

async function show(search: Search, query: string) {
  await act(async () => {
    render(h(Page, { search, query }), container());
    await Promise.resolve();
  });
}

describe('useHits', () => {
  it('lists what the worker found for the query typed', async () => {
    await show(found, 'tides');
    expect(hits?.query).toBe('tides');
    expect(hits?.hits.map((hit) => hit.id)).toEqual([7]);
  });

  it('leaves the list to titles, authors and sites when the worker could not answer, not to an older query’s hits', async () => {
    await show(found, 'tides');
    await show(broken, 'tidal');
    expect(hits).toBeNull();
  });

  it('asks the worker nothing for a box with no word in it, and shows every article', async () => {
    const asked: string[] = [];
    const counting: Search = (query, whole) => {
      asked.push(query);
      return found(query, whole);
    };
    await show(counting, 'tides');
    await show(counting, '');
    await show(counting, ' " ');
    expect(asked).toEqual(['tides']);
    // An answer of its own, for that query: no older query's hits stay on the list.
    expect(hits).toEqual({ query: ' " ', hits: [], partial: false, workerMs: 0, more: false });
  });
});
