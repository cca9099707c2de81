import { canonicalJson, jsonEqual } from './jsonValue';

/**
 * Three-way merge for the RxDB conflict handler. When a push is refused
 * because the server's copy moved on, RxDB gives us the state this device
 * last saw from the server (`base`, assumedMasterState), this device's
 * version (`local`, newDocumentState) and the server's (`remote`,
 * realMasterState). We merge per top-level field:
 *
 * - changed on one side only → that side's value;
 * - changed on both sides to the same value → that value;
 * - changed on both sides differently → the side with the later
 *   `modifiedAt` wins; ties go to the greater `modifiedBy`, then to the
 *   greater canonical JSON of the value. Every device and the server reach
 *   the same result from the same inputs, so replicas converge. The losing
 *   value is returned as a conflict for an administrator to review
 *   (conflicts collection) — nothing is silently dropped.
 *
 * A top-level field is the unit: nested objects (`review`, `school`) and
 * arrays are compared and taken as whole values, because their parts
 * belong together (a review status without its reason is meaningless).
 */
export interface MergeOptions {
  /**
   * Extra fields left out of the merge, besides RxDB's metadata (which
   * always is); their value is taken from `remote`, or from `local` when
   * `remote` lacks them.
   */
  ignoreFields?: readonly string[];
}

export interface MergeConflict {
  field: string;
  winningValue: unknown;
  losingValue: unknown;
  /** `modifiedBy` of the side whose value lost. */
  losingBy: string;
}

export interface MergeResult<T> {
  merged: T;
  conflicts: MergeConflict[];
}

export const RXDB_META_FIELDS = ['_meta', '_rev', '_attachments'] as const;
const DELETED = '_deleted';
const MODIFIED_AT = 'modifiedAt';
const MODIFIED_BY = 'modifiedBy';

type Doc = Record<string, unknown>;
type Side = 'local' | 'remote';

interface Stamp {
  at: number;
  by: string;
}

function stampOf(doc: Doc): Stamp {
  const at = doc[MODIFIED_AT];
  const by = doc[MODIFIED_BY];
  return { at: typeof at === 'number' ? at : 0, by: typeof by === 'string' ? by : '' };
}

/** Which side wins a field both sides changed; deterministic on every device. */
function winnerOf(local: Stamp, remote: Stamp, localValue: unknown, remoteValue: unknown): Side {
  if (local.at !== remote.at) return local.at > remote.at ? 'local' : 'remote';
  if (local.by !== remote.by) return local.by > remote.by ? 'local' : 'remote';
  return canonicalJson(localValue) > canonicalJson(remoteValue) ? 'local' : 'remote';
}

const isDeleted = (doc: Doc | undefined) => doc?.[DELETED] === true;

export function mergeThreeWay<T extends object>(
  base: T | undefined,
  local: T,
  remote: T,
  options: MergeOptions = {},
): MergeResult<T> {
  const b = base as Doc | undefined;
  const l = local as Doc;
  const r = remote as Doc;
  const ignored = new Set<string>([...RXDB_META_FIELDS, ...(options.ignoreFields ?? []), DELETED, MODIFIED_AT, MODIFIED_BY]);
  const localStamp = stampOf(l);
  const remoteStamp = stampOf(r);
  const docWinner = winnerOf(localStamp, remoteStamp, l, r);

  const merged: Doc = {};
  const conflicts: MergeConflict[] = [];
  const changed: Record<Side, boolean> = { local: false, remote: false };
  const fields = new Set([...Object.keys(b ?? {}), ...Object.keys(l), ...Object.keys(r)]);

  for (const field of fields) {
    if (ignored.has(field)) continue;
    const baseValue = b?.[field];
    const localValue = l[field];
    const remoteValue = r[field];
    const localChanged = !jsonEqual(localValue, baseValue);
    const remoteChanged = !jsonEqual(remoteValue, baseValue);
    changed.local ||= localChanged;
    changed.remote ||= remoteChanged;

    let value: unknown;
    if (jsonEqual(localValue, remoteValue) || !remoteChanged) value = localValue;
    else if (!localChanged) value = remoteValue;
    else {
      const side = winnerOf(localStamp, remoteStamp, localValue, remoteValue);
      value = side === 'local' ? localValue : remoteValue;
      conflicts.push({
        field,
        winningValue: value,
        losingValue: side === 'local' ? remoteValue : localValue,
        losingBy: side === 'local' ? remoteStamp.by : localStamp.by,
      });
    }
    if (value !== undefined) merged[field] = value;
  }

  for (const field of ignored) {
    if (field === DELETED || field === MODIFIED_AT || field === MODIFIED_BY) continue;
    const value = field in r ? r[field] : l[field];
    if (value !== undefined) merged[field] = value;
  }

  const deletion = mergeDeleted(b, l, r, changed, localStamp, remoteStamp);
  if (deletion.value !== undefined) merged[DELETED] = deletion.value;
  if (deletion.conflict) conflicts.push(deletion.conflict);

  const winnerStamp = docWinner === 'local' ? localStamp : remoteStamp;
  merged[MODIFIED_AT] = Math.max(localStamp.at, remoteStamp.at);
  merged[MODIFIED_BY] = winnerStamp.by;
  return { merged: merged as T, conflicts };
}

/**
 * RxDB's tombstone flag. When the sides agree, that is the answer. When the
 * base was already deleted, the side that brought the document back wins
 * (a plain one-sided change). Otherwise one side deleted a live document
 * while the other kept it:
 *
 * - if the keeping side did not edit it, the deletion stands;
 * - if it edited it at the same time as or after the deletion (by
 *   `modifiedAt`), the edit wins and the document stays: the editor was
 *   still working on the record, and an unwanted record is easy to delete
 *   again while a lost edit is gone for good;
 * - if the edit came before the deletion, the deletion stands (the edited
 *   fields are still merged into the tombstone).
 *
 * Both outcomes of a real clash are reported as a conflict on `_deleted`.
 * This relies on deletions being stamped with modifiedAt/modifiedBy by the
 * repository layer, like every other write.
 */
function mergeDeleted(
  base: Doc | undefined,
  local: Doc,
  remote: Doc,
  changed: Record<Side, boolean>,
  localStamp: Stamp,
  remoteStamp: Stamp,
): { value: boolean | undefined; conflict?: MergeConflict } {
  const present = (base !== undefined && DELETED in base) || DELETED in local || DELETED in remote;
  const l = isDeleted(local);
  const r = isDeleted(remote);
  if (l === r) return { value: present ? l : undefined };
  if (isDeleted(base)) return { value: false };

  const deleter: Side = l ? 'local' : 'remote';
  const keeper: Side = l ? 'remote' : 'local';
  const stamps: Record<Side, Stamp> = { local: localStamp, remote: remoteStamp };
  if (!changed[keeper]) return { value: true };

  const editWins = stamps[keeper].at >= stamps[deleter].at;
  return {
    value: !editWins,
    conflict: {
      field: DELETED,
      winningValue: !editWins,
      losingValue: editWins,
      losingBy: stamps[editWins ? deleter : keeper].by,
    },
  };
}
