import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Message } from '../../lib/i18n/message';

/** A message at the bottom of the page, with what Undo does when the action can be undone. */
export interface NoticeState {
  message: Message;
  undo?: () => void;
}

/** One notice at a time: a new one replaces the old, and each fades on its own. */
export function useNotice() {
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const say = useCallback((message: Message) => setNotice({ message }), []);
  const dismiss = useCallback(() => setNotice(null), []);
  // Messages fade on their own; an Undo stays a little longer.
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), notice.undo ? 12_000 : 6_000);
    return () => clearTimeout(timer);
  }, [notice]);
  return { notice, say, show: setNotice, dismiss };
}
