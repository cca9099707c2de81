/** Usage points (积分, seed 003): the rule table and the pure scoring function. */
export { POINTS_EVENTS, DEFAULT_POINTS_RULES, parsePointsRuleBody, type PointsCaps, type PointsEvent, type PointsRule, type PointsRuleBody } from './rules';
export { computePoints, type ActorPoints, type ScoredEvent } from './compute';
export { rankSchoolsAndTeachers, rankUnits, type StaffRank, type UnitRank } from './ranking';
export { eventsFromDocs, type EventDocs } from './events';
export { dayNumber, weekNumber, yearNumber } from './calendar';
export { daysToRuns, noonOfDay, runsToDays, signInEvents } from './signIns';
export { earnsPoints, rulesAt, schoolPoints, type PointsAccount, type SchoolPointsInput, type StaffPoints } from './schoolPoints';
