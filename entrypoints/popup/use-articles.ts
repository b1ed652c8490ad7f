import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ArticleRecord } from '../../lib/article';
import {
  POPUP_LIST_LIMIT,
  parseFirstScreen,
  sameRows,
  type FirstScreen,
  type PopupRow,
} from '../../lib/first-screen/first-screen';
import type { FirstRows } from '../../lib/first-screen/first-rows';
import { afterNextPaint } from '../../lib/list/after-next-paint';
import { readStoredFirstScreen } from '../../lib/platform/read-first-screen';
import { useTranslator } from '../../components/shared/use-translator';
import { takeEarlyRead, takeEarlySnapshot, type EarlyRead, type StartEarlyRead } from './early-read';
import { loadPopupStore, type PopupStore } from './load-popup-store';

export interface ArticlesState {
  /** The rows listed: the snapshot's until the database's come (see firstRowsOf). */
  articles: PopupRow[];
  /** How many are stored; null until known (the snapshot's, or counted when it had none). */
  total: number | null;
  loaded: boolean;
  error: string | null;
}

/** The first read of the newest records, started before the first render. */
export type ArticlesRead = Promise<ArticleRecord[]>;

/**
 * Reads the newest records (one indexed read on capturedAt, never bodies) the quickest way: the
 * read the popup's head prepared (`early`, see early-read.ts) when there is one. Its rows need no
 * store code; only its fallback (no database yet, an upgrade due, a failed read) loads Dexie.
 * When the snapshot of the first screen (`screen`) is there to draw the first rows, the database
 * is read only once they are painted (`painted`): opening it after the browser starts is slow at
 * 100,000 articles and takes the cores the first paint needs. Its rows then replace the snapshot's.
 */
export function readArticles(
  screen: Promise<FirstScreen | null>,
  early: StartEarlyRead | null = takeEarlyRead(),
  store: () => Promise<PopupStore> = loadPopupStore,
  painted: () => Promise<void> = afterNextPaint,
): ArticlesRead {
  const viaStore = (native?: EarlyRead) =>
    store().then(({ getDatabase, listNewestArticles }) =>
      listNewestArticles(getDatabase, POPUP_LIST_LIMIT, native),
    );
  const read = (): ArticlesRead => {
    if (!early) return viaStore();
    const rows = early();
    return rows.then(
      (found) => found ?? viaStore(rows),
      () => viaStore(rows),
    );
  };
  return screen.then((shown) => (shown ? painted().then(read) : read()), read);
}

/** The newest records and how many there are, read through Dexie (after a capture or delete). */
function readThroughStore(store: Promise<PopupStore>) {
  const rows = store.then((s) => s.listRecentArticles(s.getDatabase(), POPUP_LIST_LIMIT));
  return { rows, total: countThroughStore(store) };
}

function countThroughStore(store: Promise<PopupStore>): Promise<number> {
  return store.then((s) => s.countArticles(s.getDatabase()));
}

/** The first screen as last written (asked for in the page's head when it ran); null when missing, damaged or of another format. */
export function readFirstScreen(
  early: Promise<unknown> | null = takeEarlySnapshot(),
): Promise<FirstScreen | null> {
  return (early ?? readStoredFirstScreen()).then(parseFirstScreen, () => null);
}

/**
 * Once the database has answered, the total the header shows: the snapshot's when its rows are the
 * database's. Otherwise (missing, of another format version, other rows: a write it missed) the
 * first screen is written again, so the next popup starts right, and the total is the one written.
 * After the first paint: the rewrite loads and opens Dexie. Null when no total can be read.
 */
export async function repairFirstScreen(
  rows: ArticlesRead,
  screen: Promise<FirstScreen | null>,
  store: () => Promise<PopupStore> = loadPopupStore,
  reread: () => Promise<FirstScreen | null> = () => readFirstScreen(null),
): Promise<number | null> {
  const [read, stored] = await Promise.all([rows, screen]);
  if (stored && sameRows(stored.rows, read)) return stored.total;
  await new Promise((done) => setTimeout(done, 0));
  const { refreshFirstScreen, getDatabase } = await store();
  await refreshFirstScreen(getDatabase());
  return (await reread())?.total ?? countThroughStore(store());
}

/**
 * The newest saved articles and a way to reload them. `first` is the read started before the first
 * render (see main.tsx), so the database opens while the page lays out instead of after it;
 * `firstRows` are the rows that came before that render: the database's, or the snapshot's, which
 * the database's then replace (unless they show the same, which renders nothing again);
 * `firstTotal` is how many are stored, once known (see repairFirstScreen).
 */
export function useArticles(first: ArticlesRead, firstRows?: FirstRows, firstTotal?: Promise<number | null>) {
  const t = useTranslator();
  const failed = (error: unknown) => t.t('popup.couldNotRead', String(error));
  // Rows that are already here go into the first render: setting them in an effect would render
  // the page again before its first paint, and Preact runs every pending effect of the app at the
  // start of that render (storage reads, tab queries, loading the folder's code), before the rows show.
  const [state, setState] = useState<ArticlesState>(() => ({
    articles: firstRows?.rows ?? [],
    total: firstRows?.total ?? null,
    loaded: firstRows !== undefined,
    error: null,
  }));
  // A reload (after a capture or delete) is newer than the first read, which must not overwrite it.
  const generation = useRef(0);

  const follow = useCallback((rows: ArticlesRead, total: Promise<number> | null) => {
    const mine = ++generation.current;
    const current = () => mine === generation.current;
    rows.then(
      (articles) =>
        current() &&
        setState((old) =>
          old.loaded && old.error === null && sameRows(old.articles, articles)
            ? old
            : { ...old, articles, loaded: true, error: null },
        ),
      // A failed read keeps the rows already shown.
      (error: unknown) => current() && setState((old) => ({ ...old, loaded: true, error: failed(error) })),
    );
    total?.then(
      (n) => current() && setState((old) => ({ ...old, total: n })),
      () => undefined,
    );
    return Promise.allSettled([rows, total]).then(() => undefined);
  }, []);

  const reload = useCallback(() => {
    const { rows, total } = readThroughStore(loadPopupStore());
    return follow(rows, total);
  }, [follow]);
  // A layout effect runs right after the first render; a plain effect waits for an animation
  // frame, which a popup still opening may not get for up to 100 ms, and the rows would wait too.
  useLayoutEffect(() => {
    if (!firstRows?.fromDatabase) void follow(first, null);
    return () => void ++generation.current;
  }, [first, follow]);

  // The total as the snapshot has it, or as written when it was repaired: never a count of every
  // record as the popup opens. After the first paint (a plain effect); a reload brings its own count.
  useEffect(() => {
    const mine = generation.current;
    firstTotal?.then(
      (total) =>
        total !== null &&
        mine === generation.current &&
        setState((old) => (old.total === total ? old : { ...old, total })),
      () => undefined,
    );
  }, [firstTotal]);
  return { ...state, reload };
}
