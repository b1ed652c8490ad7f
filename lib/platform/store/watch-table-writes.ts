import Dexie, { type ObservabilitySet } from 'dexie';

/**
 * Calls `changed` when a write to `table` of the database `databaseName` commits, in this page or in
 * any other context of the extension (its background, the popup, another library tab): Dexie tells
 * every context of the origin what each committed transaction changed. Returns the unsubscribe.
 */
export function watchTableWrites(databaseName: string, table: string, changed: () => void): () => void {
  const prefix = `idb://${databaseName}/${table}/`;
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) changed();
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
