import { browser } from 'wxt/browser';
import type { Translator } from '../i18n/create-translator';
import { applyPageLanguageOver, translatorOver, type PageI18n } from './page-translator';

// WXT's i18n module types getMessage with the English keys only, but plural names are built at run
// time (`…_few` exists only in Polish); tests/i18n/locale-files.test.ts checks the names instead.
const i18n = () => browser.i18n as unknown as PageI18n;

/** Our messages in the browser's language, from the `_locales` that WXT's i18n module builds. */
export function browserTranslator(): Translator {
  return translatorOver(i18n());
}

/** Gives one of our pages the language and writing direction of its messages (see applyPageLanguageOver). */
export function applyPageLanguage(root: HTMLElement): void {
  applyPageLanguageOver(root, i18n());
}
