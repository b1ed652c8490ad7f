import { useMemo, useState } from 'preact/hooks';
import type { PopupRow } from '../../lib/first-screen/first-screen';
import { countByStatus, inStatusView, type StatusView } from '../../lib/reading-state/reading-state';

/** Which of the newest articles the popup lists by reading state: unread unless the user picks another. */
export function useStatusView(articles: readonly PopupRow[]) {
  const [view, setView] = useState<StatusView>('unread');
  const shown = useMemo(() => articles.filter((a) => inStatusView(a, view)), [articles, view]);
  const counts = useMemo(() => countByStatus(articles), [articles]);
  return { view, setView, shown, counts };
}
