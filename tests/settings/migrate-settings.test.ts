import { describe, expect, it } from 'vitest';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../../lib/settings/migrate-settings';
import { DEFAULT_SETTINGS, readStoredSettings } from '../../lib/settings/settings-schema';

const failure = {
  message: 'Browsers do not let extensions read this page (chrome://).',
  at: '2026-04-01T09:00:00.000Z',
  tabId: 41,
};

/** Every migration from `from` up to the current version, as WXT storage runs them. */
function migrate(stored: unknown, from = 1): unknown {
  let value = stored;
  for (let version = from + 1; version <= SETTINGS_VERSION; version++) {
    const step = SETTINGS_MIGRATIONS[version];
    if (!step) throw new Error(`no migration to version ${version}`);
    value = step(value);
  }
  return value;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('settings migrations', () => {
  it('has a migration for every version after the first', () => {
    for (let version = 2; version <= SETTINGS_VERSION; version++)
      expect(SETTINGS_MIGRATIONS[version]).toBeTypeOf('function');
  });

  it('moves what Clean Capture stored before WXT storage forward intact', () => {
    // Exactly the `settings` value the settings store wrote until it moved to WXT storage.
    const stored = deepFreeze({ version: 2, lastShortcutFailure: failure });
    expect(migrate(stored)).toEqual({ ...DEFAULT_SETTINGS, lastShortcutFailure: failure });
    expect(migrate({ version: 2, lastShortcutFailure: null })).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['a string', '{"version": 2, broken'],
    ['a list', [1, 2]],
    ['a number', 7],
    ['a damaged failure', { version: 2, lastShortcutFailure: { message: 1 } }],
    ['a failure without its time', { version: 2, lastShortcutFailure: { message: 'no time' } }],
  ])('turns damaged settings (%s) into the defaults without throwing', (_, stored) => {
    expect(migrate(stored)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('readStoredSettings', () => {
  it('keeps a failure that had no tab', () => {
    const noTab = { message: failure.message, at: failure.at };
    expect(readStoredSettings({ lastShortcutFailure: noTab }).lastShortcutFailure).toEqual(noTab);
  });

  it('keeps the fields a newer version added, for the upgrade back', () => {
    expect(readStoredSettings({ lastShortcutFailure: failure, theme: 'sepia' })).toEqual({
      lastShortcutFailure: failure,
      keepImageLinksRemote: false,
      theme: 'sepia',
    });
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'garbage'],
  ])('gives the defaults for %s', (_, stored) => {
    expect(readStoredSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });
});
