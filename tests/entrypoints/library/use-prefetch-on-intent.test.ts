import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { usePrefetchOnIntent, type Intent } from '../../../entrypoints/library/use-prefetch-on-intent';
import { preactContainer } from '../../harness/preact-container';

const container = preactContainer();

/** A part that counts the times it was asked to start fetching. */
const counting = () => {
  const part = { fetches: 0, prefetch: () => void (part.fetches += 1) };
  return part;
};

function Page({ intents, onKey }: { intents: Intent[]; onKey: Intent[1] }) {
  usePrefetchOnIntent(intents, onKey);
  return h('div', null, [
    h('input', { key: 'search', class: 'search' }),
    h('ul', { key: 'list', class: 'list' }, h('li', { class: 'row' }, h('span', { class: 'title' }, 'A'))),
    h('button', { key: 'import', class: 'import-button' }, 'Import…'),
  ]);
}

/** The page's element that `selector` finds. */
const find = (selector: string) => {
  const element = container().querySelector(selector);
  if (!element) throw new Error(`No ${selector} on the page`);
  return element;
};
const fire = (selector: string, type: string) =>
  find(selector).dispatchEvent(new window.Event(type, { bubbles: true }));

describe('usePrefetchOnIntent', () => {
  it("fetches the part of what the pointer comes over or the focus goes into, and nothing else's", () => {
    const [reading, imports, onKey] = [counting(), counting(), counting()];
    act(() =>
      render(
        h(Page, {
          intents: [
            ['.list', reading],
            ['.import-button', imports],
          ],
          onKey,
        }),
        container(),
      ),
    );
    expect(reading.fetches + imports.fetches).toBe(0);

    fire('.title', 'pointerover');
    expect(reading.fetches).toBe(1);
    expect(imports.fetches).toBe(0);

    fire('.import-button', 'focusin');
    expect(imports.fetches).toBe(1);
    expect(reading.fetches).toBe(1);
  });

  it('fetches the keyboard part on a key outside text fields, not while the user types a search', () => {
    const onKey = counting();
    act(() => render(h(Page, { intents: [], onKey }), container()));
    fire('.search', 'keydown');
    expect(onKey.fetches).toBe(0);
    fire('.row', 'keydown');
    expect(onKey.fetches).toBe(1);
  });

  it('stops listening when the page goes', () => {
    const reading = counting();
    act(() => render(h(Page, { intents: [['.list', reading]], onKey: counting() }), container()));
    const row = find('.row');
    act(() => render(null, container()));
    container().appendChild(row);
    row.dispatchEvent(new window.Event('pointerover', { bubbles: true }));
    expect(reading.fetches).toBe(0);
  });
});
