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

// Private-use characters put in a message's placeholders $1…$9, to fill them without asking again.
const FIRST_MARK = 0xe010;
const PLACEHOLDER_MARKS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(FIRST_MARK + i));
const MARK = /[\ue010-\ue018]/g;

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
  // A page's messages never change while it is open, and each look-up is a call into the browser:
  // two hundred highlights in the reading view asked for the same five labels a thousand times, and
  // a list fills the same row labels for every row. So each message is asked for once, with marks
  // in its placeholders, and filled here; '' when it does not exist.
  const templates = new Map<string, string>();
  const template = (name: string): string => {
    let found = templates.get(name);
    if (found === undefined) templates.set(name, (found = getMessage(name, PLACEHOLDER_MARKS)));
    return found;
  };
  const fill = (name: string, args: MessageArg[]): string => {
    const found = template(name);
    // Placeholders left without a value are left empty, as the browser leaves them.
    if (args.length === 0) return found.replace(MARK, '');
    const filled = args.map(text);
    // One pass over the template: a filled value is never read for marks itself.
    return found.replace(MARK, (mark) => filled[mark.charCodeAt(0) - FIRST_MARK] ?? '');
  };
  // A missing message shows its key rather than a blank control; a test keeps the files complete.
  const lookUp = (name: string, args: MessageArg[]) => fill(name, args) || name;
  return {
    locale,
    language,
    t: (key, ...args) => lookUp(messageName(key), args),
    plural(key, count, ...args) {
      const name = messageName(key);
      const all = [count, ...args];
      return fill(`${name}_${rules.select(count)}`, all) || lookUp(`${name}_other`, all);
    },
    number: (n) => numbers.format(n),
  };
}
