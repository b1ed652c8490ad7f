import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../lib/article';
import {
  annotationChanged,
  dueChanges,
  indexHorizon,
  LATE_SAVE_MS,
  writeConcernsIndex,
} from '../../lib/search/index-changes';

const record = (id: number, capturedAt: string): ArticleRecord =>
  ({ id, capturedAt, title: `Article ${id}` }) as ArticleRecord;

describe('indexHorizon', () => {
  it('looks above the highest id held, and at captures from a little before the newest held', () => {
    const indexed = new Map([
      [3, '2026-03-01T10:00:00.000Z'],
      [9, '2026-01-01T00:00:00.000Z 2026-04-01T00:00:00.000Z'],
      [5, '2026-02-01T00:00:00.000Z'],
    ]);
    const horizon = indexHorizon(indexed);
    expect(horizon.aboveId).toBe(9);
    // A capture made before the newest indexed one but saved after the pass is still looked at.
    expect(horizon.capturedSince).toBe(
      new Date(Date.parse('2026-03-01T10:00:00.000Z') - LATE_SAVE_MS).toISOString(),
    );
  });

  it('looks at everything when the index is empty', () => {
    expect(indexHorizon(new Map())).toEqual({ aboveId: 0, capturedSince: '' });
  });

  it('is not thrown off by a capture time it cannot read', () => {
    const indexed = new Map([
      [1, '2026-03-01T10:00:00.000Z'],
      [2, 'Tuesday'],
    ]);
    expect(indexHorizon(indexed).capturedSince).toBe(
      new Date(Date.parse('2026-03-01T10:00:00.000Z') - LATE_SAVE_MS).toISOString(),
    );
    expect(indexHorizon(new Map([[1, 'Tuesday']])).capturedSince).toBe('');
  });
});

describe('annotationChanged', () => {
  it('names the articles whose notes changed, gained notes or lost them since they were indexed', () => {
    const indexed = new Map([
      [1, '2026-01-01T00:00:00.000Z 2026-02-01T00:00:00.000Z'],
      [2, '2026-01-01T00:00:00.000Z 2026-02-01T00:00:00.000Z'],
      [3, '2026-01-01T00:00:00.000Z'],
      [4, '2026-01-01T00:00:00.000Z 2026-02-01T00:00:00.000Z'],
      [5, '2026-01-01T00:00:00.000Z'],
    ]);
    const annotated = new Map([
      [1, '2026-02-01T00:00:00.000Z'], // unchanged
      [2, '2026-03-01T00:00:00.000Z'], // changed
      [3, '2026-03-01T00:00:00.000Z'], // new notes
      [7, '2026-03-01T00:00:00.000Z'], // an article the index does not hold: found as new by id
    ]);
    expect(annotationChanged(indexed, annotated).sort()).toEqual([2, 3, 4]);
  });
});

describe('dueChanges', () => {
  it('indexes what is missing or stale, newest first, and forgets asked-for ids that are gone', () => {
    const indexed = new Map([
      [1, '2026-01-01T00:00:00.000Z'],
      [2, '2026-01-02T00:00:00.000Z'],
      [3, '2026-01-03T00:00:00.000Z'],
    ]);
    const found = [
      record(2, '2026-01-02T00:00:00.000Z'), // unchanged (its tags or reading state changed)
      record(3, '2026-05-01T00:00:00.000Z'), // re-captured
      record(8, '2026-04-01T00:00:00.000Z'), // new
      record(3, '2026-05-01T00:00:00.000Z'), // found by two reads
      record(1, '2026-01-01T00:00:00.000Z'), // put back by an undo: the index still holds it as it was
    ];
    const due = dueChanges(indexed, [1, 2, 3, 6, 6, 9], found, new Map());
    expect(due.stale.map((r) => r.id)).toEqual([3, 8]);
    // 6 was deleted; 9 was never indexed and is gone too: only ids the index holds are forgotten.
    expect(due.gone).toEqual([]);
    expect(dueChanges(new Map([...indexed, [6, 'x']]), [6, 6, 9], [], new Map()).gone).toEqual([6]);
  });

  it('indexes an article again when its notes changed', () => {
    const indexed = new Map([[1, '2026-01-01T00:00:00.000Z']]);
    const due = dueChanges(
      indexed,
      [1],
      [record(1, '2026-01-01T00:00:00.000Z')],
      new Map([[1, '2026-02-01T00:00:00.000Z']]),
    );
    expect(due.stale.map((r) => r.id)).toEqual([1]);
  });
});

describe('writeConcernsIndex', () => {
  it('passes over changes to reading state and tags alone, which the index does not hold', () => {
    expect(writeConcernsIndex(new Set(['progress', 'status']))).toBe(false);
    expect(writeConcernsIndex(new Set(['tags']))).toBe(false);
  });

  it('takes in any change to what is searched or stamped, and any write it cannot see into', () => {
    for (const field of ['title', 'authors', 'siteName', 'capturedAt'])
      expect(writeConcernsIndex(new Set(['tags', field]))).toBe(true);
    expect(writeConcernsIndex('any')).toBe(true);
  });
});
