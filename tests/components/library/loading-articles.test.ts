import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { LoadingArticles, type LoadingArticlesProps } from '../../../components/library/LoadingArticles';
import { TranslatorContext } from '../../../components/shared/use-translator';
import { createTranslator } from '../../../lib/i18n/create-translator';
import { localeGetMessage } from '../../../cli/locale-translator';
import { preactContainer } from '../../harness/preact-container';

const container = preactContainer();

function show(props: LoadingArticlesProps, locale = 'en'): HTMLElement {
  const translator = createTranslator(localeGetMessage(locale), locale);
  render(h(TranslatorContext.Provider, { value: translator }, h(LoadingArticles, props)), container());
  return container();
}

describe('LoadingArticles', () => {
  it('says how many of the stored articles the list holds so far, and what that means', () => {
    const status = show({ loaded: 40_000, total: 100_000 }).querySelector('[role=status]');
    expect(status?.textContent).toBe(
      'Loading your articles: 40,000 of 100,000. The list, its counts and searches cover those loaded so far.',
    );
    expect(show({ loaded: 60, total: 1_002 }, 'pl').textContent).toBe(
      'Wczytywanie artykułów: 60 z 1002. Lista, liczniki i wyszukiwanie obejmują dotąd wczytane.',
    );
  });

  it('says nothing before the articles are counted, or once the list holds them all', () => {
    expect(show({ loaded: 60, total: null }).textContent).toBe('');
    expect(show({ loaded: 100_000, total: 100_000 }).textContent).toBe('');
  });
});
