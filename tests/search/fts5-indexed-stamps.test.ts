import sqlite3InitModule, { type Database } from '@sqlite.org/sqlite-wasm';
import { describe, expect, it } from 'vitest';
import { prepareFtsTables } from '../../lib/search/fts5-index';
import { indexedStamps } from '../../lib/search/fts5-indexed-stamps';

async function indexHolding(rows: [number, string, number][]) {
  const sqlite3 = await sqlite3InitModule();
  const db = new sqlite3.oo1.DB(':memory:');
  prepareFtsTables(db);
  for (const row of rows)
    db.exec({ sql: 'INSERT INTO indexed(id, stamp, readable) VALUES (?, ?, ?)', bind: row });
  return db;
}

describe('indexedStamps', () => {
  it('answers for the ids asked, without reading the others into memory', async () => {
    const db = await indexHolding([
      [1, '2026-01-01T00:00:00.000Z', 1],
      [4, '2026-03-01T00:00:00.000Z 2026-04-01T00:00:00.000Z', 1],
      [9, '2025-01-01T00:00:00.000Z', 0],
      [7, '2026-02-01T00:00:00.000Z', 1],
    ]);
    const stamps = indexedStamps(db);
    expect(stamps.size).toBe(4);
    expect(stamps.get(4)).toBe('2026-03-01T00:00:00.000Z 2026-04-01T00:00:00.000Z');
    expect(stamps.get(5)).toBeUndefined();
    expect([stamps.has(1), stamps.has(2)]).toEqual([true, false]);
    // The highest id (an old import) and the newest stamps.
    expect([...stamps.newest(2).keys()].sort()).toEqual([4, 7, 9]);
    expect([...stamps.withNotes([1, 2]).keys()].sort()).toEqual([1, 4]);
    expect([...stamps.unreadable()]).toEqual([9]);
    db.exec('DELETE FROM indexed WHERE id = 4');
    expect(stamps.size).toBe(3);
    expect(stamps.get(4)).toBeUndefined();
  });
});

describe('indexedStamps at any size', () => {
  /**
   * The statements a pass's questions run on `db` (the newest stamps, those with notes, the
   * unreadable, one id) that read every row of the table: a plan step "SCAN indexed" not followed
   * by an index's name (EXPLAIN QUERY PLAN).
   */
  function fullScans(db: Database): string[] {
    const plans: string[] = [];
    const watched = new Proxy(db, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key);
        if (typeof value !== 'function' || !/^(select|prepare|exec)/.test(String(key))) return value;
        return (...args: unknown[]) => {
          const plan = db.selectArrays(`EXPLAIN QUERY PLAN ${String(args[0])}`).map((row) => String(row[3]));
          plans.push(plan.join('; '));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const stamps = indexedStamps(watched);
    stamps.newest(50);
    stamps.withNotes([1]);
    stamps.unreadable();
    stamps.get(1);
    expect(plans.length).toBeGreaterThan(3);
    return plans.filter((plan) => /SCAN indexed(;|$)/.test(plan));
  }

  const rows: [number, string, number][] = [
    [1, '2026-01-01T00:00:00.000Z', 1],
    [4, '2026-03-01T00:00:00.000Z 2026-04-01T00:00:00.000Z', 1],
    [9, '2025-01-01T00:00:00.000Z', 0],
    [7, '2026-02-01T00:00:00.000Z', 1],
  ];

  it('reads only the rows it answers with: the newest, those with notes, the unreadable', async () => {
    expect(fullScans(await indexHolding(rows))).toEqual([]);
  });

  it('counts its articles on an index of one small column, not on the stamps (as large as the table)', async () => {
    const db = await indexHolding(rows);
    const counted = () =>
      db.selectArrays('EXPLAIN QUERY PLAN SELECT count(*) FROM indexed').map((row) => String(row[3]));
    expect(counted()).toEqual(['SCAN indexed USING COVERING INDEX indexed_count']);
    expect(indexedStamps(db).size).toBe(rows.length);
    // An index saved before it walked the stamps' index; it gains the small one as it opens.
    db.exec('DROP INDEX indexed_count');
    expect(counted()).toEqual(['SCAN indexed USING COVERING INDEX indexed_by_stamp']);
    expect(prepareFtsTables(db)).toBe(false);
    expect(counted()).toEqual(['SCAN indexed USING COVERING INDEX indexed_count']);
  });

  it('gains those lookups on an index saved without them, keeping its articles and its answers', async () => {
    const db = await indexHolding(rows);
    const stamps = indexedStamps(db);
    const answers = () => [stamps.newest(2), stamps.withNotes([1]), stamps.unreadable(), stamps.size];
    const expected = answers();
    // As a version that made no lookups saved it: the same tables and version, no other index.
    for (const name of db.selectValues(
      `SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL`,
    ))
      db.exec(`DROP INDEX ${String(name)}`);
    expect(fullScans(db)).not.toEqual([]);
    expect(prepareFtsTables(db)).toBe(false);
    expect(fullScans(db)).toEqual([]);
    expect(db.selectValue('SELECT count(*) FROM indexed')).toBe(rows.length);
    expect(answers()).toEqual(expected);
  });
});
