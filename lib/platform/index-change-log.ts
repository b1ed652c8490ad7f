import { Dexie, type EntityTable } from 'dexie';

/**
 * Which articles were written since the full-text index last took them in: every context that
 * writes articles notes the ids here once its transaction commits (getDatabase's watch), and the
 * index's pass reads them instead of every record. Deletes and undos are found only this way; new
 * captures and re-captures are also found without it (lib/search/index-changes.ts). It is a
 * database of its own, as the index is, so it needs no version of the articles' schema.
 */
interface ChangeRow {
  seq?: number;
  /** The ids written; null when the write named none (the articles cleared at once). */
  ids: number[] | null;
}

export type IndexChangeLog = Dexie & { changes: EntityTable<ChangeRow, 'seq'> };

/** What the log held when a pass read it. */
export interface IndexChanges {
  /** The last row read: what the pass drops once it has taken the changes in. */
  upTo: number;
  ids: number[];
  /** Some write named no ids: every record must be read. */
  all: boolean;
}

/** Opens the change log (in any extension context or worker). */
export function openIndexChangeLog(name = 'clean-capture-index-changes'): IndexChangeLog {
  const log = new Dexie(name) as IndexChangeLog;
  log.version(1).stores({ changes: '++seq' });
  return log;
}

/** Notes that these articles were written ('all': every article may have been). */
export async function noteIndexChanges(log: IndexChangeLog, ids: readonly number[] | 'all'): Promise<void> {
  if (ids !== 'all' && ids.length === 0) return;
  await log.changes.add({ ids: ids === 'all' ? null : [...ids] });
}

/** The changes noted so far. */
export async function readIndexChanges(log: IndexChangeLog): Promise<IndexChanges> {
  const rows = await log.changes.toArray();
  const ids = new Set<number>();
  let all = false;
  for (const row of rows) {
    if (row.ids === null) all = true;
    else for (const id of row.ids) ids.add(id);
  }
  return { upTo: rows.at(-1)?.seq ?? 0, ids: [...ids], all };
}

/** Drops the changes a pass has taken in; those noted since stay for the next pass. */
export async function dropIndexChanges(log: IndexChangeLog, upTo: number): Promise<void> {
  if (upTo > 0) await log.changes.where('seq').belowOrEqual(upTo).delete();
}

let here: IndexChangeLog | undefined;

/** Notes written articles in this context's change log, opened on first use; a failure is only logged. */
export function noteIndexChangesHere(ids: readonly number[] | 'all'): void {
  here ??= openIndexChangeLog();
  // Lost only with the context itself; new captures and re-captures are found without the log.
  noteIndexChanges(here, ids).catch((error: unknown) => console.error('Search index change log:', error));
}
