import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { FIRST_PAGE, startEarlyRead, takeEarlyRead } from '../../../entrypoints/library/early-read';
import { readAllRecords, readFirstRows, useLibrary } from '../../../entrypoints/library/use-library';
import type { LibraryRecords } from '../../../lib/library/library-records';
import { NO_FILTER } from '../../../lib/search/filter-articles';
import { libraryResults } from '../../../lib/search/library-results';
import type { ArticleRecord } from '../../../lib/article';
import { listRecentArticles } from '../../../lib/platform/store/article-store';
import { getDatabase } from '../../../lib/platform/store/db';
import { saveArticle } from '../../../lib/platform/store/save-article';
import { packHits } from '../../../lib/search/article-search';
import type {
  SearchWorkerCalls,
  SearchWorkerReply,
  SearchWorkerRequest,
} from '../../../lib/search/search-worker-protocol';
import { answerCall } from '../../../lib/search/worker-call';
import { makeArticle } from '../../articles/article-factory';
import { preactContainer } from '../../harness/preact-container';

interface FakeSearchWorker {
  posted: SearchWorkerRequest[];
  onmessage: ((event: { data: SearchWorkerReply }) => void) | null;
}
/** The page's search workers, newest last: they answer only what a test answers for them. */
const searchWorkers: FakeSearchWorker[] = [];
vi.mock('../../../entrypoints/library/search-worker?worker', () => ({
  default: function SearchWorker() {
    const worker: FakeSearchWorker & { postMessage(m: SearchWorkerRequest): void; terminate(): void } = {
      posted: [],
      onmessage: null,
      postMessage: (message) => worker.posted.push(message),
      terminate() {},
    };
    searchWorkers.push(worker);
    return worker;
  },
}));

/** While set, the records' reading waits for it after each page: a change can come in between. */
let holdReading: Promise<void> | null = null;
/** How many pages of records the reading has been given so far. */
let pagesRead = 0;
vi.mock('../../../lib/platform/store/library-store', async (importOriginal) => {
  const store = await importOriginal<typeof import('../../../lib/platform/store/library-store')>();
  return {
    ...store,
    async *readArticlesInPages(...args: Parameters<typeof store.readArticlesInPages>) {
      for await (const page of store.readArticlesInPages(...args)) {
        pagesRead++;
        yield page;
        if (holdReading) await holdReading;
      }
    },
  };
});

const container = preactContainer();
/** The titles each render of the page listed, in order. */
const renders: string[][] = [];
function Page(props: Parameters<typeof useLibrary>[0]) {
  const { records } = useLibrary(props);
  renders.push(records.map((r) => r.title));
  return h('p', null, String(records.length));
}

async function store(count: number) {
  const db = getDatabase();
  for (let i = 0; i < count; i++) {
    const capturedAt = `2026-05-${String(1 + (i % 28)).padStart(2, '0')}T09:${String(i % 60).padStart(2, '0')}:00.000Z`;
    const article = makeArticle({
      canonicalUrl: `https://news.example/${i}`,
      title: `Story ${i}`,
      capturedAt,
    });
    await saveArticle(db, article, { replace: false });
  }
}

describe("the library's first rows", () => {
  it('are in its first render when the head script read them in time, the newest first', async () => {
    await store(FIRST_PAGE + 3);
    const page = {};
    startEarlyRead(page);
    const firstRead = readFirstRows(getDatabase, takeEarlyRead(page));
    const firstRows: ArticleRecord[] = await firstRead;
    const newest = await listRecentArticles(getDatabase(), FIRST_PAGE);
    expect(firstRows).toEqual(newest);
    act(() => render(h(Page, { firstRead, firstRows }), container()));
    expect(renders[0]).toEqual(newest.map((r) => r.title));
    // Then every record, as before.
    await vi.waitFor(() => expect(container().textContent).toBe(String(FIRST_PAGE + 3)));
  });

  it('follow the first render when they were not read in time', async () => {
    renders.length = 0;
    const firstRead = readFirstRows(getDatabase);
    act(() => render(h(Page, { firstRead }), container()));
    expect(renders[0]).toEqual([]);
    await vi.waitFor(() => expect(container().textContent).toBe(String(FIRST_PAGE + 3)));
  });
});

