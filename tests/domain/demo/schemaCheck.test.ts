import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '@/domain/schemas';
import { schemaProblems } from './schemaCheck';

// The helper the demo tests rely on must itself catch bad documents.
describe('schemaProblems', () => {
  const identity = { id: 'p-1', orgPath: '/41/', createdAt: 1, createdBy: 'a', modifiedAt: 1, modifiedBy: 'a', idNumber: '', phone: '', studentNo: '' };
  const schema = COLLECTIONS.identities.schema;

  it('accepts a fitting document', () => {
    expect(schemaProblems(schema, identity)).toEqual([]);
  });

  it('reports missing, extra, mistyped and too long fields', () => {
    const { phone: _phone, ...missing } = identity;
    expect(schemaProblems(schema, missing)).toEqual(['$.phone: missing']);
    expect(schemaProblems(schema, { ...identity, extra: 1 })).toEqual(['$.extra: not allowed']);
    expect(schemaProblems(schema, { ...identity, createdAt: 1.5 })).toEqual(['$.createdAt: expected integer, got number']);
    expect(schemaProblems(schema, { ...identity, idNumber: '1'.repeat(19) })).toEqual(['$.idNumber: longer than 18']);
  });

  it('checks enums and nested objects', () => {
    const review = COLLECTIONS.people.schema.properties.review;
    expect(review).toBeDefined();
    if (!review) return;
    expect(schemaProblems(review, { status: 'nope', reason: '', by: '', at: 0 })).toEqual(['$.status: nope not in enum']);
  });
});
