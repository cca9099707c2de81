/** Usage points (积分, seed 003): the rule table and the pure scoring function. */
export { POINTS_EVENTS, DEFAULT_POINTS_RULES, parsePointsRuleBody, type PointsCaps, type PointsEvent, type PointsRule, type PointsRuleBody } from './rules';
export { computePoints, type ActorPoints, type ScoredEvent } from './compute';
export { rankUnits, type UnitRank } from './ranking';
export { eventsFromDocs } from './events';
export { dayNumber, weekNumber, yearNumber } from './calendar';
