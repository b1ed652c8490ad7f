import { describe, expect, it } from 'vitest';
import {
  FIRST_SCREEN_VERSION,
  firstScreenOf,
  parseFirstScreen,
  sameRows,
} from '../../lib/first-screen/first-screen';
import { makeRecord } from '../articles/article-factory';

const records = (n: number) => Array.from({ length: n }, (_, i) => makeRecord({ id: n - i }));

describe("the popup's first screen", () => {
  it('keeps the newest rows in order, with only the fields a row, the search box and the views use', () => {
    const screen = firstScreenOf(records(60), 60);
    expect(screen.version).toBe(FIRST_SCREEN_VERSION);
    expect(screen.total).toBe(60);
    expect(screen.rows.map((r) => r.id)).toEqual(
      records(60)
        .slice(0, 50)
        .map((r) => r.id),
    );
    expect(Object.keys(screen.rows[0] ?? {}).sort()).toEqual(
      ['authors', 'capturedAt', 'id', 'siteName', 'sourceUrl', 'status', 'title', 'wordCount'].sort(),
    );
  });

  it('keeps the excerpt and not-captured marks a row shows', () => {
    const [excerpt, link] = firstScreenOf(
      [makeRecord({ id: 2, selection: true }), makeRecord({ id: 1, notCaptured: true, wordCount: 0 })],
      2,
    ).rows;
    expect(excerpt?.selection).toBe(true);
    expect(link?.notCaptured).toBe(true);
  });

  it('stays small: 50 rows of ordinary articles in under 25 KB', () => {
    const bytes = JSON.stringify(firstScreenOf(records(50), 100_000)).length;
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(25_000);
  });

  it('reads back what it wrote, through storage (a structured clone)', () => {
    const screen = firstScreenOf(records(3), 3);
    expect(parseFirstScreen(structuredClone(screen))).toEqual(screen);
  });

  it('is ignored when missing, damaged or of another format version, so it gets rebuilt', () => {
    const screen = firstScreenOf(records(2), 2);
    expect(parseFirstScreen(undefined)).toBeNull();
    expect(parseFirstScreen({ ...screen, version: FIRST_SCREEN_VERSION + 1 })).toBeNull();
    expect(parseFirstScreen({ version: FIRST_SCREEN_VERSION })).toBeNull();
    expect(parseFirstScreen({ ...screen, rows: [{ ...screen.rows[0], id: '1' }] })).toBeNull();
    expect(parseFirstScreen({ ...screen, rows: [{ ...screen.rows[0], status: 'gone' }] })).toBeNull();
    // Version 1 had no total: the popup would have nothing to show in its header without a count.
    expect(parseFirstScreen({ version: FIRST_SCREEN_VERSION, rows: screen.rows })).toBeNull();
    expect(parseFirstScreen({ ...screen, total: -1 })).toBeNull();
    expect(parseFirstScreen({ ...screen, total: 2.5 })).toBeNull();
  });

  it('tells rows that show the same from rows that do not', () => {
    const rows = firstScreenOf(records(3), 3).rows;
    // The database's records carry more fields (tags, progress, excerpt): those do not count.
    expect(sameRows(rows, records(3))).toBe(true);
    expect(sameRows(rows, records(3).slice(1))).toBe(false);
    expect(sameRows(rows, [...records(3)].reverse())).toBe(false);
    const retitled = records(3).map((r, i) => (i === 1 ? { ...r, title: 'Captured again' } : r));
    expect(sameRows(rows, retitled)).toBe(false);
    const archived = records(3).map((r, i) => (i === 2 ? { ...r, status: 'archived' as const } : r));
    expect(sameRows(rows, archived)).toBe(false);
  });
});
