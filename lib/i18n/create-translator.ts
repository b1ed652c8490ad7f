/**
 * Looks a message up by its `_locales` name with positional substitutions ($1…$9), as
 * `browser.i18n.getMessage` does; an empty string means the message does not exist.
 */
export type GetMessage = (name: string, substitutions?: string[]) => string;

/** What a message's placeholders are filled with. */
export type MessageArg = string | number;

/** Our messages, in the user's language: plain ones, counted ones, and the language's numbers. */
export interface Translator {
  /** The user's locale (a BCP 47 tag such as `pl` or `en-US`), for numbers and dates. */
  readonly locale: string;
  /** The language the messages are written in (`locale`'s, or English when we ship none for it). */
  readonly language: string;
  /** A plain message; numbers among `args` are written the way `locale` writes them. */
  t(key: string, ...args: MessageArg[]): string;
  /**
   * A counted message: `key` is a map of CLDR plural categories in the locale files (`one`,
   * `few`, `many`, `other`…), and the category is the one `Intl.PluralRules` picks for `count`
   * in the language the messages are written in. `$1` is the count, written the locale's way; `args` fill `$2` onwards.
   */
  plural(key: string, count: number, ...args: MessageArg[]): string;
  /** A number written the way `locale` writes numbers. */
  number(n: number): string;
}

/** The `_locales` name of a dotted key: WXT's i18n module flattens nested YAML maps with `_`. */
export function messageName(key: string): string {
  return key.replaceAll('.', '_');
}

/**
 * A translator over `getMessage` for `locale`. Plurals are chosen by CLDR category rather than by
 * @wxt-dev/i18n's own count forms (0, 1, n), which cannot say Polish's 2–4 versus 5–21.
 */
export function createTranslator(getMessage: GetMessage, locale: string): Translator {
  const numbers = new Intl.NumberFormat(locale);
  // The plural rules are those of the language the messages are in, which is not the user's locale
  // when we ship no translation for it (a French user reads English messages, "1 234 articles").
  const language = getMessage('language') || locale;
  const rules = new Intl.PluralRules(language);
  const text = (arg: MessageArg) => (typeof arg === 'number' ? numbers.format(arg) : arg);
  const lookUp = (name: string, args: MessageArg[]) => {
    const message = getMessage(name, args.map(text));
    // A missing message shows its key rather than a blank control; a test keeps the files complete.
    return message === '' ? name : message;
  };
  // A page's messages never change while it is open, and each look-up is a call into the browser:
  // two hundred highlights in the reading view asked for the same five labels a thousand times.
  const fixed = new Map<string, string>();
  return {
    locale,
    language,
    t(key, ...args) {
      if (args.length > 0) return lookUp(messageName(key), args);
      let message = fixed.get(key);
      if (message === undefined) fixed.set(key, (message = lookUp(messageName(key), args)));
      return message;
    },
    plural(key, count, ...args) {
      const name = messageName(key);
      const all = [count, ...args];
      const chosen = getMessage(`${name}_${rules.select(count)}`, all.map(text));
      return chosen === '' ? lookUp(`${name}_other`, all) : chosen;
    },
    number: (n) => numbers.format(n),
  };
}
