import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_CHECKLISTS,
  checkChecklistContent,
  checklistContentId,
  latestVersions,
  legacyChecklistContentId,
  templateContentFields,
  type ChecklistContentLike,
  type ChecklistTemplate,
} from '@/domain/hazards';

const fire = BUILT_IN_CHECKLISTS.find((t) => t.templateId === 'fire') as ChecklistTemplate;
const fireV2: ChecklistTemplate = { ...fire, version: 2, title: '消防安全排查表（2025版）' };

const COUNTY = '/41/4115/411502/';

function doc(template: ChecklistTemplate, status = 'published', orgPath = COUNTY): ChecklistContentLike {
  return { ...templateContentFields(template, orgPath), orgPath, status };
}

const extension = (items: { id: string; text: string }[]): ChecklistContentLike => ({
  id: 'checklist-local-1',
  orgPath: `${COUNTY}411502001/sch-a/`,
  title: '本校补充',
  topic: 'fire',
  status: 'published',
  body: { type: 'extension', templateId: 'fire', items: items.map((i) => ({ ...i, onHazard: { photo: true, note: true } })) },
});

describe('template content', () => {
  it('gives every version of every publisher its own document id', () => {
    expect(checklistContentId(COUNTY, 'fire', 2)).toBe('checklist:411502:fire:v2');
    expect(checklistContentId('/', 'fire', 2)).toBe('checklist:root:fire:v2');
    expect(templateContentFields(fireV2, '/41/4115/411503/')).toMatchObject({ id: 'checklist:411503:fire:v2', kind: 'checklist', topic: 'fire' });
  });

  it('picks the newest version of each template, in order of first appearance', () => {
    const water = BUILT_IN_CHECKLISTS.find((t) => t.templateId === 'drinking_water') as ChecklistTemplate;
    expect(latestVersions([fire, water, fireV2]).map((t) => `${t.templateId}@${t.version}`)).toEqual([
      'fire@2',
      'drinking_water@1',
    ]);
    expect(latestVersions([fireV2, fire])[0]?.version).toBe(2);
  });
});

describe('checkChecklistContent', () => {
  it('lets a county publish a template and a school extend it', () => {
    expect(checkChecklistContent(doc(fireV2), undefined, 'county_admin')).toMatchObject({ ok: true });
    expect(checkChecklistContent(extension([{ id: 'local.a', text: '后门' }]), undefined, 'safety_leader')).toMatchObject({ ok: true });
  });

  it('refuses a template from below the county and an extension from a teacher', () => {
    expect(checkChecklistContent(doc(fireV2), undefined, 'township_admin')).toMatchObject({ ok: false, code: 'checklist_role' });
    expect(checkChecklistContent(doc(fireV2), undefined, 'school_admin')).toMatchObject({ ok: false, code: 'checklist_role' });
    expect(checkChecklistContent(extension([]), undefined, 'teacher')).toMatchObject({ ok: false, code: 'checklist_role' });
  });

  it('refuses a body that does not parse, with the parser’s message', () => {
    const bad = { ...doc(fireV2), body: { ...fireV2, version: -1 } };
    const result = checkChecklistContent(bad, undefined, 'county_admin');
    expect(result).toMatchObject({ ok: false, code: 'checklist_invalid' });
    expect(!result.ok && result.reason).toContain('版本号');
  });

  it('keeps the document id, title and topic in step with the body', () => {
    expect(checkChecklistContent({ ...doc(fireV2), id: 'checklist:411502:fire:v3' }, undefined, 'county_admin')).toMatchObject({
      code: 'checklist_id',
    });
    // Another county's id from this county, and a new version under the id of old: refused.
    expect(checkChecklistContent({ ...doc(fireV2), id: 'checklist:411503:fire:v2' }, undefined, 'county_admin')).toMatchObject({
      code: 'checklist_id',
    });
    const legacy = { ...doc(fireV2), id: legacyChecklistContentId('fire', 2) };
    expect(checkChecklistContent(legacy, undefined, 'county_admin')).toMatchObject({ code: 'checklist_id' });
    // A version stored under the id of old before ids named their publisher may still be withdrawn.
    expect(checkChecklistContent({ ...legacy, status: 'withdrawn' }, legacy, 'county_admin').ok).toBe(true);
    expect(checkChecklistContent({ ...doc(fireV2), title: '别的' }, undefined, 'county_admin')).toMatchObject({
      code: 'checklist_mismatch',
    });
  });

  it('lets a draft change but freezes a published version; withdrawing is allowed', () => {
    const edited = { ...fireV2, summary: '改过' };
    expect(checkChecklistContent(doc(edited, 'draft'), doc(fireV2, 'draft'), 'county_admin').ok).toBe(true);
    expect(checkChecklistContent(doc(edited), doc(fireV2), 'county_admin')).toMatchObject({
      code: 'checklist_published_immutable',
    });
    expect(checkChecklistContent(doc(fireV2, 'withdrawn'), doc(fireV2), 'county_admin').ok).toBe(true);
    expect(checkChecklistContent(doc(fireV2, 'draft'), doc(fireV2), 'county_admin')).toMatchObject({ code: 'checklist_unpublish' });
    expect(checkChecklistContent({ ...doc(fireV2), _deleted: true }, doc(fireV2), 'county_admin')).toMatchObject({
      code: 'checklist_deleted',
    });
  });

  it('keeps every local item an extension ever had: retire, do not remove', () => {
    const before = extension([{ id: 'local.a', text: '后门' }, { id: 'local.b', text: '鱼塘' }]);
    const removed = extension([{ id: 'local.a', text: '后门' }]);
    const result = checkChecklistContent(removed, before, 'safety_leader');
    expect(result).toMatchObject({ ok: false, code: 'checklist_item_removed' });
    expect(!result.ok && result.reason).toContain('鱼塘');
    const retired = {
      ...before,
      body: {
        ...(before.body as object),
        items: [
          { id: 'local.a', text: '后门', onHazard: { photo: true, note: true } },
          { id: 'local.b', text: '鱼塘', retired: true, onHazard: { photo: true, note: true } },
        ],
      },
    };
    expect(checkChecklistContent(retired, before, 'safety_leader').ok).toBe(true);
    expect(checkChecklistContent({ ...before, deletedAt: 5 }, before, 'safety_leader')).toMatchObject({ code: 'checklist_deleted' });
  });

  it('refuses turning a document into another template or kind', () => {
    const other = { ...extension([]), body: { type: 'extension', templateId: 'sports', items: [] } };
    expect(checkChecklistContent(other, extension([]), 'safety_leader')).toMatchObject({ code: 'checklist_identity' });
  });
});
