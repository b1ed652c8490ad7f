import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  LoadingArticles,
  SAY_AFTER_MS,
  type LoadingArticlesProps,
} from '../../../components/library/LoadingArticles';
import { TranslatorContext } from '../../../components/shared/use-translator';
import { createTranslator } from '../../../lib/i18n/create-translator';
import { localeGetMessage } from '../../../cli/locale-translator';
import { preactContainer } from '../../harness/preact-container';

const container = preactContainer();

function show(props: LoadingArticlesProps, locale = 'en'): HTMLElement {
  const translator = createTranslator(localeGetMessage(locale), locale);
  act(() => {
    render(h(TranslatorContext.Provider, { value: translator }, h(LoadingArticles, props)), container());
  });
  return container();
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  render(null, container());
  vi.useRealTimers();
});

describe('LoadingArticles', () => {
  it('says how many of the stored articles the list holds so far, once loading takes a while', () => {
    expect(show({ loaded: 500, total: 100_000 }).textContent).toBe('');
    act(() => void vi.advanceTimersByTime(SAY_AFTER_MS));
    const status = show({ loaded: 40_000, total: 100_000 }).querySelector('[role=status]');
    expect(status?.textContent).toBe(
      'Loading your articles: 40,000 of 100,000. The list, its counts and searches cover those loaded so far.',
    );
  });

  it('speaks the reader’s language', () => {
    show({ loaded: 60, total: 1_002 }, 'pl');
    act(() => void vi.advanceTimersByTime(SAY_AFTER_MS));
    expect(show({ loaded: 60, total: 1_002 }, 'pl').textContent).toBe(
      'Wczytywanie artykułów: 60 z 1002. Lista, liczniki i wyszukiwanie obejmują dotąd wczytane.',
    );
  });

  it('says nothing before the articles are counted, or once the list holds them all', () => {
    show({ loaded: 60, total: null });
    act(() => void vi.advanceTimersByTime(SAY_AFTER_MS));
    expect(show({ loaded: 60, total: null }).textContent).toBe('');
    expect(show({ loaded: 100_000, total: 100_000 }).textContent).toBe('');
  });
});
