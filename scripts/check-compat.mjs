#!/usr/bin/env node
// npm run check:compat [-- --dist <dir>] [-- --polyfills <file>]
//
// Fails when the built app (dist/ by default) uses JavaScript that Chromium
// 86 cannot run: syntax or built-ins newer than that, unless the polyfill
// entry (src/polyfills/index.ts) provides them before any other code runs.
// Rural schools run 360 and QQ browsers on Chromium 86–109 cores; no such
// browser runs here, so this static check of every emitted file (app,
// chunks, import worker, service worker) is the guard.
//
// How:
// - eslint-plugin-es-x on the output: every ECMAScript feature after ES2021
//   (Chromium 85 has all of ES2021), in "aggressive" mode, which reports
//   `x.at()` without knowing that `x` is an array (minified code has no types);
//   plus the web APIs newer than Chromium 86 (WEB_APIS below).
// - What the polyfill entry imports is allowed (POLYFILLS maps each import to
//   what it provides), but only in files that run after it: everything under
//   assets/, once every entry (index.html's module scripts, each
//   `new Worker(new URL(…))`) is checked to import the polyfill chunk before
//   any other chunk. The service worker (sw.js, workbox-*.js) gets no polyfill.
// - A few uses were read and found safe (REVIEWED: feature-detected, or a
//   library's own method with a new built-in's name); each is allowed only
//   where its pattern matches the code around it.
//
// Exit code 1 lists each problem as file:line:column, the feature and the
// code around it. checkCompat() does the same for a caller in Node.

import { Linter } from 'eslint';
import esx from 'eslint-plugin-es-x';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

const TARGET = 'Chromium 86';

/** es-x rules for ES2022+ features that Chromium 86 has all the same. */
const SUPPORTED_ANYWAY = [
  'es-x/no-class-instance-fields', // Chromium 72
  'es-x/no-class-static-fields', // 72
  'es-x/no-class-private-fields', // 74
  'es-x/no-class-private-methods', // 84
];

/**
 * es-x rules that, without types, match method or property names that
 * Chromium 86's own built-ins or common libraries also use (`map`, `filter`
 * and `forEach` of arrays; Element Plus `resizable`, Vue `detached`, Dexie
 * `toArray`, mingo `take`): on minified code they report every array. They
 * are replaced by the narrower patterns in NARROWED below.
 */
const AMBIGUOUS = [
  ...['drop', 'every', 'filter', 'find', 'flatmap', 'foreach', 'map', 'reduce', 'some', 'take', 'toarray'].map(
    (method) => `es-x/no-iterator-prototype-${method}`,
  ),
  'es-x/no-resizable-and-growable-arraybuffers',
  'es-x/no-arraybuffer-prototype-transfer',
];

/** Narrower patterns for what AMBIGUOUS turns off: AST selectors, each a feature. */
const NARROWED = [
  {
    feature: 'Iterator helpers (Chromium 122)',
    // `map.values().map(…)`, `s.matchAll(r).filter(…)`; Object.keys/values/entries return arrays.
    selector:
      'CallExpression[callee.property.name=/^(map|filter|take|drop|flatMap|reduce|toArray|forEach|some|every|find)$/]' +
      '[callee.object.type="CallExpression"][callee.object.callee.property.name=/^(values|keys|entries|matchAll)$/]' +
      ':not([callee.object.callee.object.name="Object"])',
  },
  // A buffer can only be resizable if it was made with `maxByteLength`.
  { feature: 'resizable ArrayBuffer (Chromium 111)', selector: 'Identifier[name="maxByteLength"]' },
  {
    feature: 'ArrayBuffer.prototype.transfer (Chromium 114)',
    selector: 'MemberExpression[property.name=/^(transfer|transferToFixedLength)$/]',
  },
];

