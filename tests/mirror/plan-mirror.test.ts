import { describe, expect, it } from 'vitest';
import {
  pendingCount,
  planMirror,
  unusedAssets,
  type WantedFile,
  type WrittenFile,
} from '../../lib/mirror/plan-mirror';

const wanted = (
  path: string,
  articleId: number,
  fingerprint: string,
  capturedAt = '2026-01-01',
): WantedFile => ({
  path,
  articleId,
  fingerprint,
  capturedAt,
});
const written = (
  path: string,
  articleId: number,
  fingerprint: string,
  assets: string[] = [],
): WrittenFile => ({
  path,
  articleId,
  fingerprint,
  sha256: `sha-of-${path}`,
  assets,
});

describe('planMirror', () => {
  it('has nothing to do when every file is as last written', () => {
    const plan = planMirror([wanted('a.md', 1, 'f1')], [written('a.md', 1, 'f1')]);
    expect(plan).toEqual({ write: [], remove: [] });
    expect(pendingCount(plan)).toBe(0);
  });

  it('writes a new capture, rewrites a changed one (tags, re-capture) and removes a deleted one', () => {
    const plan = planMirror(
      [wanted('new.md', 3, 'f3'), wanted('tagged.md', 1, 'f1-with-tag')],
      [written('tagged.md', 1, 'f1'), written('deleted.md', 2, 'f2')],
    );
    // Captured at the same time: the older id first.
    expect(plan.write.map((file) => file.path)).toEqual(['tagged.md', 'new.md']);
    expect(plan.remove.map((file) => file.path)).toEqual(['deleted.md']);
    expect(pendingCount(plan)).toBe(3);
  });

  it('moves a renamed article: its old path removed, its new one written', () => {
    const plan = planMirror([wanted('new-title.md', 1, 'f2')], [written('old-title.md', 1, 'f1')]);
    expect(plan.write.map((file) => file.path)).toEqual(['new-title.md']);
    expect(plan.remove.map((file) => file.path)).toEqual(['old-title.md']);
  });

  it('writes a path again when another article takes it, even with the same fingerprint', () => {
    // An import that replaces an article gives it a new id at the same path.
    const plan = planMirror([wanted('a.md', 9, 'f1')], [written('a.md', 1, 'f1')]);
    expect(plan.write.map((file) => file.articleId)).toEqual([9]);
    expect(plan.remove).toEqual([]);
  });

  it('writes the oldest capture first, so the folder changes in the order the library did', () => {
    const plan = planMirror(
      [
        wanted('c.md', 3, 'x', '2026-03-01'),
        wanted('a.md', 1, 'x', '2026-01-01'),
        wanted('b.md', 2, 'x', '2026-02-01'),
      ],
      [],
    );
    expect(plan.write.map((file) => file.path)).toEqual(['a.md', 'b.md', 'c.md']);
  });
});

describe('unusedAssets', () => {
  it('drops an image once no written file links it, and keeps one another file still links', () => {
    const before = [
      written('a.md', 1, 'f', ['assets/x.png', 'assets/y.png']),
      written('b.md', 2, 'f', ['assets/y.png']),
    ];
    const after = [written('b.md', 2, 'f', ['assets/y.png'])];
    expect(unusedAssets(before, after)).toEqual(['assets/x.png']);
  });
});
