import { useEffect, useState } from 'preact/hooks';
import { takeShortcutFailure } from '../../lib/platform/shortcut-feedback';

const FROM = { shortcut: 'keyboard-shortcut capture', menu: 'capture from the right-click menu' };

/** The banner about the last shortcut or menu capture, when it failed: read (and forgotten) once on open. */
export function useShortcutNotice() {
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    // Not awaited with the capture: reading the last shortcut failure must not hold it up.
    void takeShortcutFailure().then((failure) => {
      if (failure) setNotice(`The last ${FROM[failure.source ?? 'shortcut']} failed: ${failure.message}`);
    });
  }, []);
  return { notice, dismiss: () => setNotice(null) };
}
