import { describe, expect, it } from 'vitest';
import { firstRowsOf } from '../../lib/first-screen/first-rows';
import { firstScreenOf, type FirstScreen } from '../../lib/first-screen/first-screen';
import type { ArticleRecord } from '../../lib/article';
import { makeRecord } from '../articles/article-factory';

const database = [makeRecord({ id: 2, title: 'From the database' })];
const snapshot = firstScreenOf([makeRecord({ id: 1, title: 'From the snapshot' })], 1_234);
const never = <T>() => new Promise<T>(() => undefined);
const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 5));

describe("the popup's first rows", () => {
  it("are the snapshot's when it answers before the database", async () => {
    const first = await firstRowsOf(never<ArticleRecord[]>(), Promise.resolve(snapshot));
    expect(first).toEqual({ rows: snapshot.rows, fromDatabase: false, total: 1_234 });
  });

  it("are the database's when it answers first", async () => {
    const first = await firstRowsOf(Promise.resolve(database), later<FirstScreen | null>(snapshot));
    expect(first).toEqual({ rows: database, fromDatabase: true, total: null });
  });

  it('wait for the database when there is no snapshot, or it cannot be read', async () => {
    expect(await firstRowsOf(later(database), Promise.resolve(null))).toEqual({
      rows: database,
      fromDatabase: true,
      total: null,
    });
    expect(await firstRowsOf(later(database), Promise.reject(new Error('no storage')))).toEqual({
      rows: database,
      fromDatabase: true,
      total: null,
    });
  });

  it('fall back on the snapshot when the database read fails, and fail only without one', async () => {
    const failed = () => Promise.reject(new Error('read failed'));
    expect(await firstRowsOf(failed(), later<FirstScreen | null>(snapshot))).toEqual({
      rows: snapshot.rows,
      fromDatabase: false,
      total: 1_234,
    });
    await expect(firstRowsOf(failed(), Promise.resolve(null))).rejects.toThrow('read failed');
  });
});
