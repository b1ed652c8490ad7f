import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { SelectionBar, type SelectionBarProps } from '../../../components/library/SelectionBar';
import { TranslatorContext } from '../../../components/shared/use-translator';
import { createTranslator } from '../../../lib/i18n/create-translator';
import { localeGetMessage } from '../../../cli/locale-translator';
import { preactContainer } from '../../harness/preact-container';

const container = preactContainer();
const nothing = () => undefined;

/** The result count the bar shows for these numbers. */
function count(shown: number, total: number | null, selected = 0): string | null | undefined {
  const props: SelectionBarProps = {
    shown,
    total,
    selected,
    busy: false,
    onSelectAll: nothing,
    onClear: nothing,
    onDelete: nothing,
    onExport: nothing,
    keepImageLinksRemote: false,
    onKeepImageLinksRemote: nothing,
  };
  const translator = createTranslator(localeGetMessage('en'), 'en');
  act(() => {
    render(h(TranslatorContext.Provider, { value: translator }, h(SelectionBar, props)), container());
  });
  return container().querySelector('.count')?.textContent;
}

afterEach(() => {
  render(null, container());
});

describe('SelectionBar', () => {
  it('gives the whole library as the total, and the part shown against it', () => {
    expect(count(303, 303)).toBe('303 articles');
    expect(count(60, 303)).toBe('60 of 303 articles');
    expect(count(2, 303, 1)).toBe('2 of 303 articles · 1 selected');
  });

  it('gives no total before the articles are counted, rather than a wrong one', () => {
    expect(count(60, null)).toBe('');
    expect(count(60, null, 2)).toBe('2 selected');
  });
});
