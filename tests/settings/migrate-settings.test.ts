import { describe, expect, it } from 'vitest';
import { applySettingsChange, migrateSettings } from '../../lib/settings/migrate-settings';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../lib/settings/settings-schema';

/** Exactly what the first release wrote to storage.local after a failed shortcut capture. */
const V1_STORED = {
  lastShortcutFailure: {
    message: 'Browsers do not let extensions read this page (chrome://).',
    at: '2026-04-01T09:00:00.000Z',
    tabId: 41,
  },
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('migrateSettings', () => {
  it('starts a fresh install from the defaults and writes nothing', () => {
    expect(migrateSettings({})).toEqual({ settings: DEFAULT_SETTINGS, write: null, remove: [] });
  });

  it('moves version 1 settings forward intact, under one versioned key', () => {
    const input = deepFreeze(structuredClone(V1_STORED));
    const result = migrateSettings(input);
    expect(result.settings).toEqual({
      version: SETTINGS_VERSION,
      lastShortcutFailure: V1_STORED.lastShortcutFailure,
    });
    expect(result.write).toEqual({
      version: SETTINGS_VERSION,
      lastShortcutFailure: V1_STORED.lastShortcutFailure,
    });
    expect(result.remove).toEqual(['lastShortcutFailure']);
    // Once moved, reading the new layout gives the same settings and wants no further write.
    const again = migrateSettings({ settings: result.write });
    expect(again).toEqual({ settings: result.settings, write: null, remove: [] });
  });

  it('keeps a version 1 failure that had no tab', () => {
    const failure: { message: string; at: string; tabId?: number } = { ...V1_STORED.lastShortcutFailure };
    delete failure.tabId;
    expect(migrateSettings({ lastShortcutFailure: failure }).settings.lastShortcutFailure).toEqual(failure);
  });

  it.each([
    ['a string', 'oops'],
    ['a number', 7],
    ['a wrong field type', { message: 5, at: 'x' }],
    ['a missing field', { message: 'no time' }],
    ['null', null],
  ])('turns a damaged version 1 failure (%s) into none, and still moves the layout on', (_, value) => {
    const result = migrateSettings({ lastShortcutFailure: value });
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.write).toEqual({ version: SETTINGS_VERSION, lastShortcutFailure: null });
    expect(result.remove).toEqual(['lastShortcutFailure']);
  });

  it.each([
    ['a string', 'garbage'],
    ['a list', [1, 2]],
    ['null', null],
    ['no version', { lastShortcutFailure: null }],
    ['a text version', { version: 'two' }],
    ['version 0', { version: 0 }],
    ['a negative version', { version: -1e9 }],
    ['a fractional version', { version: 2.5 }],
    ['NaN', { version: Number.NaN }],
  ])('falls back to the defaults without throwing for damaged settings (%s), writing nothing', (_, value) => {
    expect(migrateSettings({ settings: value })).toEqual({
      settings: DEFAULT_SETTINGS,
      write: null,
      remove: [],
    });
  });

  it('keeps the good fields of current settings when one is damaged', () => {
    const result = migrateSettings({ settings: { version: 2, lastShortcutFailure: { message: 1 } } });
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.write).toBeNull();
  });

  it('reads settings of a newer version as far as it understands them, and never rewrites them', () => {
    const newer = deepFreeze({
      settings: { version: 9, lastShortcutFailure: V1_STORED.lastShortcutFailure, theme: 'sepia' },
    });
    const result = migrateSettings(newer);
    expect(result.settings).toEqual({ version: 9, lastShortcutFailure: V1_STORED.lastShortcutFailure });
    expect(result.write).toBeNull();
    // A change made by this older version keeps the newer fields and version for the way back.
    expect(applySettingsChange(newer, { lastShortcutFailure: null })).toEqual({
      version: 9,
      lastShortcutFailure: null,
      theme: 'sepia',
    });
  });
});

describe('applySettingsChange', () => {
  it('stores a change in the current layout, over version 1, the defaults or damaged settings', () => {
    const failure = V1_STORED.lastShortcutFailure;
    expect(applySettingsChange({}, { lastShortcutFailure: failure })).toEqual({
      version: SETTINGS_VERSION,
      lastShortcutFailure: failure,
    });
    expect(applySettingsChange(V1_STORED, { lastShortcutFailure: null })).toEqual({
      version: SETTINGS_VERSION,
      lastShortcutFailure: null,
    });
    expect(applySettingsChange({ settings: 'garbage' }, { lastShortcutFailure: failure })).toEqual({
      version: SETTINGS_VERSION,
      lastShortcutFailure: failure,
    });
  });
});
