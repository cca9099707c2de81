import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { useDatabase } from '@/db/provide';
import type { GradeCode } from '@/domain/roster/grades';
import { fileSizeFinding, parseInWorker, planInWorker, recheckInWorker, type Finding, type ImportCheckResult, type ImportMode, type ImportPlan, type ProgressEvent, type RowCorrections, type TemplateKind, type WorkerCheckContext, type WorkerPlanInput } from '@/import';
import { useSessionStore } from '@/stores/session';
import { loadImportWorld, type ImportWorld } from './importWorld';
import { useImportWorkerFactory } from './workerFactory';

/** Where a check stands: reading the device's records, reading and checking the file, planning. */
export type RunPhase = 'idle' | 'loading' | 'checking' | 'planning' | 'ready' | 'failed';

export interface RunRequest {
  file: File;
  template: TemplateKind;
  /** The school a teacher or student file is for. */
  schoolId: string | null;
  /** Student sheets whose name is not a grade: the grade chosen for each. */
  gradeBySheet: Readonly<Record<string, GradeCode>>;
}

/** Where a run stands and what it found, as the preview step (ImportPreviewStep) shows it: its props. */
export interface ImportRunView {
  phase: RunPhase;
  progress: ProgressEvent | null;
  result: ImportCheckResult | null;
  plan: ImportPlan | null;
  failure: string;
  /** Rows corrected in the preview are being checked again. */
  rechecking: boolean;
}

/** A plan and the time it stamped on its documents (accounts created by it carry it). */
export interface TimedPlan {
  plan: ImportPlan;
  now: number;
}

/** What a file too large to read gets, without reading it into memory. */
function refusedResult(request: RunRequest, finding: Finding): ImportCheckResult {
  const { template } = request;
  return { file: request.file.name, expected: template, template, sheets: [], rows: [], findings: [finding], counts: { rows: 0, faulty: 0, findings: 1 } };
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Check a file and plan its import: the device's records are read, the
 * file is parsed and checked in the import worker (reporting rows read and
 * checked), then planned there too (pinyin and passwords for thousands of
 * rows). The page stays responsive throughout; a new run or cancel() stops
 * the one under way.
 */
export function useImportRun() {
  const db = useDatabase();
  const session = useSessionStore();
  const createWorker = useImportWorkerFactory();
  const phase = ref<RunPhase>('idle');
  const progress = shallowRef<ProgressEvent | null>(null);
  const result = shallowRef<ImportCheckResult | null>(null);
  const planned = shallowRef<TimedPlan | null>(null);
  const failure = ref('');
  /** Rows corrected in the preview are being checked again (the preview stays on screen). */
  const rechecking = ref(false);
  let world: ImportWorld | null = null;
  /** What the file was checked against; corrected rows are checked against the same. */
  let checkContext: WorkerCheckContext | null = null;
  let controller: AbortController | null = null;

  function planInput(checked: ImportCheckResult, loaded: ImportWorld, mode: ImportMode, now: number): WorkerPlanInput {
    return {
      result: checked,
      mode,
      actor: session.user?.id ?? 'local',
      now,
      orgs: loaded.orgs,
      people: loaded.people,
      accounts: loaded.accounts,
      takenUsernames: loaded.takenUsernames,
    };
  }

  async function run(request: RunRequest): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    const { signal } = current;
    result.value = null;
    planned.value = null;
    progress.value = null;
    failure.value = '';
    try {
      // A file over the limit is refused before it is read into memory.
      const tooLarge = fileSizeFinding(request.file.name, request.file.size);
      if (tooLarge) {
        result.value = refusedResult(request, tooLarge);
        phase.value = 'ready';
        return;
      }
      phase.value = 'loading';
      const scopePath = session.user?.orgPath ?? '/';
      const [loaded, data] = await Promise.all([
        loadImportWorld(db, scopePath, request.template, request.schoolId),
        request.file.arrayBuffer(),
      ]);
      if (signal.aborted) return;
      world = loaded;
      phase.value = 'checking';
      checkContext = { ...(request.schoolId ? { schoolId: request.schoolId } : {}), orgs: loaded.orgs, idHolders: loaded.idHolders };
      const checked = await parseInWorker(
        data,
        request.file.name,
        {
          template: request.template,
          // A plain copy: a reactive proxy cannot cross to the worker.
          gradeBySheet: { ...request.gradeBySheet },
          context: checkContext,
          signal,
          ...(createWorker ? { createWorker } : {}),
        },
        (event) => (progress.value = event),
      );
      if (signal.aborted) return;
      result.value = checked;
      // A file that cannot be read at all has nothing to plan.
      if (checked.findings.some((f) => f.sheet === null)) {
        phase.value = 'ready';
        return;
      }
      phase.value = 'planning';
      const plan = await planAs('allOrNothing', signal);
      if (signal.aborted) return;
      planned.value = plan;
      phase.value = 'ready';
    } catch (error) {
      if (isAbort(error)) return;
      failure.value = error instanceof Error ? error.message : String(error);
      phase.value = 'failed';
    }
  }

  /** Plan the checked file in a mode (the wizard plans all-or-nothing first, valid rows only on request). */
  async function planAs(mode: ImportMode, signal?: AbortSignal): Promise<TimedPlan> {
    if (!result.value || !world) throw new Error('planAs() before a file was checked');
    const now = Date.now();
    const plan = await planInWorker(planInput(result.value, world, mode, now), {
      ...(signal ? { signal } : {}),
      ...(createWorker ? { createWorker } : {}),
    });
    return { plan, now };
  }

  /**
   * Rows corrected in the preview: the whole file's checks run again in
   * the worker (a corrected ID number can now clash with another row),
   * then the plan is made again from the new result.
   */
  async function correct(corrections: RowCorrections): Promise<void> {
    const checked = result.value;
    if (!checked || !checkContext || rechecking.value) return;
    rechecking.value = true;
    try {
      // Plain copies: reactive proxies cannot cross to the worker.
      const plain = JSON.parse(JSON.stringify(corrections)) as RowCorrections;
      result.value = await recheckInWorker(checked, plain, checkContext, createWorker ? { createWorker } : {});
      planned.value = null;
      planned.value = await planAs('allOrNothing');
    } catch (error) {
      failure.value = error instanceof Error ? error.message : String(error);
      phase.value = 'failed';
    } finally {
      rechecking.value = false;
    }
  }

  function cancel(): void {
    controller?.abort();
    controller = null;
    phase.value = 'idle';
  }

  function reset(): void {
    cancel();
    result.value = null;
    planned.value = null;
    progress.value = null;
    failure.value = '';
    world = null;
    checkContext = null;
  }

  onScopeDispose(() => controller?.abort());

  const view = computed<ImportRunView>(() => ({
    phase: phase.value,
    progress: progress.value,
    result: result.value,
    plan: planned.value?.plan ?? null,
    failure: failure.value,
    rechecking: rechecking.value,
  }));

  return { phase, progress, result, planned, failure, rechecking, view, run, planAs, correct, cancel, reset };
}

export type ImportRun = ReturnType<typeof useImportRun>;
