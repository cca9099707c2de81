import { endOfChinaDay } from '../deadlines';
import { join, StrictReader, type ParseResult } from '../strictReader';
import {
  ACCIDENT_CATEGORIES,
  ACCIDENT_CATEGORY_LABELS,
  ACCIDENT_LIMITS as L,
  ACCIDENT_OUTCOMES,
  ACCIDENT_PERSON_KINDS,
  ACCIDENT_PLACES,
  ACCIDENT_PLACE_LABELS,
  type AccidentCasualties,
  type AccidentPersons,
  type AccidentRecord,
} from './accidentTypes';

const LABELS = {
  schoolId: '学校',
  category: '事故类别',
  place: '校内外',
  location: '事故地点',
  occurredAt: '发生时间',
  casualties: '伤亡人数',
  studentsInjured: '学生受伤人数',
  studentsDead: '学生死亡人数',
  staffInjured: '教职工受伤人数',
  staffDead: '教职工死亡人数',
  description: '事故经过',
  measures: '处置情况',
  accidentId: '事故记录',
  persons: '伤亡人员',
  personId: '人员记录',
  name: '姓名',
  kind: '身份',
  outcome: '伤亡情况',
  injury: '伤情',
};

const CASUALTY_FIELDS = ['studentsInjured', 'studentsDead', 'staffInjured', 'staffDead'] as const;
const ID = { max: 64 } as const;

/**
 * Validates an accident register entry. With `now` (the server's clock), an
 * accident dated after today (Beijing time) is refused.
 */
export function parseAccidentRecord(value: unknown, options: { now?: number } = {}): ParseResult<AccidentRecord> {
  const reader = new StrictReader(LABELS);
  const o =
    reader.object(value, '', ['schoolId', 'category', 'place', 'location', 'occurredAt', 'casualties', 'description', 'measures']) ?? {};
  const c = reader.object(o.casualties, 'casualties', CASUALTY_FIELDS) ?? {};
  const casualties = Object.fromEntries(
    CASUALTY_FIELDS.map((field) => [field, reader.int(c[field], join('casualties', field), 0, L.casualties)]),
  ) as unknown as AccidentCasualties;
  const occurredAt = reader.int(o.occurredAt, 'occurredAt', 1, 1e15);
  if (options.now !== undefined && occurredAt > endOfChinaDay(options.now)) reader.fail('occurredAt', '不能晚于今天');
  return reader.result({
    schoolId: reader.text(o.schoolId, 'schoolId', ID),
    category: reader.oneOf(o.category, 'category', ACCIDENT_CATEGORIES, ACCIDENT_CATEGORY_LABELS),
    place: reader.oneOf(o.place, 'place', ACCIDENT_PLACES, ACCIDENT_PLACE_LABELS),
    location: reader.text(o.location, 'location', { max: L.locationLength, min: 0 }),
    occurredAt,
    casualties,
    description: reader.text(o.description, 'description', { max: L.descriptionLength, multiline: true }),
    measures: reader.text(o.measures, 'measures', { max: L.measuresLength, min: 0, multiline: true }),
  });
}

/** Validates the named, sensitive part of an accident. */
export function parseAccidentPersons(value: unknown): ParseResult<AccidentPersons> {
  const reader = new StrictReader(LABELS);
  const o = reader.object(value, '', ['accidentId', 'persons']) ?? {};
  const persons = reader.list(o.persons, 'persons', 0, L.persons, (item, path) => {
    const p = reader.object(item, path, ['personId', 'name', 'kind', 'outcome', 'injury']) ?? {};
    return {
      personId: reader.text(p.personId, join(path, 'personId'), { ...ID, min: 0 }),
      name: reader.text(p.name, join(path, 'name'), { max: L.nameLength }),
      kind: reader.oneOf(p.kind, join(path, 'kind'), ACCIDENT_PERSON_KINDS),
      outcome: reader.oneOf(p.outcome, join(path, 'outcome'), ACCIDENT_OUTCOMES),
      injury: reader.text(p.injury, join(path, 'injury'), { max: L.injuryLength, min: 0 }),
    };
  });
  return reader.result({ accidentId: reader.text(o.accidentId, 'accidentId', ID), persons });
}
