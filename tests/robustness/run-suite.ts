import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { CaseRecord } from './robustness-record';
import { RESULTS_FILE } from './robustness-record';

// `npm run test:robustness`: the robustness tests (Node, then real Chromium), then a summary built
// from the cases the tests themselves recorded. Exits non-zero when a test failed, an input was not
// handled, an earlier article was lost, a case never said what it lost, or an export did not restore.

rmSync(RESULTS_FILE, { force: true });
// Import and upgrade cases live beside the code they test but record themselves here too.
const nodeSuites = ['tests/robustness', 'tests/import'];
const browserSuites = [
  'tests/e2e/robustness',
  'tests/e2e/library/import-round-trip.e2e.ts',
  'tests/e2e/platform/upgrade/v1-upgrade.e2e.ts',
];
const runs = [
  ['vitest', 'run', ...nodeSuites],
  ['vitest', 'run', '--config', 'tests/e2e/vitest.config.ts', ...browserSuites],
].map((args) => spawnSync('npx', args, { stdio: 'inherit' }).status ?? 1);

const records: CaseRecord[] = existsSync(RESULTS_FILE)
  ? readFileSync(RESULTS_FILE, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as CaseRecord)
  : [];

const groups = new Map<string, CaseRecord[]>();
for (const record of records) groups.set(record.group, [...(groups.get(record.group) ?? []), record]);
const lost = (list: CaseRecord[]) => list.reduce((sum, r) => sum + (r.lost ?? 0), 0);
const rows = [...groups].map(([group, list]) => ({
  group,
  tried: list.length,
  handled: list.filter((r) => r.handled).length,
  'articles lost': lost(list),
}));
console.log('\nRobustness summary');
console.table(rows);
const unknown = records.filter((r) => r.lost === null);
const unhandled = records.filter((r) => !r.handled);
console.log(
  `inputs tried: ${records.length}, handled: ${records.length - unhandled.length}, articles lost: ${lost(records)}` +
    (unknown.length > 0 ? `, losses not measured: ${unknown.length}` : ''),
);
// Every input that went through export and import (fuzzed pages, the restore drill) says whether
// it came back byte-identical.
const roundTrips = records.filter((r) => r.restorable !== undefined);
const unrestorable = roundTrips.filter((r) => r.restorable === false);
console.log(
  `exports checked by re-import: ${roundTrips.length}, unrestorable exports: ${unrestorable.length}`,
);
for (const r of unhandled)
  console.log(`  NOT HANDLED: [${r.group}] ${r.input}${r.passed ? '' : ' (test failed)'}`);

const failed =
  runs.some((status) => status !== 0) ||
  unhandled.length > 0 ||
  lost(records) > 0 ||
  unknown.length > 0 ||
  unrestorable.length > 0;
process.exit(failed ? 1 : 0);
