import type { DBCore, DBCoreTable, Dexie } from 'dexie';

/**
 * Calls `written` after each transaction that added, changed or deleted article records commits,
 * whichever code wrote them: a capture, re-capture, delete, undo, import, reading-state or tag
 * change all pass through Dexie's core, so nothing that moves the popup's first screen is missed
 * by a path added later. Called once per transaction, never for one that was rolled back.
 */
export function watchArticleWrites<Db extends Dexie>(db: Db, written: () => void): Db {
  const watched = new WeakSet<object>();
  const watch = (trans: unknown) => {
    if (typeof trans !== 'object' || trans === null || watched.has(trans)) return;
    if (!('addEventListener' in trans) || typeof trans.addEventListener !== 'function') return;
    watched.add(trans);
    (trans as IDBTransaction).addEventListener('complete', () => written());
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
          mutate(req) {
            watch(req.trans);
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return db;
}
