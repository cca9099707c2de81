/** Statistics per unit and subtree (issue 14): pure figures the device and the server compute alike. */
export {
  ACCOUNT_GROUPS, addFigures, emptyFigures, rate, sumFigures,
  type AccidentFigures, type AccountGroup, type DrillFigures, type HazardFigures, type Ratio, type RosterCounts, type UnitFigures,
} from './figures';
export {
  schoolFigures,
  type SchoolInput, type StatsAccident, type StatsAccount, type StatsActivity, type StatsContent, type StatsHazard, type StatsOrg,
  type StatsPerson,
} from './schoolFigures';
export { rollUp, schoolInputs, subtreeFigures, type SubtreeDocs } from './rollup';
export {
  ENTRY_MEASURES, SCHOOL_CATEGORIES, entryProgress, parseEntryTargetBody, schoolCategory, targetSchoolsOf,
  type CategoryProgress, type EntryMeasure, type EntryTargetBody, type SchoolCategory, type TargetSchool,
} from './entryTargets';
export { entryTrend, lastMonths, type TrendPoint } from './trend';
export { hazardForStats, type StoredHazard } from './hazardForStats';
export { nextTimeChange } from './nextChange';
