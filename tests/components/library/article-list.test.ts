import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleList, type ArticleListProps } from '../../../components/library/ArticleList';
import type { ArticleRecord } from '../../../lib/article';
import { makeRecord } from '../../articles/article-factory';
import { withMessages } from '../../harness/locale-messages';
import { preactContainer } from '../../harness/preact-container';

// The library's rows are kept by place (ArticleList.tsx): a new answer fills the rows already in the
// page with other articles. Nothing of the articles shown before may stay on them.

const container = preactContainer();
const ignore = () => {};

beforeEach(() => {
  // The list measures its scroller, which linkedom cannot lay out: a view 800 pixels high, at the top.
  const { HTMLElement } = (
    globalThis as unknown as { window: { HTMLElement: typeof globalThis.HTMLElement } }
  ).window;
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'scrollTop', { configurable: true, get: () => 0, set() {} });
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

// linkedom has no `checked` property: Preact then keeps the state in the attribute.
const isChecked = (box: HTMLInputElement) =>
  (box.checked as boolean | undefined) ?? box.hasAttribute('checked');

function show(articles: ArticleRecord[], selected: number[], activeIndex: number, terms: string[] = []) {
  const props: ArticleListProps = {
    articles,
    termsFor: () => terms,
    activeIndex,
    selected: new Set(selected),
    onOpen: ignore,
    onToggle: ignore,
    onArchive: ignore,
    onActivate: ignore,
  };
  act(() => render(withMessages(h(ArticleList, props)), container()));
  return [...container().querySelectorAll('li.row')].map((row) => ({
    id: row.getAttribute('id'),
    title: row.querySelector('.row-title')?.textContent,
    site: row.querySelector('.site')?.textContent,
    tags: [...row.querySelectorAll('.tag')].map((tag) => tag.textContent),
    checked: isChecked(row.querySelector('input[type=checkbox]') as HTMLInputElement),
    active: row.classList.contains('active'),
    selected: row.getAttribute('aria-selected'),
    marks: [...row.querySelectorAll('mark')].map((mark) => mark.textContent),
  }));
}

describe('the library’s list, from one answer to the next', () => {
  it('shows the new articles in the rows, with none of the old ones’ selection, focus, tags or marks', () => {
    const before = [
      makeRecord({ id: 1, title: 'Tidal mill reopens', siteName: 'Coastal Ledger', tags: ['mills'] }),
      makeRecord({ id: 2, title: 'Harbour fees rise', siteName: 'Port Times', tags: ['money', 'port'] }),
    ];
    const first = show(before, [2], 1, ['tidal']);
    expect(first.map((row) => [row.id, row.checked, row.active])).toEqual([
      ['article-1', false, false],
      ['article-2', true, true],
    ]);
    expect(first[0]?.marks).toEqual(['Tidal']);

    const after = [
      makeRecord({ id: 7, title: 'Ferry timetable', siteName: 'Island Post', tags: [] }),
      makeRecord({ id: 9, title: 'Lighthouse keeper retires', siteName: 'Coastal Ledger', tags: ['people'] }),
      makeRecord({ id: 4, title: 'New breakwater', siteName: 'Port Times', tags: [] }),
    ];
    expect(show(after, [], 0)).toEqual([
      {
        id: 'article-7',
        title: 'Ferry timetable',
        site: 'Island Post',
        tags: [],
        checked: false,
        active: true,
        selected: 'false',
        marks: [],
      },
      {
        id: 'article-9',
        title: 'Lighthouse keeper retires',
        site: 'Coastal Ledger',
        tags: ['people'],
        checked: false,
        active: false,
        selected: 'false',
        marks: [],
      },
      {
        id: 'article-4',
        title: 'New breakwater',
        site: 'Port Times',
        tags: [],
        checked: false,
        active: false,
        selected: 'false',
        marks: [],
      },
    ]);
  });
});
