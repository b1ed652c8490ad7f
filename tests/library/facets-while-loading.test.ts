import { describe, expect, it } from 'vitest';
import { FACETS_WHILE_LOADING_MS, menusTally } from '../../lib/library/facets-while-loading';
import { addToTally, emptyTally, type LibraryTally, type Tallied } from '../../lib/library/library-tally';

const article = (siteName: string): Tallied => ({ status: 'unread', siteName, tags: [] });
/** A tally of `count` articles, each of its own site. */
function tallyOf(count: number): LibraryTally {
  return addToTally(
    emptyTally(),
    Array.from({ length: count }, (_, i) => article(`site ${i}`)),
  );
}

describe("the site and tag menus' tally", () => {
  it('is the first rows’ at once', () => {
    const first = tallyOf(60);
    expect(menusTally(null, first, false, 400).tally).toBe(first);
  });

  it('follows the first rows at once after a first render with none', () => {
    const none = menusTally(null, emptyTally(), false, 100);
    const first = tallyOf(60);
    expect(menusTally(none, first, false, 300).tally).toBe(first);
  });

  it('stays as it is while the records load, until a second has passed since it last changed', () => {
    const first = menusTally(null, tallyOf(60), false, 400);
    // The list is shown at 500, 1,000 and 2,000 records within the second: the menus keep their choices.
    for (const [count, at] of [
      [500, 800],
      [1_000, 1_000],
      [2_000, 1_399],
    ] as const)
      expect(menusTally(first, tallyOf(count), false, at)).toBe(first);
    const later = tallyOf(4_000);
    const next = menusTally(first, later, false, 1_400);
    expect(next.tally).toBe(later);
    expect(menusTally(next, tallyOf(8_000), false, 1_900)).toBe(next);
  });

  it('follows the records at once when every record is read, and every change after', () => {
    const first = menusTally(null, tallyOf(60), false, 400);
    const all = tallyOf(100_000);
    expect(menusTally(first, all, true, 450).tally).toBe(all);
    const edited = tallyOf(100_001);
    const after = menusTally(menusTally(first, all, true, 450), edited, true, 460);
    expect(after.tally).toBe(edited);
  });

  it('is the same object while the tally is, so the menus are not rendered again', () => {
    const tally = tallyOf(60);
    const first = menusTally(null, tally, false, 400);
    expect(menusTally(first, tally, false, 400 + 10 * FACETS_WHILE_LOADING_MS)).toBe(first);
    expect(menusTally(first, tally, true, 400)).toBe(first);
  });
});
