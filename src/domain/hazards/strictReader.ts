/**
 * A small strict reader for untrusted JSON: kind-specific `content` bodies
 * and record payloads are free objects in the collection schemas, so the
 * server validates them with the parsers built on this before storing.
 * Strict means: every field known, every string bounded, no unknown keys.
 *
 * Hand-written rather than a schema library because everything reachable
 * from `src/domain/index.ts` must stay free of third-party packages (it is
 * in the first screen's bundle), and the messages must be plain Chinese.
 */
export interface ParseIssue {
  /** Where, e.g. `sections[0].items[2].text`; '' for the value itself. */
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ParseIssue[] };

export interface TextRule {
  max: number;
  /** 0 allows an empty string; blank text never counts as filled. */
  min?: 0 | 1;
  /** Allows line breaks (never other control characters). */
  multiline?: boolean;
  pattern?: RegExp;
  /** What the pattern means, in words, for the message. */
  patternHint?: string;
}

function hasControlCharacter(text: string, allowNewline: boolean): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code < 0x20 || code === 0x7f) && !(allowNewline && char === '\n')) return true;
  }
  return false;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Joins the first few issues into one message (a refused row's reason). */
export function formatIssues(issues: readonly ParseIssue[], max = 3): string {
  const shown = issues.slice(0, max).map((issue) => issue.message);
  const more = issues.length > max ? `；等共 ${issues.length} 处问题` : '';
  return shown.join('；') + more;
}

/**
 * Reads one value, collecting every problem instead of stopping at the first.
 * Fields are read from what `object` returned: a field that is undefined is
 * missing and `object` has said so already, so the typed readers stay quiet.
 */
export class StrictReader {
  readonly issues: ParseIssue[] = [];

  /** `labels` names fields in Chinese by their key: { text: '检查内容' }. */
  constructor(private readonly labels: Readonly<Record<string, string>>) {}

  fail(path: string, problem: string): void {
    const key = /([A-Za-z]+)(?:\[\d+\])?$/.exec(path)?.[1] ?? '';
    const label = this.labels[key];
    const where = label ? `“${label}”（${path}）` : path ? `${path} ` : '';
    this.issues.push({ path, message: `${where}${problem}` });
  }

  /** An object with exactly these keys (optional ones may be absent); null when not an object. */
  object(
    value: unknown,
    path: string,
    required: readonly string[],
    optional: readonly string[] = [],
  ): Record<string, unknown> | null {
    if (!isPlainObject(value)) {
      this.fail(path, '应为对象');
      return null;
    }
    for (const key of required) if (!(key in value)) this.fail(join(path, key), '缺少此项');
    for (const key of Object.keys(value)) {
      if (!required.includes(key) && !optional.includes(key)) this.fail(join(path, key), '是未知字段');
    }
    return value;
  }

  text(value: unknown, path: string, rule: TextRule): string {
    if (value === undefined) return '';
    if (typeof value !== 'string') {
      this.fail(path, '应为文字');
      return '';
    }
    const length = [...value].length;
    if ((rule.min ?? 1) === 1 && value.trim() === '') this.fail(path, '不能为空');
    else if (length > rule.max) this.fail(path, `不能超过 ${rule.max} 个字（现有 ${length} 个）`);
    else if (hasControlCharacter(value, rule.multiline ?? false)) this.fail(path, '含有不允许的控制字符');
    else if (rule.pattern && value !== '' && !rule.pattern.test(value)) {
      this.fail(path, `格式不正确${rule.patternHint ? `：${rule.patternHint}` : ''}`);
    }
    return value;
  }

  int(value: unknown, path: string, min: number, max: number): number {
    if (value === undefined) return 0;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.fail(path, '应为整数');
      return 0;
    }
    if (value < min || value > max) this.fail(path, `应在 ${min} 到 ${max} 之间`);
    return value;
  }

  bool(value: unknown, path: string): boolean {
    if (value === undefined) return false;
    if (typeof value !== 'boolean') {
      this.fail(path, '应为 true 或 false');
      return false;
    }
    return value;
  }

  oneOf<T extends string>(value: unknown, path: string, values: readonly T[], labels?: Record<T, string>): T {
    if (value === undefined) return values[0] as T;
    if (!(values as readonly unknown[]).includes(value)) {
      const allowed = values.map((v) => (labels ? `${labels[v]}（${v}）` : v)).join('、');
      this.fail(path, `应为以下之一：${allowed}`);
      return values[0] as T;
    }
    return value as T;
  }

  /** A list of `min`..`max` entries, each read by `each` (which receives the entry's path). */
  list<T>(value: unknown, path: string, min: number, max: number, each: (item: unknown, path: string) => T): T[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.fail(path, '应为列表');
      return [];
    }
    if (value.length < min) this.fail(path, min === 1 ? '至少需要 1 项' : `至少需要 ${min} 项`);
    if (value.length > max) {
      this.fail(path, `不能超过 ${max} 项（现有 ${value.length} 项）`);
      return [];
    }
    return value.map((item, index) => each(item, `${path}[${index}]`));
  }

  /** Reports each id that occurs more than once among `ids`. */
  unique(ids: readonly string[], path: string, what: string): void {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) this.fail(path, `${what}“${id}”重复`);
      seen.add(id);
    }
  }

  result<T>(value: T): ParseResult<T> {
    return this.issues.length ? { ok: false, issues: this.issues } : { ok: true, value };
  }

  /** The result when reading had to stop early. */
  failed(): { ok: false; issues: ParseIssue[] } {
    return { ok: false, issues: this.issues };
  }
}

/** `sections[0]` + `items` → `sections[0].items`. */
export function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
