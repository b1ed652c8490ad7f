/** The articles before and after one in a list's order, for "previous" and "next"; null at the ends. */
export function neighbours(
  order: readonly number[],
  id: number,
): { previous: number | null; next: number | null } {
  const at = order.indexOf(id);
  if (at === -1) return { previous: null, next: null };
  return { previous: order[at - 1] ?? null, next: order[at + 1] ?? null };
}
