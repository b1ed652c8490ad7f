import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SaveAllTabsView } from '../../components/popup/SaveAllTabs';
import { readBatchState, watchBatchState } from '../../lib/platform/batch-state-store';
import { tabsOfThisWindow } from '../../lib/platform/browser-tabs';
import { requestSaveAllTabs } from '../../lib/platform/runtime-messaging';
import { askForSites } from '../../lib/platform/site-access';

/** Every site: the tabs' own addresses stay hidden from the popup until it may read them. */
const EVERY_SITE = ['<all_urls>'];

/**
 * "Save all N tabs" of this popup's window: the offer, the permission asked within the click, and
 * the background's run followed live (it goes on if the popup closes, and shows again on reopening).
 */
export function useSaveAllTabs() {
  const [tabs, setTabs] = useState<{ windowId: number; count: number } | null>(null);
  const [view, setView] = useState<SaveAllTabsView | null>(null);
  useEffect(() => {
    let stop: () => void = () => undefined;
    void (async () => {
      const found = await tabsOfThisWindow();
      setTabs(found);
      const state = await readBatchState();
      if (found) setView(state ?? { kind: 'offer', count: found.count });
      stop = watchBatchState((next) => next && setView(next));
    })();
    return () => stop();
  }, []);
  const offer = useCallback(() => tabs && setView({ kind: 'asking', count: tabs.count }), [tabs]);
  const allow = useCallback(() => {
    if (!tabs) return;
    // Asked first, before any await, so the browser sees the click.
    void askForSites(EVERY_SITE).then(async (granted) => {
      if (!granted) return setView({ kind: 'refused', count: tabs.count });
      setView({ kind: 'running', done: 0, total: tabs.count, cancelling: false });
      await requestSaveAllTabs({ windowId: tabs.windowId, cancel: false });
    });
  }, [tabs]);
  const cancel = useCallback(() => {
    if (tabs) void requestSaveAllTabs({ windowId: tabs.windowId, cancel: true });
  }, [tabs]);
  return { view, count: tabs?.count ?? 0, offer, allow, cancel };
}
