/** One sentence saying what changed between two tag lists, for the confirmation after a save. */
export function describeTagChange(before: readonly string[], after: readonly string[]): string {
  const added = after.filter((t) => !before.includes(t));
  const removed = before.filter((t) => !after.includes(t));
  const list = (tags: string[]) => tags.map((t) => `“${t}”`).join(', ');
  const parts = [
    added.length > 0 ? `Added ${list(added)}` : '',
    removed.length > 0 ? `${added.length > 0 ? 'removed' : 'Removed'} ${list(removed)}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')}.` : 'Tags unchanged.';
}
