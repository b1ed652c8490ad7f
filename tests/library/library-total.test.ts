import { describe, expect, it } from 'vitest';
import { libraryTotal } from '../../lib/library/library-total';

describe('libraryTotal', () => {
  it('is the records once every one is read', () => {
    expect(libraryTotal(true, 303, 303)).toBe(303);
    // One deleted while the count was on its way: the records are what is there.
    expect(libraryTotal(true, 302, 303)).toBe(302);
  });

  it('is how many are stored while the records are read, never the records read so far', () => {
    expect(libraryTotal(false, 60, 303)).toBe(303);
    expect(libraryTotal(false, 60, null)).toBeNull();
    // A capture made while they load was read with them, after the count.
    expect(libraryTotal(false, 305, 303)).toBe(305);
  });
});
