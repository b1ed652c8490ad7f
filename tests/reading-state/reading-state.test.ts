import { describe, expect, it } from 'vitest';
import {
  afterReading,
  countByStatus,
  inStatusView,
  progressAt,
  roundProgress,
  scrollTopFor,
} from '../../lib/reading-state/reading-state';

describe('reading progress', () => {
  it('is the share of the body above the bottom of the window, rounded to a thousandth', () => {
    // Body from 100 px, 2000 px tall, window 800 px: at the top the reader sees 700 px of it.
    expect(progressAt(0, 800, 100, 2000)).toBe(0.35);
    expect(progressAt(1300, 800, 100, 2000)).toBe(1);
    expect(progressAt(5000, 800, 100, 2000)).toBe(1);
    expect(progressAt(123.456, 800, 100, 2000)).toBe(0.412);
  });

  it('counts a body that fits on one screen, or has no height, as read to the end', () => {
    expect(progressAt(0, 800, 100, 300)).toBe(1);
    expect(progressAt(0, 800, 100, 0)).toBe(1);
  });

  it('reopens where it was left: the scroll position gives back the same progress', () => {
    for (const progress of [0.35, 0.5, 0.9, 1]) {
      const top = scrollTopFor(progress, 800, 100, 2000);
      expect(progressAt(top, 800, 100, 2000)).toBe(progress);
    }
    expect(scrollTopFor(0, 800, 100, 2000)).toBe(0);
    expect(scrollTopFor(0.1, 800, 100, 2000)).toBe(0);
  });

  it('stores only numbers from 0 to 1', () => {
    expect([-1, 2, Number.NaN, Infinity, '0.5', null].map(roundProgress)).toEqual([0, 1, 0, 0, 0, 0]);
  });
});

describe('afterReading', () => {
  it('marks an unread article read at the end, and only there', () => {
    expect(afterReading({ status: 'unread', progress: 0 }, 0.6)).toEqual({ status: 'unread', progress: 0.6 });
    expect(afterReading({ status: 'unread', progress: 0.6 }, 0.985)).toEqual({
      status: 'read',
      progress: 0.985,
    });
  });

  it('keeps read and archived articles as they are, with where the reader now is', () => {
    expect(afterReading({ status: 'read', progress: 1 }, 0.2)).toEqual({ status: 'read', progress: 0.2 });
    expect(afterReading({ status: 'archived', progress: 0 }, 1)).toEqual({ status: 'archived', progress: 1 });
  });
});

describe('status views', () => {
  const states = [{ status: 'unread' as const }, { status: 'read' as const }, { status: 'unread' as const }];

  it('show one status, or every article', () => {
    expect(states.filter((s) => inStatusView(s, 'unread'))).toHaveLength(2);
    expect(states.filter((s) => inStatusView(s, 'archived'))).toHaveLength(0);
    expect(states.filter((s) => inStatusView(s, 'all'))).toHaveLength(3);
  });

  it('are counted for the filter', () => {
    expect(countByStatus(states)).toEqual({ unread: 2, read: 1, archived: 0, all: 3 });
  });
});
