import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { StatusFilter } from '../../../components/shared/StatusFilter';
import { TranslatorContext } from '../../../components/shared/use-translator';
import { createTranslator } from '../../../lib/i18n/create-translator';
import { localeGetMessage } from '../../../cli/locale-translator';
import { preactContainer } from '../../harness/preact-container';

const container = preactContainer();

function labels(locale: string): string[] {
  const translator = createTranslator(localeGetMessage(locale), locale);
  const counts = { unread: 98_500, read: 1_200, archived: 300, all: 100_000 };
  const filter = h(StatusFilter, { value: 'unread', counts, onChange: () => {} });
  render(h(TranslatorContext.Provider, { value: translator }, filter), container());
  return [...container().querySelectorAll('[role=radio]')].map((radio) => radio.textContent ?? '');
}

describe('StatusFilter', () => {
  it('writes each view’s count as the reader writes numbers, as the list’s count line does', () => {
    expect(labels('en')).toEqual(['Unread 98,500', 'Read 1,200', 'Archived 300', 'All 100,000']);
    expect(labels('de')).toEqual(['Ungelesen 98.500', 'Gelesen 1.200', 'Archiviert 300', 'Alle 100.000']);
  });
});
