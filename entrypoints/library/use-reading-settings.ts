import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  readReadingSettingsStore,
  saveReadingSettings,
  watchReadingSettings,
} from '../../lib/platform/reading-settings-store';
import {
  DEFAULT_READING_SETTINGS,
  readingStyle,
  type ReadingSettings,
} from '../../lib/reading-settings/reading-settings';

/**
 * The reading view's settings: read once, applied at once on a change and stored, and followed
 * when another library tab changes them. While an article is open the page takes its theme
 * (`<html data-reader-theme>`); the list keeps the system's.
 */
export function useReadingSettings(reading: boolean) {
  const [settings, setSettings] = useState<ReadingSettings>(DEFAULT_READING_SETTINGS);
  useEffect(() => {
    let live = true;
    void readReadingSettingsStore().then((stored) => live && setSettings(stored));
    const unwatch = watchReadingSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    if (reading) root.dataset.readerTheme = settings.theme;
    return () => void delete root.dataset.readerTheme;
  }, [reading, settings.theme]);
  const change = useCallback((next: ReadingSettings) => {
    setSettings(next);
    void saveReadingSettings(next);
  }, []);
  return { settings, style: readingStyle(settings), change };
}
