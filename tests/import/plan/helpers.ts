import { checkFile, type CheckFileOptions } from '@/import/checkFile';
import { planImport, type ImportMode, type PlanInput } from '@/import/plan';
import type { OrgDoc } from '@/domain';
import { readFixture, SHIHE, TODAY } from '../helpers/fixtures';
import { ACTOR, cityOrgs, fixedRandom, NOW, sequentialIds } from '../helpers/world';

export const WHOLE_SCHOOL = '学生账号导入-浉河区董家河镇中心小学-全校.xlsx';
export const TEACHERS = '教师账号导入-浉河区董家河镇中心小学.xlsx';

export function checkFixture(file: string, options: CheckFileOptions = {}, orgs: readonly OrgDoc[] = cityOrgs) {
  return checkFile(readFixture(SHIHE, file), file, { ...options, context: { orgs, today: TODAY, ...options.context } });
}

/** planImport with the test world's defaults: deterministic ids and passwords, nothing taken. */
export function plan(result: PlanInput['result'], extra: Partial<PlanInput> = {}, mode: ImportMode = 'allOrNothing') {
  return planImport({
    result,
    mode,
    actor: ACTOR,
    now: NOW,
    orgs: cityOrgs,
    isUsernameTaken: () => false,
    newId: sequentialIds(),
    random: fixedRandom(),
    ...extra,
  });
}
