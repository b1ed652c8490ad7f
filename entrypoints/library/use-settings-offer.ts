import { message, type Message } from '../../lib/i18n/message';
import { useCallback, useRef, useState } from 'preact/hooks';
import type { SettingsOfferView } from '../../components/library/SettingsOffer';
import { saidOf } from '../../lib/i18n/message-error';
import { updateSettings } from '../../lib/platform/settings-store';
import type { ZipSettings } from '../../lib/settings/read-zip-settings';
import { importPart } from './parts';

/**
 * The settings an imported export carries: read when the zip is chosen, offered once its import
 * is done (the import's dialog is modal until then), applied only when the user says so.
 */
export function useSettingsOffer(say: (message: Message) => void) {
  const found = useRef<ZipSettings>({ kind: 'none' });
  const [view, setView] = useState<SettingsOfferView | null>(null);

  const check = useCallback(async (files: readonly File[]) => {
    found.current = { kind: 'none' };
    setView(null);
    // Only one chosen file can be an export zip (a folder is Markdown files); a zip the import
    // refuses for its size is not read here either.
    const [file] = files;
    if (files.length !== 1 || !file) return;
    try {
      const { checkArchiveSize, DEFAULT_IMPORT_LIMITS, readZipSettings } = await importPart.get();
      if (checkArchiveSize(file.size, DEFAULT_IMPORT_LIMITS)) return;
      found.current = readZipSettings(new Uint8Array(await file.arrayBuffer()));
    } catch {
      // A file that cannot be read (or the import's code, not loaded) has no settings; the import
      // says what is wrong with it.
    }
  }, []);

  const reveal = useCallback(() => {
    const settings = found.current;
    found.current = { kind: 'none' };
    if (settings.kind === 'settings') setView({ kind: 'offer', settings: settings.settings });
    if (settings.kind === 'unusable') setView({ kind: 'unusable', message: settings.message });
  }, []);

  const apply = useCallback(async () => {
    if (view?.kind !== 'offer') return;
    try {
      await updateSettings(view.settings);
      setView(null);
      say(message('settingsImport.applied'));
    } catch (error) {
      setView({ kind: 'unusable', message: saidOf(error) });
    }
  }, [view, say]);

  const dismiss = useCallback(() => setView(null), []);
  return { view, check, reveal, apply, dismiss };
}
