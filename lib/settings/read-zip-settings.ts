import { message, type Message } from '../i18n/message';
import { inflateZipEntry } from '../import/inflate-zip-entry';
import { listZipEntries } from '../import/list-zip-entries';
import {
  MAX_SETTINGS_FILE_BYTES,
  parseSettingsFile,
  SETTINGS_FILE,
  type PortableSettings,
} from './settings-file';

export type ZipSettings =
  | { kind: 'none' }
  | { kind: 'settings'; settings: PortableSettings }
  | { kind: 'unusable'; message: Message };

/**
 * The settings an export zip carries, if any, or why they cannot be used. Touches no storage; a
 * zip that is not one at all has no settings (the import says what is wrong with it).
 */
export function readZipSettings(bytes: Uint8Array): ZipSettings {
  const listing = listZipEntries(bytes);
  if (!listing.ok) return { kind: 'none' };
  const entry = listing.entries.get(SETTINGS_FILE);
  if (!entry) return { kind: 'none' };
  if (entry.size > MAX_SETTINGS_FILE_BYTES)
    return { kind: 'unusable', message: message('settingsCheck.tooLarge') };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflateZipEntry(bytes, entry));
  } catch {
    return { kind: 'unusable', message: message('settingsCheck.damaged') };
  }
  const parsed = parseSettingsFile(text);
  return parsed.ok
    ? { kind: 'settings', settings: parsed.settings }
    : { kind: 'unusable', message: parsed.message };
}
