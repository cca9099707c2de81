#!/usr/bin/env node
// npm run bench [-- --only <id,…>] [-- --skip <id,…>] [-- --no-write] [-- --list] [-- --timeout <s>]
//
// Runs the benchmark modules listed in bench/modules.mjs one after the
// other, each in its own process group with a time limit; prints their
// output and a table of the figures; and refreshes each module's section of
// docs/benchmarks.md (date, machine, command, figures, method), leaving the
// rest of that file as it is. Timings are reported, never asserted: the
// exit code is non-zero only when a module fails to produce figures.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DIST_ENV, buildApp, repoRoot } from '../bench/lib/appBuild.mjs';
import { BENCH_MODULES } from '../bench/modules.mjs';

const DOC = join(repoRoot, 'docs', 'benchmarks.md');

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    skip: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
    // Overrides every module's time limit (seconds).
    timeout: { type: 'string' },
  },
});

if (values.list) {
  for (const m of BENCH_MODULES) console.log(`${m.id.padEnd(24)} ${m.file} ${m.args.join(' ')}`);
  process.exit(0);
}

const ids = (text) => new Set((text ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const only = ids(values.only);
const skip = ids(values.skip);
for (const id of [...only, ...skip]) {
  if (!BENCH_MODULES.some((m) => m.id === id)) {
    console.error(`unknown bench module "${id}"; known: ${BENCH_MODULES.map((m) => m.id).join(', ')}`);
    process.exit(2);
  }
}
const selected = BENCH_MODULES.filter((m) => (!only.size || only.has(m.id)) && !skip.has(m.id));
const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');

// ---------------------------------------------------------------- machine

function tryRun(file, args) {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

function machine() {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const chromium = tryRun(chromiumPath, ['--version']).split('\n')[0] || 'not found';
  const commit = tryRun('git', ['-C', repoRoot, 'rev-parse', '--short', 'HEAD']) || 'unknown';
  const dirty = tryRun('git', ['-C', repoRoot, 'status', '--porcelain', '--untracked-files=no']) !== '';
  return {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
    memoryGiB: (os.totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    chromium,
    os: `${os.type()} ${os.release()}`,
    commit: dirty ? `${commit} + uncommitted changes in the working tree` : commit,
  };
}

// ---------------------------------------------------------------- processes

/** Every descendant of `pid` (children first found, by walking ps output). */
function descendants(pid) {
  const out = tryRun('ps', ['-eo', 'pid=,ppid=']);
  const children = new Map();
  for (const line of out.split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(child);
  }
  const found = [];
  const stack = [pid];
  while (stack.length) {
    for (const child of children.get(stack.pop()) ?? []) {
      found.push(child);
      stack.push(child);
    }
  }
  return found;
}

function killQuietly(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

let current = null; // the running module's child process

/**
 * Stops a module and everything it started: Chromium and the sync server
 * run in process groups of their own, so the tree is walked, not only the
 * module's group.
 */
async function stopTree(child) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const tree = [child.pid, ...descendants(child.pid)];
  killQuietly(-child.pid, 'SIGTERM');
  const exited = new Promise((r) => child.once('exit', r));
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  for (const pid of tree) killQuietly(pid, 'SIGKILL');
}

const loadAverage = () => os.loadavg().map((n) => n.toFixed(1)).join(' ');

function runModule(module, env) {
  return new Promise((resolve) => {
    const started = Date.now();
    const loadBefore = loadAverage();
    const limitSeconds = values.timeout ? Number(values.timeout) : module.timeoutSeconds;
    const child = spawn(process.execPath, ['--import', 'tsx', module.file, ...module.args], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    current = child;
    let last = '';
    let resultLine = '';
    const stderrTail = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.log(`  [bench] ${module.id}: no result after ${limitSeconds} s, stopping it`);
      void stopTree(child);
    }, limitSeconds * 1000);

    const lines = (stream, onLine) => {
      let buffer = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        buffer += chunk;
        const parts = buffer.split('\n');
        buffer = parts.pop() ?? '';
        for (const line of parts) onLine(line);
      });
      stream.on('end', () => buffer && onLine(buffer));
    };
    lines(child.stdout, (line) => {
      if (line.startsWith('{') && line.includes('"metrics"')) {
        resultLine = line;
        return;
      }
      last = line;
      console.log(`  ${line}`);
    });
    lines(child.stderr, (line) => {
      if (/^npm warn/.test(line)) return;
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
      console.log(`  ! ${line}`);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      current = null;
      const seconds = (Date.now() - started) / 1000;
      const load = { before: loadBefore, after: loadAverage() };
      if (!resultLine) {
        const why = timedOut ? `timed out after ${limitSeconds} s` : `exited with ${signal ?? code} and no result`;
        resolve({ ok: false, seconds, load, error: `${why}${stderrTail.length ? `: ${stderrTail.slice(-3).join(' ')}` : last ? `: ${last}` : ''}` });
        return;
      }
      try {
        const result = JSON.parse(resultLine);
        if (result.id !== module.id) throw new Error(`result id "${result.id}" is not the module id "${module.id}"`);
        resolve({ ok: true, seconds, load, result });
      } catch (error) {
        resolve({ ok: false, seconds, load, error: `unreadable result: ${error.message}` });
      }
    });
  });
}

// ---------------------------------------------------------------- report

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

const metIcon = (met) => (met === undefined ? '' : met ? 'yes' : 'NO');

function sectionMarkdown(module, outcome, info, date) {
  const start = `<!-- bench:${module.id}:start -->`;
  const end = `<!-- bench:${module.id}:end -->`;
  const title = outcome.ok ? outcome.result.title : module.id;
  const lines = [start, `## ${title}`, ''];
  lines.push(
    `Measured ${date} with \`${command}\` (module \`${module.file}${module.args.length ? ` ${module.args.join(' ')}` : ''}\`, ` +
      `${outcome.seconds.toFixed(0)} s) on ${info.nproc} CPUs (${info.cpu}), ${info.memoryGiB} GiB, Node ${info.node}, ` +
      `${info.chromium}, commit ${info.commit}` +
      (outcome.load ? `; load average (1, 5, 15 min) ${outcome.load.before} before, ${outcome.load.after} after.` : '.'),
    '',
  );
  if (!outcome.ok) {
    lines.push(`**No figures:** ${outcome.skipped ? `skipped (${outcome.error})` : outcome.error}.`, '');
  } else {
    lines.push('| Measurement | Result | Target | Met |', '| --- | --- | --- | --- |');
    for (const m of outcome.result.metrics) lines.push(`| ${m.name} | ${m.display} | ${m.target ?? ''} | ${metIcon(m.met)} |`);
    lines.push('', ...outcome.result.notes.flatMap((note) => (note.startsWith('- ') ? [note] : [note, ''])));
    if (lines[lines.length - 1] !== '') lines.push('');
  }
  lines.push(end);
  return lines.join('\n');
}

const INTRO = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.mjs): each benchmark module of
bench/modules.mjs refreshes its own section below (between its
\`bench:<id>\` markers) with the date, the machine, the command and the
figures; text outside the markers is kept. Figures are reported, never
asserted in tests. Run one module with \`npm run bench -- --only <id>\`;
add one as described at the top of bench/modules.mjs.
`;

function writeDoc(sections) {
  let doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : INTRO;
  for (const { id, markdown } of sections) {
    const pattern = new RegExp(`<!-- bench:${id}:start -->[\\s\\S]*?<!-- bench:${id}:end -->`);
    doc = pattern.test(doc) ? doc.replace(pattern, () => markdown) : `${doc.trimEnd()}\n\n${markdown}\n`;
  }
  writeFileSync(DOC, doc.endsWith('\n') ? doc : `${doc}\n`);
}

// ---------------------------------------------------------------- main

let build = null;
const cleanUp = () => build?.remove();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    console.log(`\n[bench] ${signal}: stopping`);
    await stopTree(current);
    cleanUp();
    process.exit(130);
  });
}

