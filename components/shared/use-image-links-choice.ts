import { useCallback, useEffect, useState } from 'preact/hooks';

/** Where the choice is kept: the entrypoint passes the settings store's functions. */
export interface ImageLinksChoiceStore {
  read: () => Promise<{ keepImageLinksRemote: boolean }>;
  save: (change: { keepImageLinksRemote: boolean }) => Promise<unknown>;
}

/**
 * The export's "Keep image links remote" choice, shared by the popup and the library: read from the
 * settings once, shown at once when changed, and saved; `onNotSaved` hears why a save failed.
 */
export function useImageLinksChoice(store: ImageLinksChoiceStore, onNotSaved: (error: unknown) => void) {
  const [keepImageLinksRemote, setKeepRemote] = useState(false);
  useEffect(() => {
    void store.read().then((settings) => setKeepRemote(settings.keepImageLinksRemote));
  }, [store]);
  const chooseImageLinks = useCallback(
    (keepRemote: boolean) => {
      setKeepRemote(keepRemote);
      store.save({ keepImageLinksRemote: keepRemote }).catch(onNotSaved);
    },
    [store, onNotSaved],
  );
  return { keepImageLinksRemote, chooseImageLinks };
}
