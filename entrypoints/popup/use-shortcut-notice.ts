import { useEffect, useState } from 'preact/hooks';
import { useTranslator } from '../../components/shared/use-translator';
import { say } from '../../lib/i18n/message';
import { loadPopupStore } from './load-popup-store';

/** The banner about the last shortcut or menu capture, when it failed: read (and forgotten) once on open. */
export function useShortcutNotice() {
  const t = useTranslator();
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    // Not awaited with the capture: reading the last shortcut failure must not hold it up.
    void loadPopupStore().then(async ({ takeShortcutFailure }) => {
      const failure = await takeShortcutFailure();
      if (!failure) return;
      const menu = failure.source === 'menu';
      setNotice(t.t(menu ? 'popup.menuFailed' : 'popup.shortcutFailed', say(t, failure.message)));
    });
  }, []);
  return { notice, dismiss: () => setNotice(null) };
}