async function main() {
  const info = machine();
  const date = new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  console.log(`[bench] ${date}; ${info.nproc} CPUs, ${info.memoryGiB} GiB, Node ${info.node}, ${info.chromium}; commit ${info.commit}`);
  const runStarted = Date.now();
  const env = { ...process.env };
  const outcomes = [];
  try {
    if (selected.some((m) => m.needsApp)) {
      build = buildApp((line) => console.log(line));
      env[BENCH_DIST_ENV] = build.dir;
    }
    for (const module of selected) {
      const enabled = module.enabled ? module.enabled() : true;
      if (enabled !== true) {
        console.log(`\n[bench] ${module.id}: skipped (${enabled})`);
        outcomes.push({ module, outcome: { ok: false, skipped: true, seconds: 0, error: enabled } });
        continue;
      }
      console.log(`\n[bench] ${module.id}: ${module.file} ${module.args.join(' ')}`);
      const outcome = await runModule(module, env);
      if (!outcome.ok && module.optional) {
        outcome.skipped = true;
        outcome.error = `${module.optional}; ${outcome.error}`;
      }
      outcomes.push({ module, outcome });
      console.log(`[bench] ${module.id}: ${outcome.ok ? 'done' : outcome.skipped ? 'skipped' : 'FAILED'} in ${outcome.seconds.toFixed(0)} s`);
    }
  } finally {
    cleanUp();
  }

  const rows = [['benchmark', 'measurement', 'result', 'target', 'met']];
  for (const { module, outcome } of outcomes) {
    if (!outcome.ok) {
      rows.push([module.id, outcome.skipped ? 'skipped' : 'FAILED', outcome.error.slice(0, 100), '', '']);
      continue;
    }
    for (const m of outcome.result.metrics) rows.push([module.id, m.name, m.display, m.target ?? '', metIcon(m.met)]);
  }
  console.log(`\n${table(rows)}\n`);
  console.log(`[bench] total ${((Date.now() - runStarted) / 1000).toFixed(0)} s`);

  if (!values['no-write']) {
    writeDoc(outcomes.map(({ module, outcome }) => ({ id: module.id, markdown: sectionMarkdown(module, outcome, info, date) })));
    console.log(`[bench] wrote ${DOC.replace(`${repoRoot}/`, '')}`);
  }
  const failed = outcomes.filter(({ outcome }) => !outcome.ok && !outcome.skipped);
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  cleanUp();
  process.exit(1);
});
