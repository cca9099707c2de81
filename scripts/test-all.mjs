#!/usr/bin/env node
// Runs the whole test suite: the four vitest projects one after another
// (unit, component, server, e2e), building dist/ once before e2e, and ends
// with exactly one summary line: `N passed, N failed[, N skipped]`.
//
// Usage: node scripts/test-all.mjs [--project NAME]... [other vitest args]
//   npm test                          everything
//   npm test -- --project unit        one project
//   npm test -- -t "身份证"            a name filter, passed to every project
//
// Projects run one at a time, not as one vitest run: server and e2e tests
// start servers and PostgreSQL work, and on a 2-core machine running them
// beside the others makes timeouts flaky. Each project writes a JSON report
// to test-results/vitest/<project>.json; the summary is counted from those.
// Exit code: 1 if anything failed (a test, a file that did not load, a
// vitest crash, the build) or if no test ran at all.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILD_STATE_ENV, ensureBuilt, repoRoot } from '../tests/e2e/support/build.mjs';

const PROJECTS = ['unit', 'component', 'server', 'e2e'];
const reportDir = join(repoRoot, 'test-results', 'vitest');
const vitestBin = join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');

function parseArgs(argv) {
  const projects = [];
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--project' && i + 1 < argv.length) projects.push(argv[++i]);
    else if (arg.startsWith('--project=')) projects.push(arg.slice('--project='.length));
    else rest.push(arg);
  }
  for (const p of projects) {
    if (!PROJECTS.includes(p)) {
      console.error(`unknown project "${p}" (known: ${PROJECTS.join(', ')})`);
      process.exit(2);
    }
  }
  return { projects: projects.length ? PROJECTS.filter((p) => projects.includes(p)) : PROJECTS, rest };
}

/** Mirrors the e2e project's include: any *.test.ts under tests/e2e. */
function hasE2eTests(dir = join(repoRoot, 'tests', 'e2e')) {
  if (!existsSync(dir)) return false;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() ? hasE2eTests(join(dir, entry.name)) : entry.name.endsWith('.test.ts')) return true;
  }
  return false;
}

/** Counts one project's JSON report; adds failures vitest reports only by exit code. */
function countProject(project, reportFile, exitCode) {
  const counts = { project, passed: 0, failed: 0, skipped: 0, failures: [] };
  if (!existsSync(reportFile)) {
    counts.failed = 1;
    counts.failures.push(`vitest exited with ${exitCode} and wrote no report (crash or config error: see its output above)`);
    return counts;
  }
  let report;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch (err) {
    counts.failed = 1;
    counts.failures.push(`unreadable report ${relative(repoRoot, reportFile)}: ${err instanceof Error ? err.message : String(err)}`);
    return counts;
  }
  for (const file of report.testResults ?? []) {
    const name = relative(repoRoot, file.name);
    let failedHere = 0;
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'passed') counts.passed++;
      else if (test.status === 'failed') {
        counts.failed++;
        failedHere++;
        counts.failures.push(`${name} > ${test.fullName}`);
      } else counts.skipped++;
    }
    // A file that failed to load, or whose hooks threw, fails with no failed test.
    if (file.status === 'failed' && failedHere === 0) {
      counts.failed++;
      const message = (file.message ?? '').split('\n')[0];
      counts.failures.push(`${name} (file failed${message ? `: ${message}` : ''})`);
    }
  }
  // Unhandled errors fail the run without failing any test.
  if (exitCode !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.failures.push(`vitest exited with ${exitCode} (unhandled error: see its output above)`);
  }
  return counts;
}

function runProject(project, extraArgs, env) {
  const reportFile = join(reportDir, `${project}.json`);
  rmSync(reportFile, { force: true });
  console.log(`\n=== vitest: ${project} ===`);
  const args = [
    vitestBin,
    'run',
    '--project',
    project,
    '--passWithNoTests',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...extraArgs,
  ];
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'], env });
  const exitCode = result.status ?? result.signal ?? 'unknown';
  return countProject(project, reportFile, exitCode);
}

function main() {
  const { projects, rest } = parseArgs(process.argv.slice(2));
  if (!existsSync(vitestBin)) {
    console.error(`vitest is not installed (${relative(repoRoot, vitestBin)} missing): run npm ci`);
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
    return;
  }
  mkdirSync(reportDir, { recursive: true });
  const env = { ...process.env };
  const results = [];

  for (const project of projects) {
    if (project === 'e2e' && hasE2eTests()) {
      console.log('\n=== build for e2e ===');
      const build = ensureBuilt();
      env[BUILD_STATE_ENV] = build.ok ? 'ok' : 'failed';
      if (!build.ok) {
        results.push({ project: 'build', passed: 0, failed: 1, skipped: 0, failures: ['npx vite build failed (see its output above); e2e tests ran against no app'] });
      }
    }
    results.push(runProject(project, rest, env));
  }

  const total = results.reduce(
    (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );

  console.log('\n=== summary ===');
  for (const r of results) {
    console.log(`${r.project.padEnd(10)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
  }
  const failures = results.flatMap((r) => r.failures.map((f) => `[${r.project}] ${f}`));
  if (failures.length) {
    console.log('\nFailed:');
    for (const f of failures) console.log(`  ${f}`);
  }
  if (total.passed + total.failed === 0) console.log('\nNo test ran: that counts as a failure.');
  console.log(`JSON reports: ${relative(repoRoot, reportDir)}/`);
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  process.exitCode = total.failed > 0 || total.passed + total.failed === 0 ? 1 : 0;
}

main();
