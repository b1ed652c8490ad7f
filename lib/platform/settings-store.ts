import { browser } from 'wxt/browser';
import {
  applySettingsChange,
  migrateSettings,
  SETTINGS_STORAGE_KEYS,
  V1_KEYS,
} from '../settings/migrate-settings';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../settings/settings-schema';

/** The part of `storage.local` settings use; a parameter so tests can hand in a failing one. */
export interface SettingsArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const localArea = (): SettingsArea => browser.storage.local;

/**
 * The current settings, moving an older layout forward in storage on the way. Never throws:
 * unreadable storage or damaged values give the defaults, and nothing else (articles live in
 * IndexedDB) is touched.
 */
export async function readSettings(area: SettingsArea = localArea()): Promise<Settings> {
  let items: Record<string, unknown>;
  try {
    items = await area.get([...SETTINGS_STORAGE_KEYS]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
  const { settings, write, remove } = migrateSettings(items);
  try {
    if (write) await area.set({ [SETTINGS_KEY]: write });
    if (remove.length > 0) await area.remove(remove);
  } catch {
    // The move is tried again on the next read; the values read are good either way.
  }
  return settings;
}

/** Changes some settings and stores them in the current layout; returns what was stored. */
export async function updateSettings(
  change: Partial<Omit<Settings, 'version'>>,
  area: SettingsArea = localArea(),
): Promise<Settings> {
  let items: Record<string, unknown> = {};
  try {
    items = await area.get([...SETTINGS_STORAGE_KEYS]);
  } catch {
    // Unreadable settings are replaced by the change on top of the defaults.
  }
  const next = applySettingsChange(items, change);
  await area.set({ [SETTINGS_KEY]: next });
  const stale = V1_KEYS.filter((key) => key in items);
  if (stale.length > 0) await area.remove(stale);
  return migrateSettings({ [SETTINGS_KEY]: next }).settings;
}
