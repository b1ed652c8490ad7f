import * as v from 'valibot';
import { MessageSchema, type Message } from './message.ts';

// valibot keeps an issue's message as text, so a schema of ours writes its Message there as JSON
// and reads it back with issueMessage: the check and its wording stay side by side in the schema.

/** `said` in the form a valibot schema takes as an issue's message. */
export function schemaMessage(said: Message): string {
  return JSON.stringify(said);
}

/**
 * The message a schema gave an issue through {@link schemaMessage}; valibot's own words for an
 * issue the schema did not word, and `fallback` when there is no issue.
 */
export function issueMessage(issue: { message: string } | undefined, fallback: Message): Message | string {
  if (!issue) return fallback;
  try {
    const said: unknown = JSON.parse(issue.message);
    if (v.is(MessageSchema, said)) return said;
  } catch {
    // Not one of ours: valibot's own wording.
  }
  return issue.message;
}
