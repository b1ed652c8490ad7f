import type { FirstScreen, PopupRow } from './first-screen';

/** The rows a popup shows first, and whether the database gave them or they are the snapshot's. */
export interface FirstRows<Row extends PopupRow = PopupRow> {
  rows: Row[];
  /** True when read from the database; false for the snapshot's rows, which the database's then replace. */
  fromDatabase: boolean;
  /** How many articles are stored, as the snapshot says; null with the database's rows. */
  total: number | null;
}

const fromSnapshotOf = (screen: FirstScreen): FirstRows => ({
  rows: screen.rows,
  fromDatabase: false,
  total: screen.total,
});

/**
 * Whichever answers first: the database's rows, or the snapshot's when it is there before them. A
 * missing or unreadable snapshot waits for the database; a failed database read falls back on the
 * snapshot, and fails only when there is none.
 */
export function firstRowsOf<Row extends PopupRow>(
  database: Promise<Row[]>,
  snapshot: Promise<FirstScreen | null>,
): Promise<FirstRows<Row | PopupRow>> {
  const fromDatabase = database.then((rows) => ({ rows, fromDatabase: true, total: null }));
  const fromSnapshot = snapshot.then(
    (screen) => screen,
    () => null,
  );
  return new Promise((resolve, reject) => {
    fromDatabase.then(resolve, (error: unknown) =>
      fromSnapshot.then((screen) => (screen ? resolve(fromSnapshotOf(screen)) : reject(error))),
    );
    void fromSnapshot.then((screen) => screen && resolve(fromSnapshotOf(screen)));
  });
}
