import Dexie, { cmp, type IndexableType, type IntervalTree, type ObservabilitySet } from 'dexie';

/** Past this many, a change is read as "anything may have changed": reading every record is then as cheap. */
const MOST_KEYS = 5_000;

/**
 * The keys a change names one by one, from Dexie's record of it (a tree of key ranges; a plain
 * object when it came from another context), or null when it names a range of keys (a bulk write,
 * a clear) or more than MOST_KEYS: then any record may have changed.
 */
export function keysOfChange(tree: IntervalTree): IndexableType[] | null {
  const keys: IndexableType[] = [];
  const pending: IntervalTree[] = [tree];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (!('from' in node)) continue;
    if (cmp(node.from, node.to) !== 0 || keys.length === MOST_KEYS) return null;
    keys.push(node.from);
    if (node.l) pending.push(node.l);
    if (node.r) pending.push(node.r);
  }
  return keys;
}

/**
 * Calls `changed` when a write to `table` of the database `databaseName` commits, in this page or in
 * any other context of the extension (its background, the popup, another library tab): Dexie tells
 * every context of the origin what each committed transaction changed. `changed` gets the primary
 * keys written (see keysOfChange), or null when any record may have changed. Returns the unsubscribe.
 */
export function watchTableWrites(
  databaseName: string,
  table: string,
  changed: (keys: IndexableType[] | null) => void,
): () => void {
  const prefix = `idb://${databaseName}/${table}/`;
  const listener = (parts: ObservabilitySet) => {
    if (!Object.keys(parts).some((part) => part.startsWith(prefix))) return;
    // The part of the primary keys ('' after the table) names every record written; an index's part
    // only says which of its values changed.
    const written = parts[prefix];
    changed(written === undefined ? null : keysOfChange(written));
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