describe('reading every record', () => {
  it('shows the records read so far as it goes, each time as a list of its own, then all of them', async () => {
    // The 63 stored above, 20 a page: shown at 20 and 40 (twice as many each time), then all.
    const parts: LibraryRecords[] = [];
    const all = await readAllRecords(getDatabase(), {
      onPart: (part) => parts.push(part),
      pageSize: 20,
    });
    expect(all.records).toHaveLength(FIRST_PAGE + 3);
    expect(parts.map((part) => part.records.length)).toEqual([20, 40]);
    for (const part of parts) {
      // The newest first, as the whole list, and counted as they are (the status views' numbers).
      expect(part.records).toEqual(all.records.slice(0, part.records.length));
      expect(part.tally.statuses.all).toBe(part.records.length);
      expect(part.byStatus.unread).toHaveLength(part.tally.statuses.unread);
    }
    // A search answered while the records load: its hits are found in the list shown, in rank
    // order, and in a status view only when of that status.
    const shown = parts[0] as LibraryRecords;
    const [newest, older] = shown.records as [ArticleRecord, ArticleRecord];
    const hits = [older, newest].map((r) => ({ id: r.id, score: 0, terms: ['story'] }));
    expect(libraryResults(shown.records, 'story', hits, NO_FILTER).articles).toEqual([older, newest]);
    expect(libraryResults(shown.byStatus.unread, 'story', hits, NO_FILTER).articles).toHaveLength(2);
    expect(libraryResults(shown.byStatus.archived, 'story', hits, NO_FILTER).articles).toEqual([]);
    // Later pages left the lists already shown as they were.
    expect(parts[0]?.records).toHaveLength(20);
    expect(parts[0]?.tally.statuses.all).toBe(20);
  });

  it('tells the page how many articles are stored while it holds only some of them', async () => {
    let seen: { loaded: number; total: number | null; complete: boolean }[] = [];
    function Counting() {
      const { records, total, complete } = useLibrary();
      seen.push({ loaded: records.length, total, complete });
      return null;
    }
    seen = [];
    act(() => render(h(Counting, null), container()));
    await vi.waitFor(() => expect(seen.at(-1)?.complete).toBe(true));
    expect(seen.at(-1)).toEqual({ loaded: FIRST_PAGE + 3, total: FIRST_PAGE + 3, complete: true });
    // Never more than are stored, and never an end before every record is held.
    for (const state of seen) {
      if (state.total !== null) expect(state.total).toBe(FIRST_PAGE + 3);
      if (state.complete) expect(state.loaded).toBe(FIRST_PAGE + 3);
    }
  });
});

describe('changes made while the records load', () => {
  it('are still shown once every record is read, though the reading got the record before them', async () => {
    let release = () => {};
    holdReading = new Promise<void>((resolve) => (release = resolve));
    const held: { library?: ReturnType<typeof useLibrary> } = {};
    function Holding() {
      held.library = useLibrary();
      return null;
    }
    act(() => render(h(Holding, null), container()));
    // The page of records is read (untagged), and the reading waits: the user tags the newest.
    await vi.waitFor(() => expect(held.library?.records).toHaveLength(FIRST_PAGE + 3));
    const newest = (held.library as ReturnType<typeof useLibrary>).records[0] as ArticleRecord;
    expect(newest.tags).toEqual([]);
    await act(async () => {
      expect(await (held.library as ReturnType<typeof useLibrary>).setTags(newest.id, ['kept'])).toBeNull();
    });
    expect(held.library?.records[0]?.tags).toEqual(['kept']);
    holdReading = null;
    release();
    await vi.waitFor(() => expect(held.library?.complete).toBe(true));
    await vi.waitFor(() =>
      expect(held.library?.records.find((r) => r.id === newest.id)?.tags).toEqual(['kept']),
    );
    expect(held.library?.tally.tags.get('kept')).toBe(1);
  });
});

