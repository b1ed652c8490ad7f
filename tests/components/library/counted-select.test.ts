import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CountedSelect } from '../../../components/library/CountedSelect';
import { preactContainer } from '../../harness/preact-container';
import { withMessages } from '../../harness/locale-messages';

const container = preactContainer();

function show(options: readonly [string, number][], value: string | null = null) {
  const props = { label: 'Site', allLabel: 'All sites', value, options, onChange: () => {} };
  render(withMessages(h(CountedSelect, props)), container());
  return [...container().querySelectorAll('option')].map((o) => o.textContent);
}

describe('CountedSelect', () => {
  it('lists each choice with its count after the "any" choice', () => {
    expect(
      show([
        ['news.example', 12],
        ['blog.example', 3],
      ]),
    ).toEqual(['All sites', 'news.example (12)', 'blog.example (3)']);
  });

  it('shows the new counts when the list changes, and keeps them while it does not', () => {
    const sites: [string, number][] = [['news.example', 12]];
    show(sites);
    // Another render with the same list (a keystroke in the search box) and another value.
    expect(show(sites, 'news.example')).toEqual(['All sites', 'news.example (12)']);
    expect(
      show([
        ['news.example', 11],
        ['new.example', 1],
      ]),
    ).toEqual(['All sites', 'news.example (11)', 'new.example (1)']);
  });
});
