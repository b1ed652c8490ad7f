import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_READING_SETTINGS,
  readReadingSettings,
  type ReadingSettings,
} from '../reading-settings/reading-settings';

/**
 * The reading view's settings, in `storage.local` under a key of their own (apart from `settings`,
 * whose versions the export templates move on), versioned for a later change of layout.
 */
const readingSettingsItem = storage.defineItem<Record<string, unknown>>('local:readingSettings', {
  fallback: { ...DEFAULT_READING_SETTINGS },
  version: 1,
});

/** The stored reading settings; defaults when there are none or they cannot be read. */
export async function readReadingSettingsStore(): Promise<ReadingSettings> {
  try {
    return readReadingSettings(await readingSettingsItem.getValue());
  } catch {
    return { ...DEFAULT_READING_SETTINGS };
  }
}

/** Stores the reading settings (checked again first); returns what was stored. */
export async function saveReadingSettings(settings: ReadingSettings): Promise<ReadingSettings> {
  const checked = readReadingSettings(settings);
  await readingSettingsItem.setValue({ ...checked });
  return checked;
}

/** Calls back when the settings change in another tab or window, so every reading view agrees. */
export function watchReadingSettings(onChange: (settings: ReadingSettings) => void): () => void {
  return readingSettingsItem.watch((value) => onChange(readReadingSettings(value)));
}
