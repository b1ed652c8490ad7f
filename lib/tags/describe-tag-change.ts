import { list, message, type Message } from '../i18n/message';

/** What changed between two tag lists, for the confirmation after a save, as a message to say. */
export function describeTagChange(before: readonly string[], after: readonly string[]): Message {
  const added = after.filter((t) => !before.includes(t));
  const removed = before.filter((t) => !after.includes(t));
  const names = (tags: string[]) => list(tags.map((t) => message('tags.quoted', t)));
  if (added.length > 0 && removed.length > 0)
    return message('tags.addedAndRemoved', names(added), names(removed));
  if (added.length > 0) return message('tags.added', names(added));
  if (removed.length > 0) return message('tags.removed', names(removed));
  return message('tags.unchanged');
}
