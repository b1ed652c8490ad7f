import { h, render } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useActiveRow } from '../../../entrypoints/library/use-active-row';
import { useSelection } from '../../../entrypoints/library/use-selection';
import { preactContainer } from '../../harness/preact-container';

const container = preactContainer();

type Hooks = { selection: ReturnType<typeof useSelection>; active: ReturnType<typeof useActiveRow> };
let last: Hooks;
/** The page's text after each commit to the DOM, before the browser could paint it. */
const committed: string[] = [];

function Page({ order }: { order: readonly number[] }) {
  const selection = useSelection(order);
  const active = useActiveRow(order);
  last = { selection, active };
  useLayoutEffect(() => void committed.push(container().textContent ?? ''));
  return h('p', null, `${selection.ids.size} selected, row ${active.activeIndex}`);
}

/** Renders the page's two hooks over the results in `order`, as the library page does. */
const show = (order: readonly number[]) => act(() => render(h(Page, { order }), container()));

describe("the library's selection and active row, worked out while rendering", () => {
  it('drops a selected article a search hides, and it stays unselected when it shows again', () => {
    show([1, 2, 3]);
    act(() => last.selection.toggle(2, false));
    act(() => last.selection.toggle(3, false));
    expect(container().textContent).toBe('2 selected, row 0');

    show([1, 3]);
    expect(container().textContent).toBe('1 selected, row 0');
    expect(last.selection.inOrder()).toEqual([3]);

    show([1, 2, 3]);
    expect(container().textContent).toBe('1 selected, row 0');
    expect(last.selection.inOrder()).toEqual([3]);
  });

  it('moves the active row up to the end of shorter results, and leaves it there when they grow', () => {
    show([1, 2, 3, 4, 5]);
    act(() => last.active.move(Infinity));
    expect(container().textContent).toBe('0 selected, row 4');

    show([1, 2]);
    expect(container().textContent).toBe('0 selected, row 1');
    expect(last.active.activeId).toBe(2);

    show([1, 2, 3, 4, 5]);
    expect(container().textContent).toBe('0 selected, row 1');
  });

  it('never puts a selection that counts a hidden article on screen, not even for one frame', () => {
    show([1, 2]);
    act(() => last.selection.selectAll());
    committed.length = 0;
    show([2]);
    expect(committed.length).toBeGreaterThan(0);
    expect(committed).toEqual(committed.map(() => '1 selected, row 0'));
  });
});
