import { browser } from 'wxt/browser';
import { createTranslator, type GetMessage, type Translator } from '../i18n/create-translator';

// WXT's i18n module types getMessage with the English keys only, but plural names are built at run
// time (`…_few` exists only in Polish); tests/i18n/locale-files.test.ts checks the names instead.
const getMessage: GetMessage = (name, substitutions) =>
  (browser.i18n.getMessage as unknown as GetMessage)(name, substitutions);

/** Our messages in the browser's language, from the `_locales` that WXT's i18n module builds. */
export function browserTranslator(): Translator {
  return createTranslator(getMessage, browser.i18n.getUILanguage());
}

/**
 * Gives one of our pages the language and writing direction of its messages, so Arabic lays out
 * right to left. The direction is a message of each locale file: Chromium's predefined `@@bidi_dir`
 * said "ltr" in a headless Arabic browser whose messages were Arabic.
 */
export function applyPageLanguage(root: HTMLElement): void {
  root.lang = getMessage('language') || browser.i18n.getUILanguage();
  root.dir = getMessage('direction') || 'ltr';
}
