import { describe, expect, it } from 'vitest';
import type { ArticleStatus } from '../../lib/article';
import {
  addToTally,
  changeTally,
  emptyTally,
  facetsOf,
  tallyArticles,
  type Tallied,
} from '../../lib/library/library-tally';

interface Item extends Tallied {
  id: number;
}

const item = (
  id: number,
  siteName: string | null,
  tags: string[],
  status: ArticleStatus = 'unread',
  notCaptured?: true,
): Item => ({ id, siteName, tags, status, ...(notCaptured ? { notCaptured } : {}) });

const items: Item[] = [
  item(1, 'BBC', ['climate']),
  item(2, 'BBC', [], 'read'),
  item(3, 'Guardian', ['climate', 'work'], 'archived'),
  item(4, null, ['work'], 'unread', true),
  item(5, 'Ärzteblatt', ['later'], 'read'),
  item(6, 'apnews', [], 'unread', true),
];

describe('tallyArticles', () => {
  it('counts each status view, site and tag, and the entries still to capture', () => {
    const tally = tallyArticles(items);
    expect(tally.statuses).toEqual({ unread: 3, read: 2, archived: 1, all: 6 });
    expect(tally.pending).toBe(2);
    expect(facetsOf(tally)).toEqual({
      sites: [
        ['BBC', 2],
        ['apnews', 1],
        ['Ärzteblatt', 1],
        ['Guardian', 1],
      ],
      tags: [
        ['climate', 2],
        ['work', 2],
        ['later', 1],
      ],
    });
  });

  it('counts nothing in an empty library', () => {
    expect(tallyArticles([])).toEqual(emptyTally());
    expect(facetsOf(emptyTally())).toEqual({ sites: [], tags: [] });
  });
});

describe('facetsOf', () => {
  it('orders names of equal count as the default collator does', () => {
    const names = ['zebra', 'Apple', 'äther', 'apple', 'Zoo', 'ether'];
    const tally = tallyArticles(names.map((name, i) => item(i, name, [name])));
    const collated = [...names].sort((x, y) => x.localeCompare(y));
    expect(facetsOf(tally).sites.map(([name]) => name)).toEqual(collated);
    expect(facetsOf(tally).tags.map(([name]) => name)).toEqual(collated);
  });
});

describe('tallies kept up to date', () => {
  it('adds up page by page to the tally of the whole library', () => {
    const running = emptyTally();
    for (let i = 0; i < items.length; i += 4) addToTally(running, items.slice(i, i + 4));
    expect(running).toEqual(tallyArticles(items));
  });

  it('equals a recount after a delete, and drops what no article carries any more', () => {
    const gone = new Set([3, 4]);
    const after = changeTally(
      tallyArticles(items),
      items.filter((i) => gone.has(i.id)),
      [],
    );
    const left = items.filter((i) => !gone.has(i.id));
    expect(after).toEqual(tallyArticles(left));
    expect(facetsOf(after).sites.map(([name]) => name)).not.toContain('Guardian');
    expect(facetsOf(after).tags).toEqual(facetsOf(tallyArticles(left)).tags);
  });

  it('equals a recount after an edit of status, tags and site', () => {
    const before = items.slice(0, 3);
    const edited: Item[] = [
      { ...before[0], status: 'archived', tags: ['work', 'new'] } as Item,
      { ...before[1], siteName: 'Guardian' } as Item,
      { ...before[2], status: 'read', tags: [] } as Item,
    ];
    const now = [...edited, ...items.slice(3)];
    expect(changeTally(tallyArticles(items), before, edited)).toEqual(tallyArticles(now));
  });

  it('equals a recount after a delete is undone, and leaves the tally it was given as it was', () => {
    const whole = tallyArticles(items);
    const kept = structuredClone(whole);
    const removed = items.slice(1, 4);
    const deleted = changeTally(whole, removed, []);
    expect(changeTally(deleted, [], removed)).toEqual(whole);
    expect(whole).toEqual(kept);
  });
});
