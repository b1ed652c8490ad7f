import sqlite3InitModule from '@sqlite.org/sqlite-wasm';
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
