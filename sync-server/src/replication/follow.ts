/**
 * What moves with a person. When a push moves a teacher or student (to
 * another class or school), the server moves in the same transaction
 * - their identity (ID number, phone), which lives where they live, and
 * - their own sign-in account (a student's class, a teacher's school),
 * so no copy of the identity stays readable at the old school and the
 * account's scope follows its owner. Each move leaves a departure, which
 * tells the devices at the old place to drop their copies.
 */
import type { Principal } from '#domain/auth/principal';
import type { AccountWire } from '../auth/accounts';
import type { StorageTx } from '../storage/types';
import { toWire, writeDocs, type WireDoc } from './docs';
import type { ChangeSet } from './hub';

/** Roles whose account lives where its person lives. */
const PERSONAL_ROLES = new Set(['student', 'teacher']);

export async function followPersonMoves(
  tx: StorageTx,
  changes: ChangeSet,
  principal: Principal,
  moved: readonly WireDoc[],
): Promise<void> {
  if (!moved.length) return;
  const now = Date.now();
  const stamp = { modifiedAt: now, modifiedBy: principal.id };
  const byId = new Map(moved.map((p) => [p.id, p]));

  const identities = (await tx.getDocs('identities', [...byId.keys()])).map(toWire);
  const movedIdentities = identities.flatMap((identity) => {
    const person = byId.get(identity.id);
    return person && identity.orgPath !== person.orgPath ? [{ ...identity, orgPath: person.orgPath, ...stamp }] : [];
  });
  await writeDocs(tx, changes, 'identities', movedIdentities);

  const movedAccounts: WireDoc[] = [];
  for (const person of moved) {
    const unitId = person.kind === 'student' ? String(person.classId) : String(person.schoolId);
    for (const row of await tx.docsBySubject('accounts', person.id)) {
      const account = toWire(row) as unknown as AccountWire;
      if (!PERSONAL_ROLES.has(account.role) || account.orgPath === person.orgPath) continue;
      movedAccounts.push({ ...account, orgId: unitId, orgPath: person.orgPath, ...stamp } as unknown as WireDoc);
      if (await tx.findUserById(account.id)) {
        await tx.updateUser(account.id, { orgId: unitId, orgPath: person.orgPath });
        changes.closedUsers.add(account.id);
      }
    }
  }
  await writeDocs(tx, changes, 'accounts', movedAccounts);
}
