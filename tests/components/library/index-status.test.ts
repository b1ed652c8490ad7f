import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { IndexStatus, type IndexStatusProps } from '../../../components/library/IndexStatus';
import { TranslatorContext } from '../../../components/shared/use-translator';
import { createTranslator } from '../../../lib/i18n/create-translator';
import { localeGetMessage } from '../../../cli/locale-translator';
import { preactContainer } from '../../harness/preact-container';

const container = preactContainer();
const translator = createTranslator(localeGetMessage('en'), 'en');

function show(props: IndexStatusProps): HTMLElement {
  render(h(TranslatorContext.Provider, { value: translator }, h(IndexStatus, props)), container());
  return container();
}

describe('IndexStatus', () => {
  it('says nothing once the index is ready', () => {
    expect(show({ ready: true, phase: 'loading', done: 3, total: 3 }).textContent).toBe('');
  });

  it('alerts that full-text search stopped, and why, even after the index was ready', () => {
    const shown = show({ ready: true, phase: 'loading', done: 3, total: 3, failed: 'out of memory' });
    const alert = shown.querySelector('[role=alert]');
    expect(alert?.textContent).toBe(
      'Full-text search stopped (out of memory). Titles, authors and sites are still searched.',
    );
    expect(shown.querySelector('progress')).toBeNull();
  });
});