/** Web platform APIs newer than Chromium 86 (es-x knows only ECMAScript). */
const WEB_APIS = [
  { id: 'crypto.randomUUID', since: 92, selector: 'MemberExpression[property.name="randomUUID"]' },
  { id: 'structuredClone', since: 98, global: 'structuredClone' },
  { id: 'reportError', since: 95, global: 'reportError' },
  { id: 'AbortSignal.timeout', since: 103, selector: 'MemberExpression[object.name="AbortSignal"][property.name="timeout"]' },
  { id: 'AbortSignal.any', since: 116, selector: 'MemberExpression[object.name="AbortSignal"][property.name="any"]' },
  { id: 'AbortSignal.prototype.throwIfAborted', since: 100, selector: 'MemberExpression[property.name="throwIfAborted"]' },
  { id: 'Response.json', since: 105, selector: 'MemberExpression[object.name="Response"][property.name="json"]' },
  { id: 'URL.canParse', since: 120, selector: 'MemberExpression[object.name="URL"][property.name=/^(canParse|parse)$/]' },
  { id: 'HTMLInputElement.prototype.showPicker', since: 99, selector: 'MemberExpression[property.name="showPicker"]' },
  { id: 'Element.prototype.checkVisibility', since: 105, selector: 'MemberExpression[property.name="checkVisibility"]' },
  { id: 'document.startViewTransition', since: 111, selector: 'MemberExpression[property.name="startViewTransition"]' },
];

/**
 * What each import the polyfill entry may have provides: es-x rule ids and
 * WEB_APIS ids. An import missing here fails the check (say what it covers).
 */
const POLYFILLS = {
  'core-js/modules/es.array.at.js': ['es-x/no-array-prototype-at'],
  'core-js/modules/es.string.at-alternative.js': ['es-x/no-string-prototype-at'],
  'core-js/modules/es.object.has-own.js': ['es-x/no-object-hasown'],
  'core-js/modules/es.array.find-last.js': ['es-x/no-array-prototype-findlast-findlastindex'],
  'core-js/modules/es.array.find-last-index.js': ['es-x/no-array-prototype-findlast-findlastindex'],
  'core-js/modules/es.array.to-reversed.js': ['es-x/no-array-prototype-toreversed'],
  'core-js/modules/es.array.to-sorted.js': ['es-x/no-array-prototype-tosorted'],
  'core-js/modules/es.array.to-spliced.js': ['es-x/no-array-prototype-tospliced'],
  'core-js/modules/es.array.with.js': ['es-x/no-array-prototype-with'],
  'core-js/modules/es.object.group-by.js': ['es-x/no-object-groupby'],
  'core-js/modules/es.promise.with-resolvers.js': ['es-x/no-promise-withresolvers'],
  'core-js/modules/web.structured-clone.js': ['structuredClone'],
  './randomUUID': ['crypto.randomUUID'],
};

/**
 * Uses read and found safe. `near` must match the code around the use
 * (150 characters either side), so the same feature elsewhere still fails.
 */
