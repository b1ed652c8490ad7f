import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { onTestFinished } from 'vitest';

/** One hostile or broken input the suite tried, with what the test saw. */
export interface CaseRecord {
  group: string;
  input: string;
  /** The user got a clear message or the correct result, and the test's assertions held. */
  handled: boolean;
  /** Articles stored before the input that were missing or changed after it; null if never compared. */
  lost: number | null;
  /** Whether the whole test passed. */
  passed: boolean;
  /** For an input that went through export and import: whether it came back byte-identical. */
  restorable?: boolean;
}

/** Where every robustness test appends its cases; `npm run test:robustness` prints a summary of it. */
export const RESULTS_FILE = resolve('test-output/robustness/results.jsonl');

export interface CaseTally {
  /** What the test observed: was the input handled (message shown or right result stored)? */
  handled(value: boolean): void;
  /** How many earlier articles were lost or changed by this input. */
  lost(count: number): void;
}

/**
 * Registers the running test as one input of the robustness summary. The record is written when the
 * test finishes, from what the test observed and whether it passed: a test that throws before it
 * reports counts as not handled, and its losses as unknown.
 */
export function robustnessCase(group: string, input: string): CaseTally {
  let handled = false;
  let lost: number | null = null;
  onTestFinished(({ task }) => {
    const passed = task.result?.state === 'pass';
    const record: CaseRecord = { group, input, handled: handled && passed, lost, passed };
    mkdirSync(dirname(RESULTS_FILE), { recursive: true });
    appendFileSync(RESULTS_FILE, `${JSON.stringify(record)}\n`);
  });
  return {
    handled(value) {
      handled = value;
    },
    lost(count) {
      lost = count;
    },
  };
}

/** A stored article as comparable text (record and body). */
type Comparable = { id: number };

/**
 * How many of the articles in `before` are missing from `after` or differ in any field or in their
 * body. Articles only in `after` (new captures) do not count.
 */
export function countLost(before: readonly Comparable[], after: readonly Comparable[]): number {
  const now = new Map(after.map((a) => [a.id, stable(a)]));
  return before.filter((a) => now.get(a.id) !== stable(a)).length;
}

/** What one generated input of a fuzz property did. */
export interface FuzzOutcome {
  input: string;
  handled: boolean;
  lost: number | null;
  restorable?: boolean;
}

/**
 * Registers the running test as many inputs of the robustness summary, one per `add`: a fuzz
 * property runs hundreds of inputs in one test. Written when the test finishes; if the test
 * failed, no input of it counts as handled.
 */
export function robustnessCases(group: string): { add(outcome: FuzzOutcome): void } {
  const outcomes: FuzzOutcome[] = [];
  onTestFinished(({ task }) => {
    const passed = task.result?.state === 'pass';
    const lines = outcomes.map(({ input, handled, lost, restorable }) => {
      const record: CaseRecord = {
        group,
        input: input.slice(0, 200),
        handled: handled && passed,
        lost,
        passed,
      };
      if (restorable !== undefined) record.restorable = restorable;
      return `${JSON.stringify(record)}\n`;
    });
    mkdirSync(dirname(RESULTS_FILE), { recursive: true });
    appendFileSync(RESULTS_FILE, lines.join(''));
  });
  return {
    add(outcome) {
      outcomes.push(outcome);
    },
  };
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
