import { describe, expect, it } from 'vitest';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../../lib/settings/migrate-settings';
import { DEFAULT_SETTINGS, readStoredSettings } from '../../lib/settings/settings-schema';
import { DEFAULT_TEMPLATE_SETTINGS } from '../../lib/templates/template-settings';
import { DEFAULT_MARKDOWN_STYLE } from '../../lib/markdown/markdown-style';

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

describe('the templates section (version 3)', () => {
  it('starts an upgrade from version 2 with the names and front matter the export wrote before', () => {
    const stored = deepFreeze({ lastShortcutFailure: failure, keepImageLinksRemote: true });
    expect(SETTINGS_MIGRATIONS[3]?.(stored)).toMatchObject({
      ...stored,
      templates: DEFAULT_TEMPLATE_SETTINGS,
    });
    expect(DEFAULT_TEMPLATE_SETTINGS).toMatchObject({
      fileName: '{title}',
      frontMatter: { omit: [], rename: {}, constants: {}, defaultTags: [] },
    });
  });

  it.each([
    ['not an object', 'templates'],
    ['an unknown layout version', { ...DEFAULT_TEMPLATE_SETTINGS, version: 9 }],
    ['a bad file name template', { ...DEFAULT_TEMPLATE_SETTINGS, fileName: '../{title}' }],
    ['a damaged front matter option', { ...DEFAULT_TEMPLATE_SETTINGS, frontMatter: { omit: 'all' } }],
    [
      'a constant field shadowing an article field',
      {
        ...DEFAULT_TEMPLATE_SETTINGS,
        frontMatter: { ...DEFAULT_TEMPLATE_SETTINGS.frontMatter, constants: { source: 'x' } },
      },
    ],
  ])('reads stored templates with %s as the defaults, never naming a file from them', (_, templates) => {
    expect(readStoredSettings({ templates }).templates).toEqual(DEFAULT_TEMPLATE_SETTINGS);
  });

  it('keeps valid stored templates', () => {
    const templates = { ...DEFAULT_TEMPLATE_SETTINGS, fileName: '{yyyy}/{mm}/{title}' };
    expect(readStoredSettings({ templates }).templates).toEqual(templates);
  });
});

describe('the Markdown style and Obsidian vault (version 4)', () => {
  it('starts an upgrade from version 3 with the Markdown every capture wrote before, and no vault', () => {
    const templates = { ...DEFAULT_TEMPLATE_SETTINGS, fileName: '{yyyy}/{title}' };
    const stored = deepFreeze({ lastShortcutFailure: failure, keepImageLinksRemote: true, templates });
    expect(SETTINGS_MIGRATIONS[4]?.(stored)).toEqual({
      ...stored,
      markdownStyle: DEFAULT_MARKDOWN_STYLE,
      obsidianVault: '',
    });
    expect(DEFAULT_MARKDOWN_STYLE).toEqual({
      headingStyle: 'atx',
      bulletListMarker: '-',
      emDelimiter: '*',
      strongDelimiter: '**',
      fence: '```',
      linkStyle: 'inlined',
    });
  });

  it('moves settings from the first layout through every version to version 4 intact', () => {
    expect(migrate({ version: 2, lastShortcutFailure: failure })).toEqual({
      ...DEFAULT_SETTINGS,
      lastShortcutFailure: failure,
    });
  });

  it.each([
    ['a style that is not an object', { markdownStyle: 'setext' }],
    ['an unknown bullet', { markdownStyle: { ...DEFAULT_MARKDOWN_STYLE, bulletListMarker: '•' } }],
    ['half a style', { markdownStyle: { headingStyle: 'setext' } }],
    ['a vault that is not text', { obsidianVault: 7 }],
    ['a vault with a line break', { obsidianVault: 'Notes\nx' }],
  ])('reads %s as the default, never as half a setting', (_, stored) => {
    const read = readStoredSettings(stored);
    expect(read.markdownStyle).toEqual(DEFAULT_MARKDOWN_STYLE);
    expect(read.obsidianVault).toBe('');
  });

  it('keeps a chosen style and vault', () => {
    const markdownStyle = { ...DEFAULT_MARKDOWN_STYLE, headingStyle: 'setext', fence: '~~~' };
    expect(readStoredSettings({ markdownStyle, obsidianVault: 'Reading' })).toMatchObject({
      markdownStyle,
      obsidianVault: 'Reading',
    });
  });
});

describe('readStoredSettings', () => {
  it('keeps a failure that had no tab', () => {
    const noTab = { message: failure.message, at: failure.at };
    expect(readStoredSettings({ lastShortcutFailure: noTab }).lastShortcutFailure).toEqual(noTab);
  });

  it('keeps the fields a newer version added, for the upgrade back', () => {
    expect(readStoredSettings({ lastShortcutFailure: failure, theme: 'sepia' })).toEqual({
      ...DEFAULT_SETTINGS,
      lastShortcutFailure: failure,
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
