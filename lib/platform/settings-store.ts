import { storage } from 'wxt/utils/storage';
import type { Message } from '../i18n/message';
import { MessageError } from '../i18n/message-error';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../settings/migrate-settings';
import { checkTemplateSettings } from '../templates/template-settings';
import { checkMarkdownStyle } from '../markdown/markdown-style';
import { checkObsidianVault } from '../obsidian/obsidian-uri';
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

/** The sections checked as a whole, each with what is wrong with a value of it. */
const CHECKED_SECTIONS = {
  templates: checkTemplateSettings,
  markdownStyle: checkMarkdownStyle,
  obsidianVault: checkObsidianVault,
} as const;

/**
 * What is wrong with a change to the settings, in a sentence, or null: the first section (file
 * names and front matter, Markdown style, vault name) the extension could not use.
 */
export function checkSettingsChange(change: Partial<Settings>): Message | null {
  for (const [section, check] of Object.entries(CHECKED_SECTIONS)) {
    const value = change[section as keyof typeof CHECKED_SECTIONS];
    const problem = value === undefined ? null : check(value);
    if (problem !== null) return problem;
  }
  return null;
}

/**
 * Changes some settings, keeping fields a newer version stored; returns what was stored. Rejects
 * a section the extension could not use (see checkSettingsChange), with a message saying why, and
 * stores nothing then.
 */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const problem = checkSettingsChange(change);
  if (problem !== null) throw new MessageError(problem);
  let stored: Record<string, unknown> = {};
  let raw: Record<string, unknown> = {};
  try {
    stored = await storedSettings();
    raw = await settingsItem.getValue();
  } catch {
    // Unreadable settings are replaced by the change on top of the defaults.
  }
  const next: Record<string, unknown> = readStoredSettings({ ...stored, ...change });
  // A section a newer version laid out reads here as the defaults; a change to something else keeps it.
  for (const [section, check] of Object.entries(CHECKED_SECTIONS)) {
    const kept = raw[section];
    if (change[section as keyof Settings] === undefined && kept !== undefined && check(kept) !== null)
      next[section] = kept;
  }
  await settingsItem.setValue(next);
  return ownSettings(readStoredSettings(next));
}

/** The settings this version knows, without the fields a newer one stored. */
function ownSettings(settings: Settings): Settings {
  const { lastShortcutFailure, keepImageLinksRemote, templates, markdownStyle, obsidianVault } = settings;
  return { lastShortcutFailure, keepImageLinksRemote, templates, markdownStyle, obsidianVault };
}
