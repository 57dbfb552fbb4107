// `pnpm test`: install, build what changed, `pnpm check` (lint, format check, typecheck), then
// every package's tests (the dashboard's include the browser tests in Chromium), ending with one
// line that sums them up: "tests: N passed, N failed". `node scripts/test.mjs <layer>`
// (`pnpm test:unit`, `test:db`, `test:e2e`) runs one layer only, after building just what that
// layer reads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildChanged, must, packages, pnpm } from './lib.mjs';

const LAYERS = {
  // No database, no browser: shared, the API's *.unit.test.ts files, the dashboard's components.
  unit: { builds: ['shared'], runs: [['shared'], ['api', '--project', 'unit'], ['dashboard', '--project', 'unit']] },
  // The API against a real PostgreSQL (one embedded server per run, a database per file).
  db: { builds: ['shared'], runs: [['api', '--project', 'db']] },
  // The built product in Chromium.
  e2e: { builds: ['shared', 'api', 'dashboard'], runs: [['dashboard', '--project', 'e2e']] },
};

const layer = process.argv[2];
if (layer && !LAYERS[layer]) {
  console.error(`No test layer "${layer}": choose one of ${Object.keys(LAYERS).join(', ')}, or none for all.`);
  process.exit(2);
}
if (layer) {
  await buildChanged(LAYERS[layer].builds);
} else {
  await must(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], 'Installing dependencies');
  await buildChanged();
}
// A failed check fails the run, but the tests still run: one CI round shows both.
const checked = layer || (await pnpm(['check'])) === 0;
const runs = layer ? LAYERS[layer].runs : packages.map(({ name }) => [name]);
// The dashboard's operation types are generated (src/gql): the typecheck does it for a full run,
// a layer may find the dashboard built from older sources or not at all.
if (layer && runs.some(([name]) => name === 'dashboard'))
  await must(['--filter', '@township/dashboard', 'codegen'], 'Generating the dashboard’s GraphQL types');

const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'township-tests-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedRuns = checked ? [] : ['check (lint, format, typecheck)'];
for (const [name, ...args] of runs) {
  const label = [name, ...args.filter((arg) => !arg.startsWith('--'))].join(' ');
  const report = path.join(reports, `${label.replace(/ /g, '-')}.json`);
  console.log(`\n── ${label} ──`);
  const code = await pnpm([
    '--filter',
    `@township/${name}`,
    'exec',
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  const counts = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, 'utf8')) : null;
  totals.passed += counts?.numPassedTests ?? 0;
  totals.failed += counts?.numFailedTests ?? 0;
  totals.skipped += (counts?.numPendingTests ?? 0) + (counts?.numTodoTests ?? 0);
  // A crash before any test ran still fails the run.
  if (code !== 0 || !counts) failedRuns.push(label);
}
fs.rmSync(reports, { recursive: true, force: true });

if (failedRuns.length) console.log(`\nFailed: ${failedRuns.join(', ')}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedRuns.length || totals.failed ? 1 : 0);
