import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ExportProgress } from '../../../components/library/ExportProgress';
import { TranslatorContext } from '../../../components/shared/use-translator';
import { createTranslator } from '../../../lib/i18n/create-translator';
import { localeGetMessage } from '../../../cli/locale-translator';
import { preactContainer } from '../../harness/preact-container';

const container = preactContainer();
const translator = createTranslator(localeGetMessage('en'), 'en');

function shown(props: { done: number; total: number; zip?: number }): string {
  render(
    h(TranslatorContext.Provider, { value: translator }, h(ExportProgress, { ...props, onCancel: () => {} })),
    container(),
  );
  return container().querySelector('.export-progress span')?.textContent ?? '';
}

describe('ExportProgress', () => {
  it('says which zip a large export is writing once it is past the first', () => {
    expect(shown({ done: 1_200, total: 30_000, zip: 1 })).toBe('Exporting 1,200 of 30,000…');
    expect(shown({ done: 21_200, total: 30_000, zip: 2 })).toBe('Exporting 21,200 of 30,000 (zip 2)…');
    expect(container().querySelector('progress')?.getAttribute('value')).toBe('21200');
  });
});
