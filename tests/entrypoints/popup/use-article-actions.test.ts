import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ArticleRowItem } from '../../../components/popup/ArticleRow';
import { useArticleActions } from '../../../entrypoints/popup/use-article-actions';
import type { ToastContent } from '../../../entrypoints/popup/use-toast';
import { getDatabase } from '../../../lib/platform/store/db';
import { withMessages } from '../../harness/locale-messages';
import { preactContainer } from '../../harness/preact-container';

/*
 * A popup's first rows may come from the snapshot of its first screen, drawn before the database
 * answered: a row can name an article deleted since. Its buttons must say so, never act on it.
 */

// The background's indexing is not under test here (a delete tells it through this message; the
// fake browser has no background to answer, and its callback form rejects unseen).
vi.mock('../../../lib/platform/runtime-messaging', async (original) => ({
  ...(await original<typeof import('../../../lib/platform/runtime-messaging')>()),
  announceArticlesChanged: vi.fn(async () => undefined),
}));

const container = preactContainer();

/** A row of the snapshot whose article is not in the database. */
const ghost: ArticleRowItem = {
  id: 424_242,
  title: 'Deleted in another window',
  siteName: 'Gone Times',
  sourceUrl: 'https://gone.example/story',
  capturedAt: '2026-05-01T09:00:00.000Z',
  wordCount: 300,
};

/** The actions of a rendered popup, and the toasts they showed. */
function renderActions() {
  const toasts: ToastContent[] = [];
  let actions!: ReturnType<typeof useArticleActions>;
  function Popup() {
    actions = useArticleActions(
      async () => undefined,
      (toast) => toasts.push(toast),
    );
    return null;
  }
  render(withMessages(h(Popup, null)), container());
  return { actions, toasts };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(getDatabase().tables.map((table) => table.clear()));
});

describe("a row's actions on an article no longer saved", () => {
  it('open says it is gone and opens no tab', async () => {
    const { actions, toasts } = renderActions();
    actions.open(ghost);
    await expect
      .poll(() => toasts.map((t) => t.message))
      .toEqual(['Could not open the page: the article is no longer saved']);
    expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).not.toContain(ghost.sourceUrl);
  });

  it('delete says it is gone', async () => {
    const { actions, toasts } = renderActions();
    await actions.remove(ghost);
    expect(toasts.map((t) => [t.tone, t.message])).toEqual([
      ['error', 'Could not delete: the article is no longer saved'],
    ]);
  });

  it('copy says it is gone', async () => {
    const { actions, toasts } = renderActions();
    await actions.copy(ghost);
    expect(toasts.map((t) => t.message)).toEqual(['Could not copy: the article is no longer saved']);
  });
});
