import { describe, expect, it } from 'vitest';
import { DEFAULT_SHORTCUTS } from '../../lib/shortcuts/default-shortcuts';

/**
 * The access keys of Firefox's top-level menus (File, Edit, View, History, Bookmarks, Tools, Help),
 * read from `browser/menubar.ftl` of firefox-esr 153 and its Debian language packs. With the menu
 * bar's access keys on (the default on Linux and Windows), Alt+Shift+<key> opens that menu and the
 * extension's command never fires. Arabic and Hebrew use letters of their own scripts.
 */
const FIREFOX_MENU_KEYS: Record<string, string> = {
  en: 'F E V S B T H',
  de: 'D B A C L X H',
  pl: 'P E W H Z N C',
  fr: 'F N A H M O E',
};

/** Alt+Shift shortcuts of Chrome itself: focus the toolbar, the feedback form, inactive dialogs. */
const CHROME_KEYS = 'T I A';

const letterOf = (keys: string) => /^Alt\+Shift\+([A-Z])$/.exec(keys)?.[1];

describe('default shortcuts', () => {
  const entries = Object.entries(DEFAULT_SHORTCUTS);

  it('are Alt+Shift+letter, one letter per command', () => {
    expect(entries.length).toBeGreaterThanOrEqual(3);
    const letters = entries.map(([, keys]) => letterOf(keys));
    expect(letters.every(Boolean), entries.join('; ')).toBe(true);
    expect(new Set(letters).size).toBe(entries.length);
  });

  it.each(Object.entries(FIREFOX_MENU_KEYS))('leave every Firefox menu in %s alone', (_, keys) => {
    for (const [command, shortcut] of entries) {
      expect(keys.split(' '), `${command}: ${shortcut}`).not.toContain(letterOf(shortcut));
    }
  });

  it("leave Chrome's own Alt+Shift shortcuts alone", () => {
    for (const [command, shortcut] of entries) {
      expect(CHROME_KEYS.split(' '), `${command}: ${shortcut}`).not.toContain(letterOf(shortcut));
    }
  });
});
