import type { Database, PreparedStatement } from '@sqlite.org/sqlite-wasm';

/**
 * The stamps the FTS5 index holds (its `indexed` table: article id → indexStamp), asked of SQLite
 * when needed instead of read into a Map as the index opens: 100,000 rows took 2 s to cross out of
 * WebAssembly one by one, and a pass needs only the few it looks at.
 */
export interface IndexedStamps {
  get(id: number): string | undefined;
  has(id: number): boolean;
  /** How many articles the index holds. */
  readonly size: number;
  /**
   * What indexHorizon needs: the highest id held and the newest stamps (`limit` of them), as a map
   * much smaller than the index.
   */
  newest(limit: number): Map<number, string>;
  /** What annotationChanged needs: the stamps that carry notes' times, and those of `ids`. */
  withNotes(ids: Iterable<number>): Map<number, string>;
  /** The articles whose text could not be read (found by title, authors and site only). */
  unreadable(): Set<number>;
}

/** The stamps of the index in `db` (tables made by prepareFtsTables), read as they are asked for. */
export function indexedStamps(db: Database): IndexedStamps {
  let byId: PreparedStatement | undefined;
  const get = (id: number): string | undefined => {
    // Prepared once: a pass may look up many ids. SQLite finalizes it when the database closes.
    byId ??= db.prepare('SELECT stamp FROM indexed WHERE id = ?');
    try {
      return byId.bind([id]).step() ? (byId.get(0) as string) : undefined;
    } finally {
      byId.reset();
    }
  };
  const rows = (sql: string): Map<number, string> => {
    const found = new Map<number, string>();
    for (const [id, stamp] of db.selectArrays(sql) as [number, string][]) found.set(id, stamp);
    return found;
  };
  return {
    get,
    has: (id) => get(id) !== undefined,
    get size() {
      return Number(db.selectValue('SELECT count(*) FROM indexed') ?? 0);
    },
    newest: (limit) =>
      new Map([
        ...rows('SELECT id, stamp FROM indexed WHERE id = (SELECT max(id) FROM indexed)'),
        ...rows(`SELECT id, stamp FROM indexed ORDER BY stamp DESC LIMIT ${Math.floor(limit)}`),
      ]),
    withNotes(ids) {
      const found = rows(`SELECT id, stamp FROM indexed WHERE instr(stamp, ' ') > 0`);
      for (const id of ids) {
        const stamp = found.has(id) ? undefined : get(id);
        if (stamp !== undefined) found.set(id, stamp);
      }
      return found;
    },
    unreadable: () => new Set(db.selectValues('SELECT id FROM indexed WHERE readable = 0') as number[]),
  };
}
