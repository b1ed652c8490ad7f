import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createTranslator, type GetMessage, type Translator } from '../lib/i18n/create-translator.ts';

const LOCALES = new URL('../locales/', import.meta.url);
const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/**
 * `browser.i18n.getMessage` over `locales/<lang>.yml`, outside the browser: nested keys joined with
 * `_` as WXT's i18n module names them, a counted message's forms as `<name>_<category>`.
 */
export function localeGetMessage(lang: string): GetMessage {
  const names = new Map<string, string>();
  const walk = (path: string[], node: unknown) => {
    if (typeof node === 'string') names.set(path.join('_'), node);
    else if (node && typeof node === 'object') {
      const counted = Object.keys(node).every((key) => PLURAL_CATEGORIES.has(key));
      for (const [key, value] of Object.entries(node)) {
        if (counted) names.set(`${path.join('_')}_${key}`, String(value));
        else walk([...path, key], value);
      }
    }
  };
  walk([], parse(readFileSync(new URL(`${lang}.yml`, LOCALES), 'utf8')));
  return (name, substitutions = []) =>
    (names.get(name) ?? '').replace(/\$(\d)/g, (_, i: string) => substitutions[Number(i) - 1] ?? '');
}

/** Our messages in `lang`, for the command line and tests in Node. */
export function localeTranslator(lang: string): Translator {
  return createTranslator(localeGetMessage(lang), lang);
}
