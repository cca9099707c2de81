// commitImport applies a large journal in parts (src/db/repositories/importCommit.ts):
// every part keeps the order applyJournal relies on, and nothing is lost or doubled.
import { describe, expect, it } from 'vitest';
import { journalParts } from '@/db/repositories/importCommit';
import type { ImportJournalDocs } from '@/db/repositories/importJournal';
import type { AccountDoc, AuditDoc, IdentityDoc, OrgDoc, PersonDoc } from '@/domain/schemas';

const person = (id: string) => ({ id }) as PersonDoc;
const identity = (id: string) => ({ id }) as IdentityDoc;
const account = (id: string, personId: string) => ({ id, personId }) as AccountDoc;

function docsOf(people: number): ImportJournalDocs {
  const ids = Array.from({ length: people }, (_, i) => `p${i}`);
  return {
    orgs: [{ id: 'cls-1' } as OrgDoc],
    // Identities listed in another order than the people, plus one of a person not in the file's new rows.
    identities: [...ids].reverse().map(identity).concat(identity('p-elsewhere')),
    people: ids.map(person),
    accounts: ids.map((id) => account(`acc-${id}`, id)).concat(account('acc-unit', '')),
    audit: [{ id: 'imp-1' } as AuditDoc],
  };
}

describe('journalParts', () => {
  it('keeps a journal of up to one part whole', () => {
    const docs = docsOf(1000);
    expect(journalParts(docs, 1000)).toEqual([docs]);
  });

  it('splits by people; each part carries its people’s identities and accounts, units first, the audit record last', () => {
    const docs = docsOf(2500);
    const parts = journalParts(docs, 1000);
    expect(parts.map((p) => p.people.length)).toEqual([1000, 1000, 500]);
    expect(parts.map((p) => p.orgs.length)).toEqual([1, 0, 0]);
    expect(parts.map((p) => p.audit.length)).toEqual([0, 0, 1]);
    for (const part of parts) {
      const ids = new Set(part.people.map((p) => p.id));
      expect(part.identities.filter((i) => i.id !== 'p-elsewhere').every((i) => ids.has(i.id))).toBe(true);
      expect(part.accounts.filter((a) => a.personId !== '').every((a) => ids.has(a.personId))).toBe(true);
      // Every person's identity and account are in the same part as the person.
      expect(part.identities.filter((i) => ids.has(i.id))).toHaveLength(ids.size);
      expect(part.accounts.filter((a) => ids.has(a.personId))).toHaveLength(ids.size);
    }
    // Nothing lost or doubled; documents of no person in the journal go with the first part.
    const all = (key: keyof ImportJournalDocs) => parts.flatMap((p) => p[key].map((d) => d.id)).sort();
    for (const key of ['orgs', 'identities', 'people', 'accounts', 'audit'] as const) expect(all(key)).toEqual(docs[key].map((d) => d.id).sort());
    expect(parts[0]?.identities.some((i) => i.id === 'p-elsewhere')).toBe(true);
    expect(parts[0]?.accounts.some((a) => a.id === 'acc-unit')).toBe(true);
  });
});
