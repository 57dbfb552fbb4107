// `pnpm test`: install, build, `pnpm check` (lint, format check, typecheck), then every package's
// tests (the dashboard's include the browser tests in Chromium), ending with one line that sums
// them up: "tests: N passed, N failed".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { must, packages, pnpm } from './lib.mjs';

await must(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], 'Installing dependencies');
await must(['-r', 'build'], 'Build');
// A failed check fails the run, but the tests still run: one CI round shows both.
const checked = (await pnpm(['check'])) === 0;

const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'township-tests-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedPackages = checked ? [] : ['check (lint, format, typecheck)'];
for (const { name } of packages) {
  const report = path.join(reports, `${name}.json`);
  console.log(`\n── ${name} ──`);
  const code = await pnpm(['--filter', `@township/${name}`, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const counts = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, 'utf8')) : null;
  totals.passed += counts?.numPassedTests ?? 0;
  totals.failed += counts?.numFailedTests ?? 0;
  totals.skipped += (counts?.numPendingTests ?? 0) + (counts?.numTodoTests ?? 0);
  // A crash before any test ran still fails the run.
  if (code !== 0 || !counts) failedPackages.push(name);
}
fs.rmSync(reports, { recursive: true, force: true });

if (failedPackages.length) console.log(`\nFailed: ${failedPackages.join(', ')}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedPackages.length || totals.failed ? 1 : 0);
