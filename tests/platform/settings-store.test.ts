import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getStoredArticle } from '../../lib/platform/store/article-store';
import { saveArticle } from '../../lib/platform/store/save-article';
import { SETTINGS_VERSION } from '../../lib/settings/migrate-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings-schema';
import { DEFAULT_TEMPLATE_SETTINGS, type TemplateSettings } from '../../lib/templates/template-settings';
import { DEFAULT_MARKDOWN_STYLE } from '../../lib/markdown/markdown-style';
import { makeArticle } from '../articles/article-factory';
import { openTestDatabase } from './test-database';
import { saidOf } from '../../lib/i18n/message-error';
import { inEnglish } from '../harness/locale-messages';

/** Why a change was refused, as an English reader sees it on the settings page. */
const englishReason = (error: unknown) => inEnglish(saidOf(error));

const failure = { message: 'This page is not an article.', at: '2026-04-01T09:00:00.000Z', tabId: 7 };

/**
 * The settings store and the shortcut feedback as a freshly started extension loads them: WXT
 * storage runs its migrations when the module defines the item, over what storage holds then.
 */
async function start() {
  vi.resetModules();
  const store = await import('../../lib/platform/settings-store');
  const feedback = await import('../../lib/platform/shortcut-feedback');
  return { ...store, takeShortcutFailure: feedback.takeShortcutFailure };
}

beforeEach(() => fakeBrowser.reset());

