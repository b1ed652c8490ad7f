import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ArticleRow } from '../../../components/popup/ArticleRow';
import { makeRecord } from '../../articles/article-factory';
import { withMessages } from '../../harness/locale-messages';
import { preactContainer } from '../../harness/preact-container';

const container = preactContainer();
const ignore = () => {};

function meta(overrides: Parameters<typeof makeRecord>[0]) {
  const props = {
    article: makeRecord({ title: 'Tidal mill', ...overrides }),
    selected: false,
    fresh: false,
    onToggle: ignore,
    onOpen: ignore,
    onCopy: ignore,
    onDownload: ignore,
    onObsidian: ignore,
    onDelete: ignore,
  };
  render(withMessages(h(ArticleRow, props)), container());
  return container().querySelector('.row__meta')?.textContent ?? '';
}

describe('the popup’s article row', () => {
  it('marks a link moved in from a reading list as not yet captured, in place of its length', () => {
    const row = meta({ notCaptured: true, wordCount: 0 });
    expect(row).toContain('Not yet captured');
    expect(row).not.toContain('words');
  });

  it('shows a captured article’s length and no such mark', () => {
    const row = meta({ wordCount: 1200 });
    expect(row).toContain('1,200 words');
    expect(row).not.toContain('Not yet captured');
  });
});
