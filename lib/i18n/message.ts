import * as v from 'valibot';
import { formatBytes } from '../format/format-bytes.ts';
import type { MessageArg, Translator } from './create-translator.ts';

/**
 * Wording kept as a message key and its parameters instead of a sentence, so that what the
 * background says (and what storage keeps, such as the last failed capture) is put into words
 * where it is shown, in that page's language. With `count`, the key names a counted message.
 */
export interface Message {
  key: string;
  args?: MessageParam[];
  count?: number;
}

/**
 * A parameter: a text or number, a message of its own, a list written the language's way, or a
 * size in bytes written with the reader's numbers (`12,4 MB`).
 */
export type MessageParam = MessageArg | Message | ListParam | { bytes: number };

/** Items to join: with the language's "and" (or its "or"), or as a list of measures (`3 saved, 1 failed`). */
export interface ListParam {
  list: MessageParam[];
  type?: 'conjunction' | 'disjunction' | 'unit';
}

/** A message as it crosses a process boundary or comes back from storage. */
export const MessageSchema: v.GenericSchema<Message> = v.object({
  key: v.string(),
  args: v.optional(
    v.array(
      v.union([
        v.string(),
        v.number(),
        v.lazy(() => MessageSchema),
        v.object({
          list: v.array(v.union([v.string(), v.number(), v.lazy(() => MessageSchema)])),
          type: v.optional(v.picklist(['conjunction', 'disjunction', 'unit'])),
        }),
        v.object({ bytes: v.number() }),
      ]),
    ),
  ),
  count: v.optional(v.number()),
});

/** A plain message: `key` with its placeholders `$1`… filled by `args`. */
export function message(key: string, ...args: MessageParam[]): Message {
  return args.length > 0 ? { key, args } : { key };
}

/** A counted message: `$1` is `count`, in the plural form the language wants; `args` fill `$2` on. */
export function counted(key: string, count: number, ...args: MessageParam[]): Message {
  return args.length > 0 ? { key, count, args } : { key, count };
}

/**
 * Items joined as the language joins a list ("a, b and c"; with `unit`, "a, b, c"), each put into
 * words first.
 */
export function list(items: MessageParam[], type: ListParam['type'] = 'conjunction'): ListParam {
  return type === 'conjunction' ? { list: items } : { list: items, type };
}

/** A size in bytes, written where it is shown with that reader's numbers. */
export function bytes(count: number): MessageParam {
  return { bytes: count };
}

/**
 * A message in `translator`'s language. A plain string is shown as it is: an error's own text, or
 * wording stored by a version from before messages were kept as keys.
 */
export function say(translator: Translator, said: Message | string): string {
  if (typeof said === 'string') return said;
  const args = (said.args ?? []).map((arg) => word(translator, arg));
  return said.count === undefined
    ? translator.t(said.key, ...args)
    : translator.plural(said.key, said.count, ...args);
}

function word(translator: Translator, param: MessageParam): MessageArg {
  if (typeof param === 'string' || typeof param === 'number') return param;
  if ('bytes' in param) return formatBytes(param.bytes, translator.locale);
  if ('list' in param) {
    const items = param.list.map((item) => String(word(translator, item)));
    // Long style: English's short conjunction is "a, b, & c".
    const type = param.type ?? 'conjunction';
    const style = type === 'unit' ? 'short' : 'long';
    return new Intl.ListFormat(translator.language, { type, style }).format(items);
  }
  return say(translator, param);
}
