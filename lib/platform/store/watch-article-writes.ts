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

/** What a transaction did to the articles besides which ones (see watchArticleWrites). */
export interface ArticleWriteKind {
  /** It may have added or removed articles: false when it only updated some. */
  resized: boolean;
  /** The fields its updates changed, or 'any' when a write stored or deleted whole records. */
  fields: ReadonlySet<string> | 'any';
}

/** The fields one write changed: an update's (Dexie's update and modify with an object), else 'any'. */
function fieldsOf(req: DBCoreMutateRequest): ReadonlySet<string> | 'any' {
  if (req.type !== 'put' || mayResize(req)) return 'any';
  // Modify with a function says nothing of what it changed (its changeSpec is false).
  const specs = req.updates?.changeSpecs ?? (req.changeSpec ? [req.changeSpec] : []);
  if (specs.length === 0 && !req.updates) return 'any';
  // A key path names the field it starts in (`tags.0` is in `tags`).
  return new Set(specs.flatMap((spec) => Object.keys(spec).map((path) => path.split('.')[0] ?? path)));
}

/**
 * Whether one write may have added or removed records: everything but Dexie's update and modify,
 * which only change records that exist (a plain put may store a new one).
 */
function mayResize(req: DBCoreMutateRequest): boolean {
  if (req.type !== 'put') return true;
  return req.upsert === true || (req.changeSpec === undefined && req.updates === undefined);
}

/** One transaction's writes to the articles until it commits. */
interface WrittenSoFar {
  ids: Set<number> | 'all';
  resized: boolean;
  fields: Set<string> | 'any';
}

/**
 * Calls `written` after each transaction that added, changed or deleted article records commits,
 * with the ids it wrote, whichever code wrote them: a capture, re-capture, delete, undo, import,
 * reading-state or tag change all pass through Dexie's core, so nothing that moves the popup's
 * first screen or the search index is missed by a path added later. Called once per transaction,
 * never for one that was rolled back; `kind` tells whether it only updated existing articles
 * (reading state, tags: how many are stored is as it was) and which of their fields.
 */
export function watchArticleWrites<Db extends Dexie>(
  db: Db,
  written: (ids: WrittenArticles, kind: ArticleWriteKind) => void,
): Db {
  /** What each open transaction has written so far. */
  const writes = new WeakMap<object, WrittenSoFar>();
  const watch = (trans: unknown, ids: WrittenArticles, req: DBCoreMutateRequest) => {
    if (typeof trans !== 'object' || trans === null) return;
    if (!('addEventListener' in trans) || typeof trans.addEventListener !== 'function') return;
    let so = writes.get(trans);
    if (so === undefined) {
      const mine: WrittenSoFar = { ids: new Set(), resized: false, fields: new Set() };
      writes.set(trans, (so = mine));
      (trans as IDBTransaction).addEventListener('complete', () =>
        written(mine.ids === 'all' ? 'all' : [...mine.ids], {
          resized: mine.resized,
          fields: mine.fields,
        }),
      );
    }
    if (mayResize(req)) so.resized = true;
    const fields = fieldsOf(req);
    if (fields === 'any') so.fields = 'any';
    else if (so.fields !== 'any') for (const field of fields) so.fields.add(field);
    if (ids === 'all') so.ids = 'all';
    else if (so.ids !== 'all') for (const id of ids) so.ids.add(id);
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
            watch(req.trans, idsOf(req, res), req);
            return res;
          },
        };
      },
    }),
  });
  return db;
}
