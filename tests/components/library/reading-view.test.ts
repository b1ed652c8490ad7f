import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ReadingView } from '../../../components/library/ReadingView';
import { makeStoredArticle } from '../../articles/article-factory';
import { preactContainer } from '../../harness/preact-container';
import { withMessages } from '../../harness/locale-messages';

const container = preactContainer();

function show(canonicalUrl: string) {
  const article = makeStoredArticle({ canonicalUrl });
  const props = {
    article,
    body: { kind: 'html' as const, safeHtml: '' },
    terms: [],
    tagSuggestions: [],
    onBack: () => {},
    onTagsChange: () => {},
  };
  render(withMessages(h(ReadingView, props)), container());
  return container().querySelector('.original');
}

describe('ReadingView, the link to the original', () => {
  it('links a web address', () => {
    expect(show('https://news.example/story')?.querySelector('a')?.getAttribute('href')).toBe(
      'https://news.example/story',
    );
  });

  it.each([
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<b>x</b>',
  ])('shows %j as text, never as a link', (url) => {
    const original = show(url);
    expect(original?.querySelector('a')).toBeNull();
    expect(original?.textContent).toContain(url);
  });
});
