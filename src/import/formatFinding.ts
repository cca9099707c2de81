import { TEMPLATE_KINDS, type Finding, type FindingCode, type TemplateKind } from './types';

type ErrorKey = FindingCode | 'classFormatNoSuggestion';

/**
 * What formatting findings needs of the engine's message catalogue — the
 * `import.*` subtree of the app's messages (src/i18n/locales/<locale>/import.ts),
 * passed in by the caller. Declared here rather than taken from the
 * catalogue's type, so the engine does not depend on src/i18n (which
 * depends on it for the finding codes).
 */
export interface ImportMessages {
  template: Record<TemplateKind, string>;
  gender: Record<'M' | 'F', string>;
  char: { space: string; separator: string };
  location: Record<'file' | 'sheet' | 'row' | 'column' | 'separator' | 'message', string>;
  error: Record<ErrorKey, string>;
}

/** vue-i18n's named interpolation: {name}. Unknown names render empty. */
export function interpolate(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

function isTemplateKind(value: unknown): value is TemplateKind {
  return (TEMPLATE_KINDS as readonly unknown[]).includes(value);
}

/** The message key of a finding: one code may have variants (class format with or without a suggestion). */
function messageKey(finding: Finding): ErrorKey {
  const code: FindingCode = finding.code;
  if (code === 'classFormat' && !finding.params.suggestion) return 'classFormatNoSuggestion';
  return code;
}

/** The column header a finding is about, as the file writes it (set by the row-finding factory). */
function headerOf(finding: Finding): string {
  return typeof finding.params.header === 'string' ? finding.params.header : '';
}

/** Params as shown: codes become words (M → 男, teacher → 教师, ' ' → 空格). */
function displayParams(finding: Finding, messages: ImportMessages): Record<string, string | number> {
  const m = messages;
  const params: Record<string, string | number> = { ...finding.params, header: headerOf(finding) };
  for (const key of ['expected', 'actual'] as const) {
    const value = params[key];
    if (isTemplateKind(value)) params[key] = m.template[value];
    else if (value === 'M' || value === 'F') params[key] = m.gender[value];
  }
  if (typeof params.chars === 'string') {
    params.chars = Array.from(params.chars)
      .map((c) => (/\s/.test(c) ? m.char.space : `“${c}”`))
      .join(m.char.separator);
  }
  return params;
}

/** 文件“x.xlsx”，工作表“四年级”，第13行，C列（班级） */
export function formatLocation(finding: Finding, messages: ImportMessages): string {
  const m = messages.location;
  const parts = [interpolate(m.file, { file: finding.file })];
  if (finding.sheet !== null) parts.push(interpolate(m.sheet, { sheet: finding.sheet }));
  if (finding.row !== null) parts.push(interpolate(m.row, { row: finding.row }));
  if (finding.column !== null) parts.push(interpolate(m.column, { column: finding.column, header: headerOf(finding) }));
  return parts.join(m.separator);
}

/** The message alone, without where it is. */
export function formatFindingMessage(finding: Finding, messages: ImportMessages): string {
  return interpolate(messages.error[messageKey(finding)], displayParams(finding, messages));
}

/**
 * A finding as one plain sentence naming file, sheet, row and column — for
 * the error workbook's 错误说明 column, and for code without vue-i18n (the
 * import worker). In the app, `t('import.error.' + code, params)` works too.
 */
export function formatFinding(finding: Finding, messages: ImportMessages): string {
  return interpolate(messages.location.message, {
    location: formatLocation(finding, messages),
    message: formatFindingMessage(finding, messages),
  });
}
