import { createTranslator, type GetMessage, type Translator } from '../i18n/create-translator';

/** The part of the browser's `i18n` API our pages' messages use. */
export interface PageI18n {
  getMessage(name: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

/** Our messages in the browser's language, over the `i18n` API given (polyfilled or the browser's own). */
export function translatorOver(i18n: PageI18n): Translator {
  const getMessage: GetMessage = (name, substitutions) => i18n.getMessage(name, substitutions);
  return createTranslator(getMessage, i18n.getUILanguage());
}

/**
 * Gives one of our pages the language and writing direction of its messages, so Arabic lays out
 * right to left. The direction is a message of each locale file: Chromium's predefined `@@bidi_dir`
 * said "ltr" in a headless Arabic browser whose messages were Arabic.
 */
export function applyPageLanguageOver(root: HTMLElement, i18n: PageI18n): void {
  root.lang = i18n.getMessage('language') || i18n.getUILanguage();
  root.dir = i18n.getMessage('direction') || 'ltr';
}
