/**
 * The Excel import engine: what the import wizard, the roster export and
 * the account slips may use. Pure TypeScript, no Vue, no database: the
 * caller passes what it knows as plain data and writes what the plan says.
 * Load it lazily (it pulls in SheetJS and pinyin-pro); parsing and
 * planning normally run in the worker via parseInWorker / planInWorker.
 */
export { checkFile, type CheckFileOptions } from './checkFile';
export type { CheckedRow, ImportCheckResult, RowRecord } from './checks/checkWorkbook';
export type { CheckContext, IdHolder, IdLookup, KnownClass, ScopeUnit } from './checks/context';
export { recheckWithCorrections, type RowCorrections } from './checks/recheck';
export { knownClassesOf } from './checks/knownClasses';
export { FINDING_CODES } from './findingCodes';
export { formatFinding, formatFindingMessage, formatLocation, type ImportMessages } from './formatFinding';
export { planImport } from './plan';
export type { ExistingPerson, ImportMode, ImportPlan, ImportWrites, PlanInput, PlannedRow, RefusalReason, RowStatus } from './plan';
export type { ProgressCallback, ProgressEvent } from './progress';
export { MAX_FILE_BYTES } from './read/limits';
export { fileSizeFinding } from './read/sizeCheck';
export type { ParseOptions } from './read/parseWorkbook';
export { TEMPLATES } from './templates';
export type { ColumnDef, TemplateDef } from './templates';
export { TEMPLATE_KINDS, type ColumnRef, type FieldKey, type Finding, type FindingCode, type ParsedRow, type RowValues, type SheetResult, type TemplateKind } from './types';
export { parseInWorker, planInWorker, recheckInWorker, type ParseInWorkerOptions, type WorkerCallOptions } from './worker/client';
export type { WorkerCheckContext, WorkerPlanInput } from './worker/protocol';
export { accountListEntries, writeAccountList, type AccountListEntry } from './write/accountList';
export { ERROR_COLUMN, writeErrorWorkbook } from './write/errorWorkbook';
export { exportBureaus, exportPeople, exportSchools, type ExportScope, type RosterEntry } from './write/exportRoster';
export { templateFileName, writeTemplate, type TemplateOptions } from './write/templateWorkbook';
