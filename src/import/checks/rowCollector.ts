import type { FieldKey, Finding, FindingCode, ParsedRow } from '../types';
import type { RowFindingFactory } from '../findings';

/**
 * Findings of one row, at most one per field: the first check to object
 * wins, so the person fixes one thing per cell (a malformed class name is
 * not also "different from the existing classes").
 */
export class RowCollector {
  /** Created on the first finding: most rows have none, and a file may have 10,000 rows. */
  private byField: Map<FieldKey, Finding> | null = null;

  constructor(
    private readonly row: ParsedRow,
    private readonly make: RowFindingFactory,
  ) {}

  has(field: FieldKey): boolean {
    return this.byField?.has(field) ?? false;
  }

  add(field: FieldKey, code: FindingCode, params: Record<string, string | number> = {}): void {
    this.byField ??= new Map();
    if (!this.byField.has(field)) this.byField.set(field, this.make(this.row, field, code, params));
  }

  findings(): Finding[] {
    return this.byField ? [...this.byField.values()] : [];
  }
}
