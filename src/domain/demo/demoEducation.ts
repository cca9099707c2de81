import { hashPin, pinRecordId } from '../activities/pins';
import type { ActivityDoc, ContentDoc, OrgDoc, PersonDoc } from '../schemas';

/**
 * Safety education in the demo, so the demo teacher, student and classroom
 * computer find something to do: a special activity from the county (防溺水,
 * lesson → test → family acknowledgement), a notice from the school, a
 * lesson the head teacher assigned to the class, and the class's PINs for
 * the classroom computer (all DEMO_PIN).
 */
export const DEMO_PIN = '2468';
const DAY = 86_400_000;

interface Authors {
  county: { org: OrgDoc; accountId: string };
  school: { org: OrgDoc; accountId: string };
  klass: { org: OrgDoc; teacherAccountId: string };
}

function stamp(id: string, orgPath: string, by: string, at: number) {
  return { id, orgPath, createdAt: at, createdBy: by, modifiedAt: at, modifiedBy: by };
}

export function demoContent(a: Authors, now: number): ContentDoc[] {
  const common = { status: 'published' as const, deletedAt: 0, startsAt: now - DAY, endsAt: now + 30 * DAY };
  return [
    {
      ...stamp('demo-activity-drowning', a.county.org.orgPath, a.county.accountId, now),
      ...common,
      kind: 'special_activity',
      title: '暑期防溺水专项教育',
      topic: 'drowning',
      body: {
        description: '每位同学学习防溺水课程并完成测试，家长阅读安全提醒后确认回执。',
        bands: ['lower_primary', 'upper_primary'],
        steps: [{ kind: 'lesson', lessonId: 'builtin-drowning-lower' }, { kind: 'test', lessonId: 'builtin-drowning-lower' }, { kind: 'acknowledgement' }],
      },
    },
    {
      ...stamp('demo-notice-holiday', a.school.org.orgPath, a.school.accountId, now),
      ...common,
      kind: 'notice',
      title: '假期安全提醒',
      topic: 'drowning',
      body: { message: '假期将至，请家长提醒孩子：不私自下水游泳，不到无安全设施、无救援人员的水域玩耍；外出告诉家长去向。' },
    },
    {
      ...stamp('demo-assignment-traffic', a.klass.org.orgPath, a.klass.teacherAccountId, now),
      ...common,
      endsAt: now + 7 * DAY,
      kind: 'assignment',
      title: '安全过马路',
      topic: 'traffic',
      body: { lessonId: 'builtin-traffic-lower', note: '周五前完成' },
    },
  ];
}

export async function demoPins(klass: OrgDoc, students: readonly PersonDoc[], teacherAccountId: string, now: number): Promise<ActivityDoc[]> {
  return Promise.all(
    students.map(async (s) => ({
      ...stamp(pinRecordId(s.id), klass.orgPath, teacherAccountId, now),
      kind: 'student_pin' as const,
      refId: '',
      subjectId: s.id,
      happenedAt: now,
      data: { ...(await hashPin(DEMO_PIN)) },
      deletedAt: 0,
    })),
  );
}
