import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Dexie } from 'dexie';

/** The ids of the articles a transaction wrote, or 'all' when a write named none (a clear). */
export type WrittenArticles = number[] | 'all';

/** The ids one write to the articles touched: the keys asked for, or those the database gave. */
function idsOf(req: DBCoreMutateRequest, res: DBCoreMutateResponse): WrittenArticles {
  if (req.type === 'deleteRange') return 'all';
  if (req.type === 'delete') return req.keys.filter((k): k is number => typeof k === 'number');
  const keys: unknown[] = res.results ?? req.keys ?? req.values.map((v: { id?: unknown }) => v.id);
  return keys.filter((k): k is number => typeof k === 'number');
}

/**
 * Whether one write may have added or removed records: everything but Dexie's update and modify,
 * which only change records that exist (a plain put may store a new one).
 */
function mayResize(req: DBCoreMutateRequest): boolean {
  if (req.type !== 'put') return true;
  return req.upsert === true || (req.changeSpec === undefined && req.updates === undefined);
}

/**
 * Calls `written` after each transaction that added, changed or deleted article records commits,
 * with the ids it wrote, whichever code wrote them: a capture, re-capture, delete, undo, import,
 * reading-state or tag change all pass through Dexie's core, so nothing that moves the popup's
 * first screen or the search index is missed by a path added later. Called once per transaction,
 * never for one that was rolled back; `mayResize` is false when it only changed existing articles
 * (reading state, tags), so how many are stored is as it was.
 */
export function watchArticleWrites<Db extends Dexie>(
  db: Db,
  written: (ids: WrittenArticles, mayResize: boolean) => void,
): Db {
  const touched = new WeakMap<object, Set<number> | 'all'>();
  const resized = new WeakSet<object>();
  const watch = (trans: unknown, ids: WrittenArticles, resizes: boolean) => {
    if (typeof trans !== 'object' || trans === null) return;
    if (!('addEventListener' in trans) || typeof trans.addEventListener !== 'function') return;
    let seen = touched.get(trans);
    if (seen === undefined) {
      seen = new Set();
      touched.set(trans, seen);
      (trans as IDBTransaction).addEventListener('complete', () => {
        const all = touched.get(trans);
        written(all === 'all' || all === undefined ? 'all' : [...all], resized.has(trans));
      });
    }
    if (resizes) resized.add(trans);
    if (ids === 'all') touched.set(trans, 'all');
    else if (seen !== 'all') for (const id of ids) seen.add(id);
  };
  db.use({
    stack: 'dbcore',
    name: 'watchArticleWrites',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== 'articles') return table;
        return {
          ...table,
          async mutate(req) {
            const res = await table.mutate(req);
            watch(req.trans, idsOf(req, res), mayResize(req));
            return res;
          },
        };
      },
    }),
  });
  return db;
}
