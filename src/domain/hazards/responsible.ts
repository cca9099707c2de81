/**
 * A hazard's responsible person (整改责任人): a teacher of the hazard's
 * school picked from the roster — stored by person id with their name as
 * it was then (a snapshot: the register prints who was responsible) — or a
 * name typed for someone not on the roster (a contractor), with no id.
 */
import { refuse, type Refusal } from './refusal';

/** The stored roster person an id points at, as far as this rule needs it. */
export interface ResponsiblePersonLike {
  kind: string;
  schoolId: string;
  name: string;
}

/**
 * May a hazard of `schoolId` name `responsibleId` / `responsibleName`? Checked
 * when the id is set or changed (a later rename on the roster does not make
 * the stored snapshot wrong, and a teacher who left stays on old hazards).
 */
export function checkResponsiblePerson(
  hazard: { schoolId: string; responsibleId: string; responsibleName: string },
  previousId: string | undefined,
  personOf: (id: string) => ResponsiblePersonLike | undefined,
): Refusal | null {
  if (!hazard.responsibleId || hazard.responsibleId === previousId) return null;
  const person = personOf(hazard.responsibleId);
  if (!person || person.kind !== 'teacher' || person.schoolId !== hazard.schoolId) {
    return refuse('hazard_responsible_unknown', '整改责任人不是本校花名册中的教师；不在花名册中的人员请直接填写姓名');
  }
  if (person.name !== hazard.responsibleName.trim()) {
    return refuse('hazard_responsible_name', `整改责任人的姓名应与花名册一致：${person.name}`);
  }
  return null;
}
