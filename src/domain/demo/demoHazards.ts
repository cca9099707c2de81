/**
 * Demo hazard investigation (issue 11): at the demo school a completed fire
 * inspection whose 隐患 answers became hazards at every stage of the
 * lifecycle — one overdue, one 重大 and 挂牌督办 by the county, one closed —
 * and an inspection left as a draft, so each demo role sees its part working.
 * Built through the domain's own rules, so every document is one the server
 * would accept from a device.
 */
import { BUILT_IN_CHECKLISTS } from '../hazards/checklists/builtIn';
import { effectiveItems } from '../hazards/checklists/effectiveItems';
import type { HazardActor, HazardState } from '../hazards/hazardTypes';
import { hazardDraftsFromInspection } from '../hazards/inspections/hazardDrafts';
import type { InspectionAnswer, InspectionRecord } from '../hazards/inspections/types';
import { applyHazardAction, registerHazard, type HazardAction } from '../hazards/lifecycle';
import type { BaseDoc, OrgDoc } from '../schemas';

const DAY = 86_400_000;

export interface DemoHazardActors {
  safety: HazardActor;
  school: HazardActor;
  county: HazardActor;
}

type Stamped = BaseDoc & { deletedAt: number };

function stamp(id: string, orgPath: string, by: string, at: number, modifiedBy = by, modifiedAt = at): Stamped {
  return { id, orgPath, createdAt: at, createdBy: by, modifiedAt, modifiedBy, deletedAt: 0 };
}

function answer(itemId: string, result: InspectionAnswer['result'], note = ''): InspectionAnswer {
  return { itemId, result, note, photos: [], place: '', level: '' };
}

const HAZARD_NOTES: Record<string, string> = {
  'fire.exits-clear': '教学楼三楼东侧安全出口被课桌堵住',
  'fire.extinguishers-valid': '食堂两具灭火器压力不足，已过维修期',
  'fire.lanes': '操场北侧消防车通道停放教师私家车',
};

export function demoHazards(school: OrgDoc, actors: DemoHazardActors, now: number): { inspections: object[]; hazards: object[]; accidents: object[] } {
  const template = BUILT_IN_CHECKLISTS.find((t) => t.templateId === 'fire');
  if (!template) throw new Error('fire checklist missing');
  const items = effectiveItems(template, []);
  const startedAt = now - 20 * DAY;
  const record: InspectionRecord = {
    schoolId: school.id,
    templateId: template.templateId,
    templateVersion: template.version,
    status: 'completed',
    place: '教学楼、食堂、操场',
    inspector: '分管安全校长',
    startedAt,
    completedAt: startedAt + 2 * 3_600_000,
    location: { lat: 0, lng: 0, accuracy: 0, at: 0 },
    // 一般 but for the fire lane (重大 is 30 days to fix, the demo wants one overdue; a 重大 needs a photo to be submitted).
    answers: items.map((item) => {
      const note = HAZARD_NOTES[item.id];
      if (!note) return answer(item.id, 'ok');
      return { ...answer(item.id, 'hazard', note), level: item.id === 'fire.lanes' ? 'major' : 'general' };
    }),
  };
  const inspectionId = 'demo-insp-fire';
  const drafts = hazardDraftsFromInspection({ ...record, id: inspectionId }, items, { responsibleId: '', responsibleName: '后勤主任 王强' });
  if (!drafts.ok) throw new Error(drafts.reason);

  const at = (days: number) => record.completedAt + days * DAY;
  // By checklist item: the blocked exit stays registered, past its deadline.
  const stories: Record<string, [HazardActor, HazardAction][]> = {
    'fire.extinguishers-valid': [
      [actors.safety, { kind: 'start', at: at(1) }],
      [actors.safety, { kind: 'progress', at: at(2), note: '已联系消防器材公司上门检测' }],
      [actors.safety, { kind: 'submit', at: at(3), note: '两具灭火器已更换并张贴检查卡' }],
      [actors.school, { kind: 'close', at: at(4), note: '复查合格' }],
    ],
    'fire.lanes': [
      [actors.safety, { kind: 'start', at: at(1) }],
      [actors.county, { kind: 'supervise', at: at(2), note: '消防车通道长期被占，县教育局挂牌督办' }],
    ],
  };
  const hazards = drafts.drafts.map((draft, i) => {
    const registered = registerHazard(draft, actors.safety, { at: record.completedAt });
    if (!registered.ok) throw new Error(registered.reason);
    let hazard: HazardState = registered.hazard;
    let last = actors.safety;
    for (const [actor, action] of stories[draft.itemId] ?? []) {
      const next = applyHazardAction(hazard, action, actor);
      if (!next.ok) throw new Error(`demo hazard ${i}: ${next.reason}`);
      hazard = next.hazard;
      last = actor;
    }
    const lastAt = hazard.steps.at(-1)?.at ?? record.completedAt;
    return { ...stamp(`demo-hz-${i + 1}`, school.orgPath, actors.safety.id, record.completedAt, last.id, lastAt), ...hazard };
  });

  const draftInspection: InspectionRecord = {
    ...record,
    templateId: 'electricity_gas',
    templateVersion: 1,
    status: 'draft',
    place: '教学楼配电间',
    startedAt: now - DAY,
    completedAt: 0,
    answers: [],
  };
  return {
    inspections: [
      { ...stamp(inspectionId, school.orgPath, actors.safety.id, record.completedAt), ...record },
      { ...stamp('demo-insp-electricity', school.orgPath, actors.safety.id, draftInspection.startedAt), ...draftInspection },
    ],
    hazards,
    accidents: [
      {
        ...stamp('demo-accident-1', school.orgPath, actors.safety.id, now - 40 * DAY),
        schoolId: school.id, category: 'campus_injury', place: 'on_campus', location: '教学楼二楼楼梯',
        occurredAt: now - 40 * DAY, casualties: { studentsInjured: 2, studentsDead: 0, staffInjured: 0, staffDead: 0 },
        description: '课间下楼时拥挤，两名学生摔倒擦伤', measures: '校医处置并通知家长；课间楼梯口安排教师值守',
      },
      {
        ...stamp('demo-accident-2', school.orgPath, actors.safety.id, now - 100 * DAY),
        schoolId: school.id, category: 'traffic', place: 'off_campus', location: '校门外村道路口',
        occurredAt: now - 100 * DAY, casualties: { studentsInjured: 1, studentsDead: 0, staffInjured: 0, staffDead: 0 },
        description: '放学途中一名学生被电动车剐蹭，轻伤', measures: '联系交警在路口设置减速带，放学时段护导',
      },
    ],
  };
}
