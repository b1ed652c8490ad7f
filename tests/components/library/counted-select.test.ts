import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CountedSelect } from '../../../components/library/CountedSelect';
import { TranslatorContext } from '../../../components/shared/use-translator';
import { createTranslator, type GetMessage } from '../../../lib/i18n/create-translator';
import { localeGetMessage } from '../../../cli/locale-translator';
import { preactContainer } from '../../harness/preact-container';

const container = preactContainer();
const sites = Array.from({ length: 500 }, (_, i): [string, number] => [`Site ${i}`, i + 1]);

describe('CountedSelect', () => {
  it('asks for its 500 option labels once, not again on every render of the page', () => {
    // Each lookup is an extension API call in the browser: the library re-renders on every progress
    // tick of an import, and 500 sites' labels on each took seconds of a 10,000-article preview.
    const english = localeGetMessage('en');
    let lookups = 0;
    const counting: GetMessage = (name, substitutions) => {
      lookups++;
      return english(name, substitutions);
    };
    const translator = createTranslator(counting, 'en');
    const show = (value: string | null) =>
      render(
        h(
          TranslatorContext.Provider,
          { value: translator },
          h(CountedSelect, {
            label: 'Site',
            allLabel: 'All sites',
            value,
            options: sites,
            onChange: () => {},
          }),
        ),
        container(),
      );
    show(null);
    const first = lookups;
    expect(container().querySelectorAll('option')).toHaveLength(501);
    expect(container().querySelector('option[value="Site 7"]')?.textContent).toContain('Site 7');
    for (let i = 0; i < 5; i++) show(i % 2 ? 'Site 3' : null);
    expect(lookups).toBe(first);
    expect(container().querySelector('option[value="Site 7"]')?.textContent).toContain('(8)');
  });
});