describe('settings in storage.local', () => {
  it('reads the settings Clean Capture stored before WXT storage, and moves them on once', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 2, lastShortcutFailure: failure } });
    const { readSettings } = await start();
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, lastShortcutFailure: failure });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      settings: { ...DEFAULT_SETTINGS, lastShortcutFailure: failure },
      settings$: { v: SETTINGS_VERSION },
    });
    expect(await (await start()).readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      lastShortcutFailure: failure,
    });
  });

  it('moves what the first release stored to the versioned layout, intact, once', async () => {
    await fakeBrowser.storage.local.set({ lastShortcutFailure: failure });
    const { readSettings } = await start();
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, lastShortcutFailure: failure });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      settings: { ...DEFAULT_SETTINGS, lastShortcutFailure: failure },
      settings$: { v: SETTINGS_VERSION },
    });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, lastShortcutFailure: failure });
  });

  it('still shows the popup a shortcut failure the first release stored before the update', async () => {
    await fakeBrowser.storage.local.set({ lastShortcutFailure: failure });
    const { takeShortcutFailure } = await start();
    expect(await takeShortcutFailure()).toEqual(failure);
    expect(await takeShortcutFailure()).toBeNull();
  });

  it('falls back to the defaults for damaged settings and leaves the articles alone', async () => {
    const db = openTestDatabase();
    const saved = await saveArticle(db, makeArticle(), { replace: false });
    await fakeBrowser.storage.local.set({ settings: '{"version": 2, broken' });
    const { readSettings, updateSettings } = await start();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await updateSettings({ lastShortcutFailure: failure })).toEqual({
      ...DEFAULT_SETTINGS,
      lastShortcutFailure: failure,
    });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, lastShortcutFailure: failure });
    expect(await getStoredArticle(db, saved.id)).toMatchObject({ title: makeArticle().title });
    expect(await db.articles.count()).toBe(1);
    db.close();
  });

  it('remembers the export choice, and a damaged one falls back to keeping images local', async () => {
    const { readSettings, updateSettings } = await start();
    expect((await readSettings()).keepImageLinksRemote).toBe(false);
    await updateSettings({ keepImageLinksRemote: true });
    expect(await (await start()).readSettings()).toEqual({ ...DEFAULT_SETTINGS, keepImageLinksRemote: true });
    await fakeBrowser.storage.local.set({ settings: { keepImageLinksRemote: 'yes' } });
    expect((await (await start()).readSettings()).keepImageLinksRemote).toBe(false);
  });

  it('gives the defaults when storage itself cannot be read, without throwing', async () => {
    const { readSettings } = await start();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is corrupted'));
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    vi.restoreAllMocks();
  });

  it('keeps settings a newer version stored when this one changes something', async () => {
    await fakeBrowser.storage.local.set({
      settings: { lastShortcutFailure: failure, extra: [1] },
      settings$: { v: SETTINGS_VERSION + 3 },
    });
    const { readSettings, updateSettings } = await start();
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, lastShortcutFailure: failure });
    await updateSettings({ lastShortcutFailure: null });
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: { ...DEFAULT_SETTINGS, extra: [1] },
      settings$: { v: SETTINGS_VERSION + 3 },
    });
  });

  it('stores a checked template and gives it to the next reader', async () => {
    const { updateSettings } = await start();
    const templates: TemplateSettings = {
      ...DEFAULT_TEMPLATE_SETTINGS,
      fileName: '{site}/{title}',
      frontMatter: { ...DEFAULT_TEMPLATE_SETTINGS.frontMatter, rename: { source: 'url' } },
    };
    await updateSettings({ templates });
    expect((await (await start()).readSettings()).templates).toEqual(templates);
  });

  it.each([
    ['an unknown variable', { fileName: '{titel}' }, /\{titel\}, which is not a variable/],
    ['an unbalanced brace', { fileName: '{site/{title}' }, /never closed|inside a variable/],
    ['an absolute path', { fileName: '/{title}' }, /relative path/],
    ['no variable in the name', { fileName: 'notes' }, /needs a variable/],
    [
      'a required field left out',
      { frontMatter: { ...DEFAULT_TEMPLATE_SETTINGS.frontMatter, omit: ['source'] } },
      /must keep "source"/,
    ],
  ])(
    'refuses a template with %s, says why, and leaves the stored settings untouched',
    async (_, change, message) => {
      const { readSettings, updateSettings } = await start();
      await updateSettings({ keepImageLinksRemote: true });
      const before = await fakeBrowser.storage.local.get(null);
      const templates = { ...DEFAULT_TEMPLATE_SETTINGS, ...change } as TemplateSettings;
      await expect(updateSettings({ templates }).catch(englishReason)).resolves.toMatch(message);
      expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
      expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, keepImageLinksRemote: true });
    },
  );

  it('names files as before when the stored template is damaged, and keeps it for a newer version', async () => {
    const newer = { version: 2, fileName: '{title}', layout: 'something new' };
    await fakeBrowser.storage.local.set({
      settings: { templates: newer },
      settings$: { v: SETTINGS_VERSION },
    });
    const { readSettings, updateSettings } = await start();
    expect((await readSettings()).templates).toEqual(DEFAULT_TEMPLATE_SETTINGS);
    await updateSettings({ keepImageLinksRemote: true });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ templates: newer });
  });

  it('stores a Markdown style and a vault name, and reads them back after a restart', async () => {
    const { updateSettings } = await start();
    const markdownStyle = {
      ...DEFAULT_MARKDOWN_STYLE,
      bulletListMarker: '*' as const,
      linkStyle: 'referenced' as const,
    };
    await updateSettings({ markdownStyle, obsidianVault: 'Reading notes' });
    expect(await (await start()).readSettings()).toMatchObject({
      markdownStyle,
      obsidianVault: 'Reading notes',
    });
  });

  it.each([
    [
      'an unknown heading style',
      { markdownStyle: { ...DEFAULT_MARKDOWN_STYLE, headingStyle: 'bold' } },
      /"headingStyle"/,
    ],
    ['a vault name with a line break', { obsidianVault: 'a\nb' }, /control character/],
  ])('refuses %s, says why, and leaves the stored settings untouched', async (_, change, message) => {
    const { updateSettings } = await start();
    await updateSettings({ keepImageLinksRemote: true });
    const before = await fakeBrowser.storage.local.get(null);
    await expect(updateSettings(change as Partial<Settings>).catch(englishReason)).resolves.toMatch(message);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('keeps a Markdown style a newer version stored when this one changes something else', async () => {
    const newer = { ...DEFAULT_MARKDOWN_STYLE, tableStyle: 'html' };
    await fakeBrowser.storage.local.set({
      settings: { markdownStyle: newer },
      settings$: { v: SETTINGS_VERSION },
    });
    const { readSettings, updateSettings } = await start();
    expect((await readSettings()).markdownStyle).toEqual(DEFAULT_MARKDOWN_STYLE);
    await updateSettings({ keepImageLinksRemote: true });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({
      markdownStyle: newer,
    });
  });
});
