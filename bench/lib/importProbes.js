// Code that runs inside the pages of the import and roster benchmarks
// (bench/importWorkbook.ts, bench/rosterScroll.ts). Plain browser JavaScript
// for the same reason as pageProbes.js: functions handed to page.evaluate
// from tsx-compiled TypeScript carry esbuild's `__name(…)` helper.
//
// Injected with page.addInitScript({ path }) so that it is present from the
// first script of every document of the context (the IndexedDB tracer must
// wrap IDBDatabase.prototype.transaction before the app opens its database).
// Types and docs: importProbes.ts.
//
// Defines globalThis.xiaoanImportBench = {
//   watchStart, watchStop,            main-thread responsiveness (longtask + frame gaps)
//   idbTraceStart, idbTraceStop,      read-write IndexedDB transactions, per database
//   armImport, importDone,            drives the import wizard from the page itself
//   baseline,                         SheetJS parse + Dexie bulkPut of the same rows
//   timeUntil, scrollToEnd,           roster probes
// }
(() => {
  if (globalThis.xiaoanImportBench) return;
  const now = () => performance.now();
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  // ---------------------------------------------------------------- responsiveness
  /**
   * Long tasks (> 50 ms on the main thread, PerformanceObserver 'longtask')
   * and the gaps between animation frames (a frame gap is how long the page
   * could not paint: the user sees a freeze that long).
   */
  let watch = null;
  function watchStart() {
    const state = { started: now(), tasks: [], gaps: [], last: now(), running: true, observer: null };
    try {
      state.observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.tasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
      });
      state.observer.observe({ type: 'longtask', buffered: false });
    } catch {
      state.observer = null;
    }
    const tick = (t) => {
      if (!state.running) return;
      state.gaps.push([Math.round(state.last), t - state.last]);
      state.last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      state.last = t;
      requestAnimationFrame(tick);
    });
    watch = state;
    return state.started;
  }

  function summariseGaps(gaps) {
    const values = gaps.map(([, g]) => g).sort((a, b) => a - b);
    const pick = (q) => (values.length ? values[Math.min(values.length - 1, Math.floor(q * values.length))] : 0);
    return {
      frames: values.length,
      maxGapMs: Math.round(values[values.length - 1] ?? 0),
      p95GapMs: Math.round(pick(0.95)),
      medianGapMs: Math.round(pick(0.5) * 10) / 10,
      over50: values.filter((g) => g > 50).length,
      over100: values.filter((g) => g > 100).length,
    };
  }

  /** Stops watching; `from`/`to` (performance.now()) limit what is summarised. */
  async function watchStop(from, to) {
    const state = watch;
    if (!state) throw new Error('watchStop() without watchStart()');
    // Let the observer deliver the last entries.
    await nextFrame();
    await new Promise((r) => setTimeout(r, 50));
    state.running = false;
    state.observer?.disconnect();
    watch = null;
    const lo = from ?? state.started;
    const hi = to ?? now();
    const tasks = state.tasks.filter(([start, d]) => start + d >= lo && start <= hi);
    const gaps = state.gaps.filter(([start, g]) => start + g >= lo && start <= hi);
    const durations = tasks.map(([, d]) => d);
    return {
      longtaskSupported: state.observer !== null,
      longTasks: tasks.length,
      longestTaskMs: durations.length ? Math.max(...durations) : 0,
      // Total blocking time: the part of each long task beyond 50 ms.
      blockingMs: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      tasks: tasks.sort((a, b) => b[1] - a[1]).slice(0, 12).map(([start, d]) => [Math.round(start - lo), d]),
      ...summariseGaps(gaps),
      worstGaps: [...gaps].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([start, g]) => [Math.round(start - lo), Math.round(g)]),
    };
  }

  // ---------------------------------------------------------------- IndexedDB trace
  /**
   * Read-write transactions as the app's database layer issues them: which
   * database (RxDB's Dexie storage keeps one per collection), when it
   * started and when it completed. Wrapping the prototype costs a closure
   * per transaction; it is switched on only around the measured commit.
   */
  let trace = null;
  const proto = globalThis.IDBDatabase && IDBDatabase.prototype;
  if (proto && !proto.__xiaoanWrapped) {
    const original = proto.transaction;
    proto.transaction = function (stores, mode, options) {
      const tx = original.call(this, stores, mode, options);
      if (trace && mode === 'readwrite') {
        const entry = { db: this.name, stores: [].concat(stores).join(','), start: now(), end: 0 };
        trace.push(entry);
        tx.addEventListener('complete', () => (entry.end = now()));
        tx.addEventListener('abort', () => (entry.end = -now()));
      }
      return tx;
    };
    proto.__xiaoanWrapped = true;
  }
  function idbTraceStart() {
    trace = [];
  }
  function idbTraceStop() {
    const out = trace ?? [];
    trace = null;
    return out.map((e) => ({ ...e, start: Math.round(e.start), end: Math.round(e.end) }));
  }

  // ---------------------------------------------------------------- the wizard
  const byTestId = (id) => document.querySelector(`[data-testid="${id}"]`);
  const PHASES = [
    ['loading', '正在读取本机'],
    ['read', '正在读取：'],
    ['check', '正在校验'],
    ['plan', '正在与已有记录'],
  ];

  let run = null;
  /**
   * Arms the driver before the file is chosen. From the file input's
   * `change` event on (t0) it does what a user does, as soon as the page
   * allows it: clicks 开始校验, then 下一步 when the counts show, then
   * 确认导入 (all or nothing) on the confirm step, and records when each
   * step appeared, plus the first time each progress text showed.
   * Clicking from the page leaves out Playwright's round trips.
   */
  function armImport() {
    const marks = {};
    const phases = {};
    let resolveDone;
    const done = new Promise((resolve) => (resolveDone = resolve));
    const clicked = new Set();
    const clickOnce = (id) => {
      const button = byTestId(id);
      if (!button || button.disabled || button.classList.contains('is-disabled') || clicked.has(id)) return false;
      clicked.add(id);
      marks[`click:${id}`] = now();
      button.click();
      return true;
    };
    const step = () => {
      if (!run || run.finished) return;
      const t = now();
      const text = byTestId('import-progress-text')?.textContent ?? '';
      for (const [phase, prefix] of PHASES) if (text.startsWith(prefix) && phases[phase] === undefined) phases[phase] = t;
      if (marks.t0 !== undefined) clickOnce('import-start');
      if (byTestId('import-counts') && marks.preview === undefined) {
        marks.preview = t;
        run.preview = `${byTestId('import-summary')?.textContent.trim() ?? ''} ${byTestId('import-counts').textContent.replace(/\s+/g, ' ').trim()}`;
      }
      if (marks.preview !== undefined) clickOnce('import-next');
      if (byTestId('import-confirm-step') && marks.confirm === undefined) marks.confirm = t;
      if (marks.confirm !== undefined) clickOnce('import-commit-all');
      const failure =
        byTestId('import-failure') || byTestId('import-commit-failure') || byTestId('import-blocking') || byTestId('import-file-problem') || byTestId('import-refusal');
      if (failure) {
        run.finished = true;
        observer.disconnect();
        resolveDone({ ok: false, error: `${failure.textContent.trim()} (${run.preview})`, marks, phases });
        return;
      }
      if (byTestId('import-result-step')) {
        // Inserted: commitImport has resolved. Painted: the next frame, once the task that inserted it is over.
        marks.result = t;
        run.finished = true;
        observer.disconnect();
        requestAnimationFrame(() => {
          marks.painted = now();
          resolveDone({ ok: true, marks, phases, summary: byTestId('import-result-summary')?.textContent.trim() ?? '' });
        });
      }
    };
    const observer = new MutationObserver(step);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['disabled', 'class'] });
    const onChange = (event) => {
      if (event.target?.getAttribute?.('data-testid') === 'import-file-input' && marks.t0 === undefined) {
        marks.t0 = now();
        // The start button is enabled once Vue has rendered the chosen file.
        queueMicrotask(step);
      }
    };
    document.addEventListener('change', onChange, true);
    run = { finished: false, done, marks, phases };
    done.then(() => document.removeEventListener('change', onChange, true));
  }

  /** Resolves when the result step (or a failure) showed: { ok, marks, phases, summary | error }. */
  function importDone(timeoutMs) {
    if (!run) throw new Error('importDone() without armImport()');
    return Promise.race([run.done, new Promise((resolve) => setTimeout(() => resolve({ ok: false, error: `timeout after ${timeoutMs} ms`, marks: run.marks, phases: run.phases }), timeoutMs))]);
  }

  // ---------------------------------------------------------------- baseline
  /**
   * The floor for an import: the workbook parsed by SheetJS alone (XLSX and
   * Dexie UMD builds injected first), its data rows turned into plain
   * objects, and written with one Dexie `bulkPut` into a scratch database.
   * The file's bytes are fetched before the clock starts, as the app has
   * them in memory once the file is chosen.
   */
  async function baseline(input) {
    const buffer = await (await fetch(input.url, { cache: 'no-store' })).arrayBuffer();
    await Dexie.delete(input.dbName);
    const db = new Dexie(input.dbName);
    db.version(1).stores({ students: input.schema });
    await db.open();
    const t0 = now();
    const workbook = XLSX.read(buffer, { dense: true });
    const t1 = now();
    const rows = [];
    for (const sheetName of workbook.SheetNames) {
      const table = XLSX.utils.sheet_to_json(workbook.Sheets[sheetName], { header: 1, defval: '', raw: false });
      // Title, instructions, header: data from row 4.
      for (const cells of table.slice(3)) {
        const [name, idNumber, className, gender] = cells.map((c) => String(c).trim());
        if (!name && !idNumber) continue;
        rows.push({ id: idNumber, name, idNumber, grade: sheetName, className, gender });
      }
    }
    const t2 = now();
    await db.students.bulkPut(rows);
    const t3 = now();
    const stored = await db.students.count();
    db.close();
    await Dexie.delete(input.dbName);
    return { totalMs: t3 - t0, parseMs: t1 - t0, rowsMs: t2 - t1, putMs: t3 - t2, rows: rows.length, stored, sheets: workbook.SheetNames.length };
  }

  // ---------------------------------------------------------------- roster
  /**
   * Clicks `clickSelector` (if given) and resolves at the first animation
   * frame at which `selector`'s text matches `pattern` (and differs from
   * `differentFrom`, when given) and, when given, `rowSelector` has a
   * rendered element: "the list shows it". Times are
   * performance.now(); `since` defaults to the click.
   */
  async function timeUntil(input) {
    const pattern = new RegExp(input.pattern);
    const start = input.since ?? now();
    if (input.clickSelector) {
      const target = document.querySelector(input.clickSelector);
      if (!target) throw new Error(`timeUntil: nothing matches ${input.clickSelector}`);
      target.click();
    }
    const deadline = start + (input.timeoutMs ?? 60000);
    for (;;) {
      const t = now();
      const text = document.querySelector(input.selector)?.textContent ?? '';
      const rowShown = !input.rowSelector || document.querySelector(input.rowSelector) !== null;
      const changed = input.differentFrom === undefined || text.trim() !== input.differentFrom.trim();
      if (pattern.test(text) && rowShown && changed) return { ms: t - start, at: t, text: text.trim() };
      if (t > deadline) return { ms: null, at: t, text: text.trim() };
      await nextFrame();
    }
  }

  /**
   * Scrolls the virtualised table to its end with one wheel event per
   * animation frame (`deltaY` pixels each, as a fast wheel or a fling
   * would), recording the gap between frames. Done when the scroll
   * position stops moving. el-table-v2 scrolls its body on wheel events
   * (its own virtual scroll, not the native scrollbar).
   */
  async function scrollToEnd(input) {
    const body = document.querySelector(input.selector);
    if (!body) throw new Error(`scrollToEnd: nothing matches ${input.selector}`);
    const rect = body.getBoundingClientRect();
    const wheel = () =>
      body.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: input.deltaY,
          deltaMode: 0,
          bubbles: true,
          cancelable: true,
          clientX: rect.left + rect.width / 2,
          clientY: rect.top + rect.height / 2,
        }),
      );
    const position = () => body.scrollTop;
    const gaps = [];
    const start = now();
    let last = await nextFrame();
    let still = 0;
    let previous = position();
    const deadline = start + (input.timeoutMs ?? 60000);
    while (still < 10 && now() < deadline) {
      wheel();
      const t = await nextFrame();
      gaps.push([last, t - last]);
      last = t;
      const p = position();
      still = p === previous ? still + 1 : 0;
      previous = p;
    }
    // The frames after the end was reached are not scrolling: leave them out.
    const scrolled = gaps.slice(0, Math.max(1, gaps.length - still));
    const lastNames = [...document.querySelectorAll(input.rowSelector ?? '[data-testid="roster-row-name"]')].map((e) => e.textContent.trim());
    const ms = scrolled.reduce((sum, [, g]) => sum + g, 0);
    return { ms, scrollTop: position(), scrollHeight: body.scrollHeight, lastNames: lastNames.slice(-3), ...summariseGaps(scrolled) };
  }

  globalThis.xiaoanImportBench = { watchStart, watchStop, idbTraceStart, idbTraceStop, armImport, importDone, baseline, timeUntil, scrollToEnd };
})();