const REVIEWED = [
  {
    rule: 'es-x/no-intl-segmenter',
    near: /`Segmenter`in Intl\)\{let \w+=new Intl\.Segmenter/,
    why: 'Element Plus counts graphemes with Intl.Segmenter only when `"Segmenter" in Intl`',
  },
  {
    rule: 'es-x/no-iterator',
    near: /typeof (Async)?Iterator==`function`\?(Async)?Iterator:Object/,
    why: "tslib's generator helpers inherit from Iterator only when it exists",
  },
  {
    rule: 'es-x/no-symbol-asyncdispose',
    // Lowered for Chromium 86, RxDB's `async [Symbol.asyncDispose]()` member key becomes a variable before the class.
    near: /\b\w+=Symbol\.asyncDispose;var \w+=class\{/,
    why: 'RxDB names a database method by Symbol.asyncDispose; where that is undefined the method is named "undefined" and nothing calls it',
  },
  {
    rule: 'no-restricted-syntax',
    near: /`startViewTransition`in document&&document\.startViewTransition\(/,
    why: "vue-router's RouterLink calls document.startViewTransition only when the browser has it",
  },
  {
    rule: /^es-x\/no-array-prototype-(toreversed|tosorted|tospliced)$/,
    near: /toReversed\(\)\{return \w+\(this\)\.toReversed\(\)\},toSorted\(\w+\)\{return \w+\(this\)\.toSorted\(\w+\)\},toSpliced\(\.\.\.\w+\)\{return \w+\(this\)\.toSpliced\(\.\.\.\w+\)\}/,
    why: "Vue's reactive arrays forward these methods to the raw array, only when the app calls them (ours does not)",
  },
  {
    rule: 'es-x/no-uint8array-prototype-tohex',
    near: /toHex\(\w+=!1\)\{return \w+\(this\.r,this\.g,this\.b,\w+\)\}/,
    why: "@ctrl/tinycolor (Element Plus colour picker) defines its own toHex(); it is not Uint8Array's",
  },
  {
    rule: 'es-x/no-set-prototype-union',
    // Rectangles: copied, transformed or intersected next to the union.
    near: /\.(applyTransform|intersect|copy)\(|new \w+\(0,0,0,0\)/,
    why: "ECharts' zrender BoundingRect has its own union() (dashboard charts); it is not Set's",
  },
  {
    rule: 'es-x/no-intl-pluralrules-prototype-selectrange',
    near: /this\._store=this\._store\.selectRange\(/,
    why: "ECharts' DataStore.selectRange (dashboard charts), not Intl.PluralRules'",
  },
];

// ---------------------------------------------------------------- polyfills

/** The imports of the polyfill entry, checked against POLYFILLS. */
function readPolyfillEntry(file) {
  const source = readFileSync(file, 'utf8');
  const imports = [...source.matchAll(/^import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  const unknown = imports.filter((specifier) => !(specifier in POLYFILLS));
  return { unknown, provides: new Set(imports.flatMap((specifier) => POLYFILLS[specifier] ?? [])) };
}

// ---------------------------------------------------------------- lint

function lintConfig(sourceType, provided) {
  const rules = {
    ...esx.configs['flat/restrict-to-es2021'].rules,
    ...esx.configs['flat/restrict-to-es2021-intl-api'].rules,
    ...esx.configs['flat/no-new-in-esnext'].rules,
    ...esx.configs['flat/no-new-in-esnext-intl-api'].rules,
  };
  for (const rule of [...SUPPORTED_ANYWAY, ...AMBIGUOUS]) rules[rule] = 'off';
  for (const rule of Object.keys(rules)) if (provided.has(rule)) rules[rule] = 'off';
  const apis = WEB_APIS.filter((api) => !provided.has(api.id));
  const message = (api) => `${api.id} (Chromium ${api.since}) is not polyfilled`;
  rules['no-restricted-globals'] = ['error', ...apis.filter((a) => a.global).map((a) => ({ name: a.global, message: message(a) }))];
  rules['no-restricted-syntax'] = [
    'error',
    ...NARROWED.map(({ feature, selector }) => ({ selector, message: `${feature} is not polyfilled` })),
    ...apis.map((api) => ({
      selector: api.selector ?? `MemberExpression[property.name="${api.global}"]`,
      message: message(api),
    })),
  ];
  return [
    {
      plugins: { 'es-x': esx },
      // Report prototype methods without type information: minified code has none.
      settings: { 'es-x': { aggressive: true } },
      languageOptions: { ecmaVersion: 'latest', sourceType, globals: {} },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      rules,
    },
  ];
}

function offsetOf(code, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = code.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

function isReviewed(ruleId, around) {
  return REVIEWED.some(
    ({ rule, near }) => (typeof rule === 'string' ? rule === ruleId : rule.test(ruleId ?? '')) && near.test(around),
  );
}

// ---------------------------------------------------------------- entries

function listJs(dir) {
  const found = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.m?js$/.test(entry.name)) found.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** Static imports of a module, in order, resolved against the module's path. */
function staticImports(linter, file, code) {
  linter.verify(code, [{ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } }], { filename: file });
  const ast = linter.getSourceCode()?.ast;
  return (ast?.body ?? [])
    .filter((node) => node.type === 'ImportDeclaration' && String(node.source.value).startsWith('.'))
    .map((node) => posix.join(posix.dirname(file), String(node.source.value)));
}

/**
 * Entries that run in a browser realm where the polyfills must come first:
 * index.html's module scripts and every `new Worker(new URL(…))` target.
 */
function findEntries(dir, files, codeOf) {
  const entries = [];
  const problems = [];
  const html = existsSync(join(dir, 'index.html')) ? readFileSync(join(dir, 'index.html'), 'utf8') : '';
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="\/?([^"]+)"/g)) entries.push({ file: m[1], kind: 'page' });
  for (const file of files) {
    const code = codeOf(file);
    const workers = code.match(/new\s+(?:Shared)?Worker\(/g)?.length ?? 0;
    const targets = [...code.matchAll(/new\s+(?:Shared)?Worker\(new URL\([`"']\/?([^`"']+)[`"']/g)].map((m) => m[1]);
    for (const target of targets) entries.push({ file: target, kind: 'worker' });
    if (targets.length < workers) {
      problems.push({ file, line: 1, column: 1, rule: 'entry', message: 'starts a Worker whose script this check cannot find', excerpt: '' });
    }
  }
  return { entries, problems };
}

/** The polyfill chunk must be imported before every other chunk (the bundler's runtime helper aside). */
function checkEntryOrder(linter, entry, codeOf) {
  const imports = staticImports(linter, entry.file, codeOf(entry.file));
  const first = imports.find((path) => !/(^|\/)rolldown-runtime-[\w-]+\.js$/.test(path));
  if (first && /(^|\/)polyfills-[\w-]+\.js$/.test(first)) return null;
  return {
    file: entry.file,
    line: 1,
    column: 1,
    rule: 'entry',
    message: `${entry.kind} entry does not import the polyfill chunk first (first import: ${first ?? 'none'})`,
    excerpt: '',
  };
}

// ---------------------------------------------------------------- check

/**
 * Checks every JavaScript file under `distDir`. Returns the files checked
 * and the problems found (empty when the build runs on Chromium 86).
 */
export function checkCompat({ distDir, polyfillEntry }) {
  const files = listJs(distDir);
  const cache = new Map();
  const codeOf = (file) => {
    if (!cache.has(file)) cache.set(file, existsSync(join(distDir, file)) ? readFileSync(join(distDir, file), 'utf8') : '');
    return cache.get(file);
  };
  const polyfills = readPolyfillEntry(polyfillEntry);
  const problems = polyfills.unknown.map((specifier) => ({
    file: relative(repoRoot, polyfillEntry),
    line: 1,
    column: 1,
    rule: 'polyfill',
    message: `"${specifier}" is not in scripts/check-compat.mjs POLYFILLS: say what it provides`,
    excerpt: '',
  }));

  const linter = new Linter({ configType: 'flat' });
  const { entries, problems: entryProblems } = findEntries(distDir, files, codeOf);
  problems.push(...entryProblems);
  const orderProblems = entries.map((entry) => checkEntryOrder(linter, entry, codeOf)).filter(Boolean);
  problems.push(...orderProblems);
  // Polyfills count only where they provably run first.
  const polyfilled = entries.length > 0 && orderProblems.length === 0 ? polyfills.provides : new Set();

  const configs = new Map();
  for (const file of files) {
    // Files at the root are the service worker and Workbox: classic scripts, no polyfills.
    const inApp = file.startsWith('assets/');
    const key = inApp ? 'app' : 'sw';
    if (!configs.has(key)) configs.set(key, lintConfig(inApp ? 'module' : 'script', inApp ? polyfilled : new Set()));
    const code = codeOf(file);
    for (const m of linter.verify(code, configs.get(key), { filename: file })) {
      const offset = offsetOf(code, m.line, m.column);
      if (isReviewed(m.ruleId, code.slice(Math.max(0, offset - 150), offset + 150))) continue;
      problems.push({
        file,
        line: m.line,
        column: m.column,
        rule: m.ruleId ?? 'parse',
        message: m.message,
        excerpt: code.slice(Math.max(0, offset - 50), offset + 50).replace(/\s+/g, ' '),
      });
    }
  }
  return { files, entries, polyfills: [...polyfills.provides], problems };
}

function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: join(repoRoot, 'dist') },
      polyfills: { type: 'string', default: join(repoRoot, 'src', 'polyfills', 'index.ts') },
    },
  });
  const distDir = resolve(values.dist);
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`check-compat: ${distDir} has no index.html: build first (npm run build)`);
    process.exit(2);
  }
  const started = Date.now();
  const { files, entries, polyfills, problems } = checkCompat({ distDir, polyfillEntry: resolve(values.polyfills) });
  for (const p of problems) {
    console.log(`${p.file}:${p.line}:${p.column}  ${p.message}  [${p.rule}]${p.excerpt ? `\n    …${p.excerpt}…` : ''}`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = `${files.length} files, ${entries.length} entries, polyfilled: ${polyfills.join(', ') || 'nothing'} (${seconds} s)`;
  if (problems.length) {
    console.log(`check-compat: ${problems.length} problem(s) for ${TARGET} in ${basename(distDir)}/; ${summary}`);
    process.exitCode = 1;
  } else {
    console.log(`check-compat: ${basename(distDir)}/ runs on ${TARGET}; ${summary}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
