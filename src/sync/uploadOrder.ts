import { genderFromIdNumber } from '@/domain/roster/idNumber';
import type { CollectionName } from '@/domain/schemas';

/**
 * Collections replicate independently, but the server checks references
 * (a person's class, an account's person, an identity's person) against
 * what it already holds. So a collection uploads only once the collections
 * it refers to have nothing waiting: a class created offline reaches the
 * server before its students, a person's change before its identity's, an
 * accident before the names of its injured.
 */
export const UPLOAD_AFTER: Partial<Record<CollectionName, readonly CollectionName[]>> = {
  people: ['orgs'],
  identities: ['orgs', 'people', 'accidents'],
  accounts: ['orgs', 'people'],
  activities: ['orgs', 'people', 'content'],
  inspections: ['orgs', 'content'],
  hazards: ['orgs', 'inspections'],
  accidents: ['orgs'],
};

/** How long a push waits for its turn before RxDB's retry takes over (offline again, say). */
export const UPLOAD_WAIT_MS = 30_000;

/** Thrown by a push handler to try again later (RxDB retries the batch): not an error to show. */
export class UploadWaiting extends Error {
  readonly code = 'upload_waiting';
  constructor(readonly waitingFor: string) {
    super(`upload waits for ${waitingFor}`);
  }
}

/**
 * How long an identity whose ID number disagrees with its person's gender
 * is held back for the person's own change to arrive (the form writes the
 * identity first). Past this, it is sent as it is and the server decides.
 */
export const GENDER_SETTLE_MS = 10_000;

/**
 * Identity rows whose ID number's gender disagrees with the person on this
 * device: the person's change is on its way (written right after), or the
 * pair is wrong and the server will say so.
 */
export function unsettledIdentities(
  rows: readonly { id: string; idNumber?: unknown }[],
  localGender: (id: string) => string | undefined,
): string[] {
  return rows
    .filter((row) => {
      const fromId = typeof row.idNumber === 'string' ? genderFromIdNumber(row.idNumber) : null;
      const gender = localGender(row.id);
      return fromId !== null && gender !== undefined && fromId !== gender;
    })
    .map((row) => row.id);
}
