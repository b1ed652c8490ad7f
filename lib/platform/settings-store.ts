import { storage } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../settings/migrate-settings';
import { checkTemplateSettings } from '../templates/template-settings';
import { DEFAULT_SETTINGS, readStoredSettings, type Settings } from '../settings/settings-schema';

/** Settings in `storage.local`; WXT moves an older layout forward when the extension starts. */
const settingsItem = storage.defineItem<Record<string, unknown>>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/**
 * The first release kept its one setting under a key of its own and no `settings`. Moved under
 * `settings` on the first read after the update, then removed.
 */
const firstReleaseFailure = storage.defineItem<unknown>('local:lastShortcutFailure');

async function storedSettings(): Promise<Settings & Record<string, unknown>> {
  const [stored, firstRelease] = await Promise.all([settingsItem.getValue(), firstReleaseFailure.getValue()]);
  if (firstRelease === null) return readStoredSettings(stored);
  const moved = readStoredSettings({ lastShortcutFailure: firstRelease });
  await settingsItem.setValue(moved);
  await firstReleaseFailure.removeValue();
  return moved;
}

/**
 * The current settings. Never throws: unreadable storage or damaged values give the defaults, and
 * nothing else (articles live in IndexedDB) is touched.
 */
export async function readSettings(): Promise<Settings> {
  try {
    return ownSettings(await storedSettings());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/**
 * Changes some settings, keeping fields a newer version stored; returns what was stored. Rejects
 * template settings the export could not use, with a message saying why, and stores nothing then.
 */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  if (change.templates !== undefined) {
    const problem = checkTemplateSettings(change.templates);
    if (problem !== null) throw new Error(problem);
  }
  let stored: Record<string, unknown> = {};
  let storedTemplates: unknown;
  try {
    stored = await storedSettings();
    storedTemplates = (await settingsItem.getValue()).templates;
  } catch {
    // Unreadable settings are replaced by the change on top of the defaults.
  }
  const next: Record<string, unknown> = readStoredSettings({ ...stored, ...change });
  // Templates a newer version laid out read here as the defaults; a change to something else keeps them.
  if (
    change.templates === undefined &&
    storedTemplates !== undefined &&
    checkTemplateSettings(storedTemplates) !== null
  )
    next.templates = storedTemplates;
  await settingsItem.setValue(next);
  return ownSettings(readStoredSettings(next));
}

/** The settings this version knows, without the fields a newer one stored. */
function ownSettings({ lastShortcutFailure, keepImageLinksRemote, templates }: Settings): Settings {
  return { lastShortcutFailure, keepImageLinksRemote, templates };
}
