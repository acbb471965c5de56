// The whole test suite in one command: format, types, lint, then every vitest test.
// Each check counts as one test; the last line is `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const checks = [
  ['format (prettier --check)', 'prettier', ['--check', '--log-level', 'warn', '.']],
  ['types (tsc --noEmit)', 'node_modules/tsgo/bin/tsc', ['--noEmit', '-p', 'tsconfig.json']],
  ...(existsSync('builder/tsconfig.json')
    ? [
        [
          'builder types (tsc --noEmit)',
          'node_modules/tsgo/bin/tsc',
          ['--noEmit', '-p', 'builder/tsconfig.json'],
        ],
      ]
    : []),
  ['lint (n8n-node lint)', 'n8n-node', ['lint']],
  ['builder build (vite, when stale)', 'node', ['scripts/build-builder.mjs']],
];

let passed = 0;
let failed = 0;
const failures = [];

for (const [name, cmd, args] of checks) {
  process.stdout.write(`\n== ${name}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  if (r.status === 0) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

process.stdout.write('\n== vitest\n');
const report = join(mkdtempSync(join(tmpdir(), 'handoff-test-')), 'vitest.json');
const extra = process.argv.slice(2);
const v = spawnSync(
  'vitest',
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
  { stdio: 'inherit' },
);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A test file that fails to load has no tests to count; it is a failure all the same.
  const brokenFiles = json.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  );
  failed += brokenFiles.length;
  for (const f of brokenFiles) failures.push(`could not run ${f.name}`);
  if (json.numFailedTests > 0) failures.push(`${json.numFailedTests} vitest test(s)`);
} else {
  failed++;
  failures.push(`vitest exited ${v.status} without a report`);
}

if (failures.length) process.stdout.write(`\nFailed: ${failures.join('; ')}\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
