import { inSubtree } from '@/db/selectors';
import type { XiaoanDatabase } from '@/db/types';
import type { AccountDoc, IdentityDoc, OrgDoc, PersonDoc } from '@/domain/schemas';
import type { ExistingPerson, IdHolder, TemplateKind } from '@/import';

/**
 * What the import engine needs to know about this device's database, read
 * once before a file is checked and planned. Plain data: it crosses to the
 * import worker by structured clone.
 */
export interface ImportWorld {
  /** The administrator's subtree, deleted units included (the engine skips them). */
  orgs: OrgDoc[];
  /** Teachers or students of the target school, with their ID numbers: matched by ID number. */
  people: ExistingPerson[];
  /** Accounts a row may already have: the people's, or the units' for the unit templates. */
  accounts: AccountDoc[];
  /** Every username this device knows of, requested ones included. */
  takenUsernames: Set<string>;
  /** Who holds each ID number on this device, for the "held by someone else" check. */
  idHolders: Map<string, IdHolder>;
}

function idHoldersOf(people: readonly PersonDoc[], identities: readonly IdentityDoc[]): Map<string, IdHolder> {
  const personById = new Map(people.map((p) => [p.id, p]));
  const holders = new Map<string, IdHolder>();
  for (const identity of identities) {
    const person = personById.get(identity.id);
    if (!person || person.deletedAt || !identity.idNumber) continue;
    holders.set(identity.idNumber, { personId: person.id, kind: person.kind, schoolId: person.schoolId, name: person.name });
  }
  return holders;
}

export async function loadImportWorld(
  db: XiaoanDatabase,
  scopePath: string,
  template: TemplateKind,
  schoolId: string | null,
): Promise<ImportWorld> {
  const [orgDocs, peopleDocs, identityDocs, accountDocs] = await Promise.all([
    db.orgs.find({ selector: inSubtree(scopePath) }).exec(),
    db.people.find().exec(),
    db.identities.find().exec(),
    db.accounts.find().exec(),
  ]);
  const orgs = orgDocs.map((d) => d.toJSON() as OrgDoc);
  const allPeople = peopleDocs.map((d) => d.toJSON() as PersonDoc);
  const identities = identityDocs.map((d) => d.toJSON() as IdentityDoc);
  const allAccounts = accountDocs.map((d) => d.toJSON() as AccountDoc);

  const isPerson = template === 'teacher' || template === 'student';
  const identityById = new Map(identities.map((i) => [i.id, i]));
  const people: ExistingPerson[] = [];
  if (isPerson && schoolId) {
    for (const person of allPeople) {
      const identity = identityById.get(person.id);
      if (person.schoolId === schoolId && person.kind === template && identity) people.push({ person, identity });
    }
  }
  const personIds = new Set(people.map((p) => p.person.id));
  // Administrators also hold the accounts of the units above them (to name
  // who entered a record); an import only ever matches accounts of its own subtree.
  const accounts = allAccounts.filter(
    (a) => a.orgPath.startsWith(scopePath) && (isPerson ? personIds.has(a.personId) : a.personId === ''),
  );
  const takenUsernames = new Set<string>();
  for (const a of allAccounts) {
    if (a.username) takenUsernames.add(a.username);
    if (a.requestedUsername) takenUsernames.add(a.requestedUsername);
  }
  return { orgs, people, accounts, takenUsernames, idHolders: idHoldersOf(allPeople, identities) };
}
