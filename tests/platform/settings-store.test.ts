import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getStoredArticle } from '../../lib/platform/store/article-store';
import { saveArticle } from '../../lib/platform/store/save-article';
import { openDatabase } from '../../lib/platform/store/db';
import { readSettings, updateSettings, type SettingsArea } from '../../lib/platform/settings-store';
import { takeShortcutFailure } from '../../lib/platform/shortcut-feedback';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../lib/settings/settings-schema';
import { makeArticle } from './article-fixture';

const failure = { message: 'This page is not an article.', at: '2026-04-01T09:00:00.000Z', tabId: 7 };

beforeEach(() => fakeBrowser.reset());

describe('settings in storage.local', () => {
  it('moves what the first release stored to the versioned layout, intact, once', async () => {
    await fakeBrowser.storage.local.set({ lastShortcutFailure: failure });
    expect(await readSettings()).toEqual({ version: SETTINGS_VERSION, lastShortcutFailure: failure });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      settings: { version: SETTINGS_VERSION, lastShortcutFailure: failure },
    });
    expect(await readSettings()).toEqual({ version: SETTINGS_VERSION, lastShortcutFailure: failure });
  });

  it('still shows the popup a shortcut failure the first release stored before the update', async () => {
    await fakeBrowser.storage.local.set({ lastShortcutFailure: failure });
    expect(await takeShortcutFailure()).toEqual(failure);
    expect(await takeShortcutFailure()).toBeNull();
  });

  it('falls back to the defaults for damaged settings and leaves the articles alone', async () => {
    const db = openDatabase('settings-articles');
    const saved = await saveArticle(db, makeArticle(), { replace: false });
    await fakeBrowser.storage.local.set({ settings: '{"version": 2, broken' });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await updateSettings({ lastShortcutFailure: failure })).toEqual({
      version: SETTINGS_VERSION,
      lastShortcutFailure: failure,
    });
    expect(await getStoredArticle(db, saved.id)).toMatchObject({ title: makeArticle().title });
    expect(await db.articles.count()).toBe(1);
    db.close();
  });

  it('gives the defaults when storage itself cannot be read, without throwing', async () => {
    const broken: SettingsArea = {
      get: () => Promise.reject(new Error('storage is corrupted')),
      set: () => Promise.reject(new Error('storage is corrupted')),
      remove: () => Promise.reject(new Error('storage is corrupted')),
    };
    expect(await readSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps settings a newer version stored when this one changes something', async () => {
    await fakeBrowser.storage.local.set({
      settings: { version: 5, lastShortcutFailure: failure, extra: [1] },
    });
    await updateSettings({ lastShortcutFailure: null });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { version: 5, lastShortcutFailure: null, extra: [1] },
    });
  });
});
