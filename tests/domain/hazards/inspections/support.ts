import {
  effectiveItems,
  startInspection,
  type ChecklistExtension,
  type ChecklistTemplate,
  type InspectionAnswer,
  type InspectionRecord,
} from '@/domain/hazards';
import { photo, T0 } from '../fixtures';

/** A small checklist with every kind of requirement. */
export const template: ChecklistTemplate = {
  type: 'template',
  templateId: 'fire',
  version: 3,
  title: '消防',
  category: 'fire',
  summary: '',
  sections: [
    {
      id: 'exits',
      title: '疏散',
      items: [
        { id: 'fire.exits', text: '安全出口畅通', suggestedLevel: 'major', onHazard: { photo: true, note: true } },
        { id: 'fire.signs', text: '疏散标志完好', onHazard: { photo: true, note: false } },
        { id: 'fire.patrol', text: '防火巡查有记录', onHazard: { photo: false, note: true } },
        { id: 'fire.wiring', text: '线路规范', category: 'electricity_gas', onHazard: { photo: false, note: false } },
      ],
    },
  ],
};

export const extension: ChecklistExtension = {
  type: 'extension',
  templateId: 'fire',
  items: [
    { id: 'local.stage', text: '礼堂舞台幕布阻燃', sectionId: 'exits', onHazard: { photo: true, note: true } },
    { id: 'local.old', text: '旧锅炉房已停用', retired: true, onHazard: { photo: false, note: false } },
  ],
};

export const items = effectiveItems(template, [extension]);

export function answer(itemId: string, result: InspectionAnswer['result'], extra: Partial<InspectionAnswer> = {}): InspectionAnswer {
  return { itemId, result, note: '', photos: [], place: '', level: '', ...extra };
}

export function draftInspection(answers: InspectionAnswer[] = []): InspectionRecord & { id: string } {
  return {
    id: 'inspection-1',
    ...startInspection(template, { schoolId: 'school-1', place: '教学楼', inspector: '张伟', at: T0 }),
    answers,
  };
}

/** An answer to every active item, with a 隐患 that has its photo and note. */
export function completeAnswers(): InspectionAnswer[] {
  return [
    answer('fire.exits', 'hazard', { note: '东门上锁', photos: [photo()] }),
    answer('fire.signs', 'ok'),
    answer('fire.patrol', 'na'),
    answer('fire.wiring', 'ok'),
    answer('local.stage', 'ok'),
  ];
}
