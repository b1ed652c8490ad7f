/**
 * The context-menu entries: what each one says and where it shows. Pure data, so the background
 * only registers and wires them, and the strings of this component stay in one place.
 */

/** What a menu entry asks for; also the entry's id, which the browser hands back on a click. */
export const MENU_ACTIONS = ['save-article', 'save-whole-page', 'save-selection', 'save-link'] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

/** Where an entry shows: on the page itself, on selected text, on a link. */
export type MenuContext = 'page' | 'selection' | 'link';

export interface MenuItem {
  id: MenuAction;
  /** The message key of the entry's words, in locales/<lang>.yml. */
  titleKey: string;
  contexts: MenuContext[];
}

/**
 * "page" entries show only where no selection or link is under the pointer (the browsers' rule for
 * the page context), so each place offers just what makes sense there. The words are message keys,
 * so the entries speak the browser's language.
 */
export const MENU_ITEMS: readonly MenuItem[] = [
  { id: 'save-article', titleKey: 'menu.saveArticle', contexts: ['page'] },
  { id: 'save-whole-page', titleKey: 'menu.saveWholePage', contexts: ['page'] },
  { id: 'save-selection', titleKey: 'menu.saveSelection', contexts: ['selection'] },
  { id: 'save-link', titleKey: 'menu.saveLink', contexts: ['link'] },
];

/** The action a clicked entry's id names, or null for an id that is not ours. */
export function menuActionOf(id: string | number): MenuAction | null {
  return (MENU_ACTIONS as readonly (string | number)[]).includes(id) ? (id as MenuAction) : null;
}
