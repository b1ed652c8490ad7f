import type { Message } from './message';

/** An error whose reason is a message for the user, put into words by the page that shows it. */
export class MessageError extends Error {
  override name = 'MessageError';
  constructor(readonly said: Message) {
    super(said.key);
  }
}

/** What to tell the user about anything thrown: a MessageError's message, else the error's own text. */
export function saidOf(error: unknown): Message | string {
  // By its name, not instanceof: a second copy of this module (a reloaded one) makes its own class.
  if (error instanceof Error && error.name === 'MessageError' && 'said' in error)
    return (error as MessageError).said;
  return error instanceof Error ? error.message : String(error);
}

/** An error that tells the user `said`: a MessageError for a message, a plain Error for words already put. */
export function errorSaying(said: Message | string): Error {
  return typeof said === 'string' ? new Error(said) : new MessageError(said);
}