/** Renders a page holding the library; the returned object has it after each render. */
function mountLibrary(): { library?: ReturnType<typeof useLibrary> } {
  const held: { library?: ReturnType<typeof useLibrary> } = {};
  function Searching() {
    held.library = useLibrary();
    return null;
  }
  act(() => render(h(Searching, null), container()));
  return held;
}

/** Asks the page's worker for a search; resolves to a flag set once the page has its answer. */
function typeSearch(library: ReturnType<typeof useLibrary>): { answered: boolean } {
  const state = { answered: false };
  void library.search('story', false).then(() => (state.answered = true));
  return state;
}

/** The worker answers the first search call posted from `from` on, with no hits. */
function answerSearch(worker: FakeSearchWorker, from = 0): void {
  const call = worker.posted.slice(from).find((message) => message.type === 'call');
  if (call?.type !== 'call') throw new Error('the page asked the worker for no search');
  const result = { hits: packHits([]), partial: false, more: false, ms: 1 };
  act(() => worker.onmessage?.({ data: answerCall<SearchWorkerCalls, 'search'>(call, result) }));
}

/** A few tasks, in which a reading that was not held would go on. */
async function someTasks(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('a search typed while the records load', () => {
  it('is answered before the reading takes in another page of records', async () => {
    pagesRead = 0;
    const held = mountLibrary();
    // The user types as the library opens, before its records are read.
    const worker = searchWorkers.at(-1) as FakeSearchWorker;
    const typed = typeSearch(held.library as ReturnType<typeof useLibrary>);
    // The first rows are shown; the reading is given its page of records, and leaves it while
    // the search is unanswered.
    await vi.waitFor(() => expect(held.library?.records).toHaveLength(FIRST_PAGE));
    await vi.waitFor(() => expect(pagesRead).toBe(1));
    await someTasks();
    expect(held.library?.records).toHaveLength(FIRST_PAGE);
    expect(held.library?.complete).toBe(false);
    // The worker answers: the answer comes first, then every record is shown.
    answerSearch(worker);
    await vi.waitFor(() => expect(typed.answered).toBe(true));
    await vi.waitFor(() => expect(held.library?.complete).toBe(true));
    expect(held.library?.records).toHaveLength(FIRST_PAGE + 3);
  });
});

describe('a search typed while every record is read again', () => {
  it('is answered before the records read again are shown', async () => {
    const held = mountLibrary();
    await vi.waitFor(() => expect(held.library?.complete).toBe(true));
    const library = held.library as ReturnType<typeof useLibrary>;
    const before = library.records.length;
    // Another tab imports articles; the user comes back (a write naming no ids: every record is
    // read again) and types at once.
    const imported = makeArticle({ canonicalUrl: 'https://news.example/imported', title: 'Imported' });
    await saveArticle(getDatabase(), imported, { replace: false });
    const worker = searchWorkers.at(-1) as FakeSearchWorker;
    const asked = worker.posted.length;
    const typed = typeSearch(library);
    pagesRead = 0;
    void act(() => library.refresh(null));
    await vi.waitFor(() => expect(pagesRead).toBe(1));
    await someTasks();
    expect(held.library?.records).toHaveLength(before);
    // The worker answers: the answer comes first, then the list with the imported article.
    answerSearch(worker, asked);
    await vi.waitFor(() => expect(typed.answered).toBe(true));
    await vi.waitFor(() => expect(held.library?.records).toHaveLength(before + 1));
    expect(held.library?.records.map((r) => r.title)).toContain('Imported');
  });
});
