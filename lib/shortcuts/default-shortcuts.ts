/**
 * The keys each command suggests, the same in Chrome and Firefox. On Linux and Windows, Firefox
 * gives Alt+Shift+letter to its menu bar's access keys, which differ by language (S opens History
 * in English, L opens Lesezeichen in German), and a suggested key a menu takes never reaches the
 * extension. K, Y and U are no top-level menu's access key in English, German, Polish or French
 * Firefox (`tests/shortcuts/default-shortcuts.test.ts` keeps the letters each one takes), and no
 * Chrome shortcut (Chrome keeps Alt+Shift+A, I and T).
 */
export const DEFAULT_SHORTCUTS = {
  'capture-page': 'Alt+Shift+K',
  'save-selection': 'Alt+Shift+Y',
  'open-library': 'Alt+Shift+U',
} as const;

export type ShortcutCommand = keyof typeof DEFAULT_SHORTCUTS;
