import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useSelection } from '../../../entrypoints/popup/use-selection';
import { preactContainer } from '../../harness/preact-container';

const container = preactContainer();

let last: ReturnType<typeof useSelection>;
function Popup({ listed }: { listed: readonly number[] }) {
  last = useSelection(listed);
  return h('p', null, `${last.selected.size} selected`);
}
const show = (listed: readonly number[]) => act(() => render(h(Popup, { listed }), container()));

describe("the popup's export selection", () => {
  it('"Select all" ticks the rows shown and keeps rows a search hides; again, it clears all', () => {
    show([1, 2, 3]);
    act(() => last.toggle(3));
    act(() => last.toggleAll([1, 2]));
    expect(container().textContent).toBe('3 selected');
    expect(last.selectedIn([3, 2, 1])).toEqual([3, 2, 1]);
    act(() => last.toggleAll([1, 2]));
    expect(container().textContent).toBe('0 selected');
  });

  it('drops an article deleted from the list, and it comes back unticked after Undo', () => {
    show([1, 2, 3]);
    act(() => last.toggle(2));
    act(() => last.toggle(3));
    show([1, 3]);
    expect(container().textContent).toBe('1 selected');
    show([1, 2, 3]);
    expect(container().textContent).toBe('1 selected');
    expect(last.selectedIn([1, 2, 3])).toEqual([3]);
  });
});
