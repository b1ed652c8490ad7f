import { describe, expect, it } from 'vitest';
import { checkBeforeRemove, checkBeforeWrite, keptCopyPath } from '../../lib/mirror/check-folder-file';

describe('checkBeforeWrite', () => {
  it.each([
    ['absent, never written', null, null, 'write'],
    ['absent, written before (the user deleted it)', null, 'old', 'write'],
    ['as last written', 'old', 'old', 'write'],
    ['already these bytes (another profile wrote them)', 'new', null, 'same'],
    ['edited by the user since', 'theirs', 'old', 'edited'],
    ['a file that was never ours', 'theirs', null, 'edited'],
  ] as const)('%s: %s', (_, current, last, expected) => {
    expect(checkBeforeWrite(current, last, 'new')).toBe(expected);
  });
});

describe('checkBeforeRemove', () => {
  it('removes an untouched file, passes over a gone one, and asks about an edited one', () => {
    expect(checkBeforeRemove('old', 'old')).toBe('remove');
    expect(checkBeforeRemove(null, 'old')).toBe('gone');
    expect(checkBeforeRemove('theirs', 'old')).toBe('edited');
  });
});

describe('keptCopyPath', () => {
  it('puts the user copy beside the file, numbered when the name is taken', () => {
    expect(keptCopyPath('2026/mill.md', () => false)).toBe('2026/mill.edited.md');
    const taken = new Set(['mill.edited.md', 'mill.edited-2.md']);
    expect(keptCopyPath('mill.md', (path) => taken.has(path))).toBe('mill.edited-3.md');
  });
});
