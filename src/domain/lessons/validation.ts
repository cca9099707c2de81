import * as v from 'valibot';

/**
 * Strict validation of untrusted JSON (lesson bodies, activity records) with
 * valibot schemas, reported as a list of `{path, code, message}`: `path` is
 * a dot path into the input ("pages.1.blocks.0.alt"), `code` a stable
 * machine code the UI may translate (`validation.<code>`), `message` plain
 * Chinese for people and for server refusals.
 *
 * Rule-specific checks (`rule()`) carry their code as the valibot message and
 * are described by the table passed to `runSchema`, so every code has exactly
 * one Chinese sentence.
 */
export interface ValidationError {
  path: string;
  code: string;
  message: string;
}

export type ParseResult<K extends string, T> = ({ ok: true } & Record<K, T>) | { ok: false; errors: ValidationError[] };

/** At most this many errors are reported: enough to fix, not a flood. */
export const MAX_ERRORS = 20;

/** The path of the whole input, when a problem is not inside any field. */
export const ROOT_ERROR_PATH = '';

/** Non-blank text of at most `max` UTF-16 units (every common Chinese character is one). */
export function text(max: number) {
  return v.pipe(v.string(), v.maxLength(max), v.check((value) => value.trim() !== '', 'blank'));
}

/** An id chosen by the editor: lowercase letters, digits and '-', starting with a letter. */
export function localId() {
  return v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,31}$/));
}

/** An integer in [min, max]. */
export function integer(min: number, max: number) {
  return v.pipe(v.number(), v.safeInteger(), v.minValue(min), v.maxValue(max));
}

/** A rule-specific check; `code` must be described in the table given to `runSchema`. */
export function rule<T>(requirement: (input: T) => boolean, code: string) {
  return v.check<T, string>(requirement, code);
}

export function hasUniqueValues(values: readonly unknown[]): boolean {
  return new Set(values).size === values.length;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是或否',
  array: '列表',
  object: '对象',
  strict_object: '对象',
  record: '对象',
};

function describeBuiltIn(issue: v.BaseIssue<unknown>): { code: string; message: string } {
  const limit = typeof issue.requirement === 'number' ? issue.requirement : 0;
  const unit = typeof issue.input === 'string' ? '个字' : '项';
  switch (issue.type) {
    case 'strict_object':
      if (issue.expected === 'never') return { code: 'unknown_field', message: '含有不允许的字段' };
      if (issue.received === 'undefined') return { code: 'required', message: '缺少必填项' };
      return { code: 'wrong_type', message: '应为对象' };
    case 'variant':
      return { code: 'unknown_variant', message: `不支持的类型：${issue.received}` };
    case 'picklist':
    case 'literal':
      return { code: 'not_allowed', message: `取值不在允许范围内：${issue.received}` };
    case 'max_length':
      return { code: 'too_long', message: `最多 ${limit} ${unit}` };
    case 'min_length':
      return { code: 'too_short', message: `至少 ${limit} ${unit}` };
    case 'safe_integer':
      return { code: 'not_integer', message: '应为整数' };
    case 'min_value':
      return { code: 'too_small', message: `不能小于 ${String(issue.requirement)}` };
    case 'max_value':
      return { code: 'too_large', message: `不能大于 ${String(issue.requirement)}` };
    case 'regex':
      return { code: 'bad_format', message: '格式不正确' };
    default:
      return { code: 'wrong_type', message: `应为${TYPE_NAMES[issue.type] ?? '正确的格式'}` };
  }
}

const COMMON_RULES: Record<string, string> = { blank: '不能为空' };

/**
 * Run `schema` on `input`; on failure describe each issue, rule-specific
 * codes through `rules` (code → Chinese sentence).
 */
export function runSchema<K extends string, T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  key: K,
  rules: Record<string, string> = {},
  maxErrors = MAX_ERRORS,
): ParseResult<K, T> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, [key]: result.output } as { ok: true } & Record<K, T>;
  const errors = result.issues.slice(0, maxErrors).map((issue): ValidationError => {
    const path = v.getDotPath(issue) ?? ROOT_ERROR_PATH;
    if (issue.type === 'check') {
      const message = COMMON_RULES[issue.message] ?? rules[issue.message];
      // A check without a described code is a bug in this module's schemas.
      if (message === undefined) throw new Error(`undescribed validation rule: ${issue.message}`);
      return { path, code: issue.message, message };
    }
    return { path, ...describeBuiltIn(issue) };
  });
  return { ok: false, errors };
}
