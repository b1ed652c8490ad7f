import { readFileSync, readdirSync } from 'node:fs';
import { h, type ComponentChildren } from 'preact';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parse } from 'yaml';
import { TranslatorContext } from '../../components/shared/use-translator';
import type { Translator } from '../../lib/i18n/create-translator';
import { say, type Message } from '../../lib/i18n/message';
import { saidOf } from '../../lib/i18n/message-error';
import { localeGetMessage, localeTranslator } from '../../cli/locale-translator';

const LOCALES = new URL('../../locales/', import.meta.url);
const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** One message of a locale file: a plain text, or a text per CLDR plural category. */
export type LocaleEntry = { key: string; text: string } | { key: string; forms: Record<string, string> };

/** The languages we ship: one `locales/<lang>.yml` each. */
export function shippedLanguages(): string[] {
  return readdirSync(LOCALES)
    .filter((name) => name.endsWith('.yml'))
    .map((name) => name.slice(0, -'.yml'.length))
    .sort();
}

/** The messages of `locales/<lang>.yml` under their dotted keys, as code names them. */
export function readLocale(lang: string): LocaleEntry[] {
  const tree: unknown = parse(readFileSync(new URL(`${lang}.yml`, LOCALES), 'utf8'));
  const entries: LocaleEntry[] = [];
  const walk = (path: string[], node: unknown) => {
    if (typeof node === 'string') entries.push({ key: path.join('.'), text: node });
    else if (node && typeof node === 'object') {
      const keys = Object.keys(node);
      if (keys.length > 0 && keys.every((k) => PLURAL_CATEGORIES.has(k))) {
        entries.push({ key: path.join('.'), forms: node as Record<string, string> });
      } else for (const [k, v] of Object.entries(node)) walk([...path, k], v);
    } else throw new Error(`${lang}.yml: ${path.join('.')} is neither a text nor a map`);
  };
  walk([], tree);
  return entries;
}

/** A translator over our shipped messages, as the browser gives it to a user of `lang`. */
export function translatorFor(lang = 'en'): Translator {
  return localeTranslator(lang);
}

/** `node` under the translator of `lang`, as our pages' entrypoints render their App. */
export function withMessages(node: ComponentChildren, lang = 'en') {
  return h(TranslatorContext.Provider, { value: translatorFor(lang) }, node);
}

/**
 * Gives WXT's fake browser (which has no i18n) the messages of `lang`, as the browser of such a
 * user does. Call it after `fakeBrowser.reset()`, with mocks restored after each test.
 */
export function fakeBrowserSpeaks(lang = 'en'): void {
  const getMessage = localeGetMessage(lang);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name, subs) =>
    getMessage(name, typeof subs === 'string' ? [subs] : subs),
  );
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang);
}

/** A message as an English-speaking user reads it, for tests that check or report wording. */
export function inEnglish(said: Message | string): string {
  return say(translatorFor('en'), said);
}

const MESSAGE_FIELDS = new Set(['key', 'args', 'count']);
const isMessage = (value: object): value is Message =>
  typeof (value as { key?: unknown }).key === 'string' &&
  Object.keys(value).every((field) => MESSAGE_FIELDS.has(field));

/**
 * `value` with every message in it (a refusal, a skipped file's place and reason) put into English
 * words, for tests that compare a whole result with what an English-speaking user reads.
 */
export function allInEnglish<T>(value: T): InEnglish<T> {
  return words(value) as InEnglish<T>;
}

/** `T` as {@link allInEnglish} gives it back: each message a text. */
export type InEnglish<T> = T extends Message
  ? string
  : T extends readonly (infer U)[]
    ? InEnglish<U>[]
    : T extends Uint8Array
      ? T
      : T extends object
        ? { [K in keyof T]: InEnglish<T[K]> }
        : T;

function words(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(words);
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  if (isMessage(value)) return inEnglish(value);
  return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, words(item)]));
}

/** What a rejected promise tells an English-speaking user; fails the test when it does not reject. */
export async function refusalInEnglish(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return inEnglish(saidOf(error));
  }
  throw new Error('Expected a refusal, but it went through.');
}
