import { describe, expect, it } from 'vitest';
import { CHECKLIST_LIMITS, parseChecklistBody, type ChecklistTemplate } from '@/domain/hazards';

function template(): ChecklistTemplate {
  return {
    type: 'template',
    templateId: 'county-flood',
    version: 2,
    title: '汛期安全排查表',
    category: 'nearby_waters',
    summary: '',
    sections: [
      {
        id: 'walls',
        title: '围墙与排水',
        items: [
          { id: 'flood.drains', text: '校园排水沟畅通', onHazard: { photo: true, note: true } },
          {
            id: 'flood.walls',
            text: '围墙无倾斜',
            guidance: '大雨后查看',
            category: 'building',
            suggestedLevel: 'major',
            onHazard: { photo: true, note: false },
          },
        ],
      },
    ],
  };
}

function issuesOf(body: unknown) {
  const result = parseChecklistBody(body);
  return result.ok ? [] : result.issues;
}

describe('parseChecklistBody: templates', () => {
  it('accepts a complete template and returns it unchanged', () => {
    expect(parseChecklistBody(template())).toEqual({ ok: true, value: template() });
  });

  it('refuses unknown fields at every level, naming where', () => {
    const body = template() as unknown as Record<string, unknown>;
    body.author = 'x';
    const t = template();
    (t.sections[0] as unknown as Record<string, unknown>).colour = 'red';
    (t.sections[0]!.items[0] as unknown as Record<string, unknown>).score = 5;
    (t.sections[0]!.items[1]!.onHazard as unknown as Record<string, unknown>).video = true;
    expect(issuesOf(body).map((i) => i.path)).toEqual(['author']);
    expect(issuesOf(t).map((i) => i.path).sort()).toEqual([
      'sections[0].colour',
      'sections[0].items[0].score',
      'sections[0].items[1].onHazard.video',
    ]);
    expect(issuesOf(body)[0]?.message).toBe('author 是未知字段');
  });

  it('names missing fields in Chinese', () => {
    const t = template() as unknown as Record<string, unknown>;
    delete t.title;
    const [issue] = issuesOf(t);
    expect(issue).toEqual({ path: 'title', message: '“标题”（title）缺少此项' });
  });

  it('refuses blank and over-long texts, line breaks in one-line fields, unknown codes', () => {
    const t = template();
    t.sections[0]!.items[0]!.text = '   ';
    t.sections[0]!.items[1]!.text = '长'.repeat(CHECKLIST_LIMITS.textLength + 1);
    t.title = '汛期\n排查';
    (t as unknown as Record<string, unknown>).category = 'flood';
    const issues = issuesOf(t);
    expect(issues.map((i) => i.path).sort()).toEqual(
      ['category', 'sections[0].items[0].text', 'sections[0].items[1].text', 'title'].sort(),
    );
    expect(issues.find((i) => i.path === 'sections[0].items[1].text')?.message).toBe(
      `“检查内容”（sections[0].items[1].text）不能超过 ${CHECKLIST_LIMITS.textLength} 个字（现有 201 个）`,
    );
    expect(issues.find((i) => i.path === 'category')?.message).toContain('周边水域（nearby_waters）');
  });

  it('allows line breaks in guidance and an empty summary', () => {
    const t = template();
    t.sections[0]!.items[1]!.guidance = '第一步\n第二步';
    expect(parseChecklistBody(t).ok).toBe(true);
  });

  it('refuses ids that are not code words, duplicated, local or the reserved section id', () => {
    const t = template();
    t.templateId = 'Flood Check';
    t.sections[0]!.items[1]!.id = 'flood.drains';
    t.sections.push({ id: 'local', title: '其他', items: [{ id: 'local.x', text: '某项', onHazard: { photo: false, note: false } }] });
    const messages = issuesOf(t).map((i) => i.message);
    expect(messages).toContain('“排查表编号”（templateId）格式不正确：只能用小写字母、数字和 . _ -，以字母开头');
    expect(messages).toContain('“分节”（sections）检查项编号“flood.drains”重复');
    expect(messages.some((m) => m.startsWith('“编号”（sections[1].items[0].id）不能以 local. 开头'))).toBe(true);
    expect(messages.some((m) => m.startsWith('“编号”（sections[1].id）不能为 local'))).toBe(true);
  });

  it('enforces the version range, non-empty sections and the item limits', () => {
    const t = template();
    t.version = 0;
    t.sections[0]!.items = [];
    expect(issuesOf(t).map((i) => i.path)).toEqual(['sections[0].items', 'version']);
    const big = template();
    const many = Array.from({ length: CHECKLIST_LIMITS.itemsPerSection }, (_, i) => ({
      id: `x.item-${i}`,
      text: '检查',
      onHazard: { photo: false, note: false },
    }));
    big.sections = [0, 1, 2, 3].map((n) => ({ id: `s${n}`, title: '节', items: many.map((m) => ({ ...m, id: `${m.id}-${n}` })) }));
    expect(issuesOf(big).map((i) => i.message)).toEqual([
      `“分节”（sections）检查项合计不能超过 ${CHECKLIST_LIMITS.items} 项（现有 240 项）`,
    ]);
  });

  it('refuses values of the wrong type without throwing', () => {
    expect(issuesOf(null)).toEqual([{ path: '', message: '排查表内容应为对象' }]);
    expect(issuesOf({ type: 'quiz' })[0]?.message).toBe('“类型”（type）应为以下之一：template、extension');
    expect(issuesOf({ templateId: 'x' })).toEqual([{ path: 'type', message: '“类型”（type）缺少此项' }]);
    const t = template() as unknown as Record<string, unknown>;
    t.sections = 'none';
    t.version = '2';
    expect(issuesOf(t).map((i) => i.message)).toEqual(['“分节”（sections）应为列表', '“版本号”（version）应为整数']);
  });
});

describe('parseChecklistBody: extensions', () => {
  const extension = {
    type: 'extension',
    templateId: 'nearby_waters',
    items: [
      { id: 'local.pond', text: '学校后门鱼塘护栏完好', sectionId: 'survey', onHazard: { photo: true, note: true } },
      { id: 'local.old-well', text: '旧水井已封填', retired: true, onHazard: { photo: false, note: true } },
    ],
  };

  it('accepts local items with a section and a retired flag', () => {
    expect(parseChecklistBody(extension)).toEqual({ ok: true, value: extension });
  });

  it('requires the local. prefix and refuses template-only fields', () => {
    const bad = {
      ...extension,
      version: 3,
      items: [{ id: 'pond', text: '鱼塘', onHazard: { photo: true, note: true } }],
    };
    expect(issuesOf(bad).map((i) => i.message)).toEqual([
      '“版本号”（version）是未知字段',
      '“编号”（items[0].id）学校补充项的编号必须以 local. 开头',
    ]);
  });
});
