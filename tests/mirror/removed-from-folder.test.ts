import { describe, expect, it } from 'vitest';
import type { WrittenFile } from '../../lib/mirror/plan-mirror';
import { removedFromFolder } from '../../lib/mirror/removed-from-folder';

const written = (path: string, articleId: number, sha256 = 'ab'): WrittenFile => ({
  path,
  articleId,
  fingerprint: 'f',
  sha256,
  assets: [],
});

describe('removedFromFolder', () => {
  it('names the articles whose written file is gone, once each', () => {
    const files = [written('a.md', 1), written('b.md', 2), written('old/b.md', 2), written('c.md', 3)];
    expect(removedFromFolder(files, ['a.md', 'c.md'])).toEqual([2]);
  });

  it('leaves out files the user kept as theirs or took over', () => {
    expect(removedFromFolder([written('a.md', 1, ''), written('b.md', -1)], [])).toEqual([]);
  });

  it('is empty when every file is there', () => {
    expect(removedFromFolder([written('a.md', 1)], ['a.md', 'other.md'])).toEqual([]);
  });
});
