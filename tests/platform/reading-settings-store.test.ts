import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readReadingSettingsStore, saveReadingSettings } from '../../lib/platform/reading-settings-store';
import { DEFAULT_READING_SETTINGS } from '../../lib/reading-settings/reading-settings';

beforeEach(() => fakeBrowser.reset());

describe('the reading settings store', () => {
  it('gives the defaults before anything is chosen', async () => {
    expect(await readReadingSettingsStore()).toEqual(DEFAULT_READING_SETTINGS);
  });

  it('keeps them under their own item with a version, beside the extension’s settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { keepImageLinksRemote: true } });
    const chosen = { font: 'hyperlegible', size: 22, width: 60, lineHeight: 1.8, theme: 'sepia' } as const;
    expect(await saveReadingSettings(chosen)).toEqual(chosen);
    expect(await readReadingSettingsStore()).toEqual(chosen);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      settings: { keepImageLinksRemote: true },
      readingSettings: chosen,
    });
  });

  it('reads damaged values as their defaults, one by one', async () => {
    await fakeBrowser.storage.local.set({ readingSettings: { font: 'comic', size: 20, theme: 7 } });
    expect(await readReadingSettingsStore()).toEqual({ ...DEFAULT_READING_SETTINGS, size: 20 });
  });
});
