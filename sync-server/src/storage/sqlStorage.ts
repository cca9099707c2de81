/**
 * The Storage interface in portable SQL (`?` placeholders, upserts with
 * ON CONFLICT, row-value comparisons): the adapters only supply a driver.
 */
import type { ReadScope } from '../../../src/domain/auth/permissions';
import type { Role } from '../../../src/domain/auth/roles';
import type { SqlDriver, SqlExecutor, SqlValue } from './driver';
import type {
  Checkpoint,
  DocReader,
  DocRow,
  DocWrite,
  ListDocsOptions,
  SessionRow,
  Storage,
  StorageKind,
  StorageTx,
  UserPatch,
  UserRow,
} from './types';

interface DocRecord {
  id: string;
  org_path: string;
  subject_id: string;
  server_updated_at: number;
  deleted: number;
  data: string;
}

interface UserRecord {
  id: string;
  username: string;
  password_hash: string;
  must_change_password: number;
  disabled: number;
  role: string;
  org_id: string;
  org_path: string;
  person_id: string;
  display_name: string;
  created_at: number;
  password_changed_at: number;
}

interface SessionRecord {
  id: string;
  user_id: string;
  token_hash: string;
  label: string;
  user_agent: string;
  ip: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  revoked_at: number;
}

const DOC_COLUMNS = 'id, org_path, subject_id, server_updated_at, deleted, data';
const USER_COLUMNS =
  'id, username, password_hash, must_change_password, disabled, role, org_id, org_path, person_id, display_name, created_at, password_changed_at';
const SESSION_COLUMNS = 'id, user_id, token_hash, label, user_agent, ip, created_at, last_seen_at, expires_at, revoked_at';

/** Rows per multi-row INSERT (7 parameters each stays far below every limit). */
const WRITE_CHUNK = 200;
/** Ids per IN (…) list. */
const READ_CHUNK = 500;

function toDoc(r: DocRecord): DocRow {
  return {
    id: r.id,
    orgPath: r.org_path,
    subjectId: r.subject_id,
    updatedAt: Number(r.server_updated_at),
    deleted: Number(r.deleted) === 1,
    data: r.data,
  };
}

function toUser(r: UserRecord): UserRow {
  return {
    id: r.id,
    username: r.username,
    passwordHash: r.password_hash,
    mustChangePassword: Number(r.must_change_password) === 1,
    disabled: Number(r.disabled) === 1,
    role: r.role as Role,
    orgId: r.org_id,
    orgPath: r.org_path,
    personId: r.person_id,
    displayName: r.display_name,
    createdAt: Number(r.created_at),
    passwordChangedAt: Number(r.password_changed_at),
  };
}

function toSession(r: SessionRecord): SessionRow {
  return {
    id: r.id,
    userId: r.user_id,
    tokenHash: r.token_hash,
    label: r.label,
    userAgent: r.user_agent,
    ip: r.ip,
    createdAt: Number(r.created_at),
    lastSeenAt: Number(r.last_seen_at),
    expiresAt: Number(r.expires_at),
    revokedAt: Number(r.revoked_at),
  };
}

const flag = (value: boolean): number => (value ? 1 : 0);
const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/**
 * Upper bound of an org-path prefix range. Paths end with "/" (0x2F); every
 * path starting with `prefix` sorts below the same prefix ending in "0"
 * (0x30), and nothing else in between does (byte-wise collation).
 */
export function prefixUpperBound(prefix: string): string {
  return `${prefix.slice(0, -1)}0`;
}

/** The SQL condition of a read scope; `FALSE` for an empty one. */
export function scopeCondition(scope: ReadScope): { sql: string; params: SqlValue[] } {
  const terms: string[] = [];
  const params: SqlValue[] = [];
  for (const prefix of scope.prefixes) {
    if (!prefix.endsWith('/')) throw new Error(`org-path prefix must end with "/": ${prefix}`);
    terms.push('(org_path >= ? AND org_path < ?)');
    params.push(prefix, prefixUpperBound(prefix));
  }
  if (scope.exactPaths.length) {
    terms.push(`org_path IN (${placeholders(scope.exactPaths.length)})`);
    params.push(...scope.exactPaths);
  }
  if (scope.ids.length) {
    terms.push(`id IN (${placeholders(scope.ids.length)})`);
    params.push(...scope.ids);
  }
  if (scope.subjectIds.length) {
    terms.push(`subject_id IN (${placeholders(scope.subjectIds.length)})`);
    params.push(...scope.subjectIds);
  }
  return terms.length ? { sql: `(${terms.join(' OR ')})`, params } : { sql: '(1 = 0)', params };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Reads shared by the committed-read view and the transaction view. */
class Reader implements DocReader {
  constructor(protected readonly ex: SqlExecutor) {}

  async getDocs(collection: string, ids: readonly string[]): Promise<DocRow[]> {
    const out: DocRow[] = [];
    for (const part of chunks([...new Set(ids)], READ_CHUNK)) {
      const rows = await this.ex.all<DocRecord>(
        `SELECT ${DOC_COLUMNS} FROM docs WHERE collection = ? AND id IN (${placeholders(part.length)})`,
        [collection, ...part],
      );
      out.push(...rows.map(toDoc));
    }
    return out;
  }

  async findUserById(id: string): Promise<UserRow | undefined> {
    const [row] = await this.ex.all<UserRecord>(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`, [id]);
    return row ? toUser(row) : undefined;
  }

  async findUserByUsername(username: string): Promise<UserRow | undefined> {
    const [row] = await this.ex.all<UserRecord>(`SELECT ${USER_COLUMNS} FROM users WHERE username = ?`, [username]);
    return row ? toUser(row) : undefined;
  }

  async usernamesStartingWith(base: string): Promise<string[]> {
    // Byte-wise range [base, base + U+10FFFF): every name with this prefix.
    const rows = await this.ex.all<{ username: string }>(
      'SELECT username FROM users WHERE username >= ? AND username < ?',
      [base, `${base}${String.fromCodePoint(0x10ffff)}`],
    );
    return rows.map((r) => r.username);
  }
}

class Tx extends Reader implements StorageTx {
  private clock: number | undefined;

  async timestamp(): Promise<number> {
    if (this.clock === undefined) {
      const now = Date.now();
      const [row] = await this.ex.all<{ last_value: number }>(
        `UPDATE server_clock SET last_value = CASE WHEN last_value + 1 > ? THEN last_value + 1 ELSE ? END
         WHERE id = 1 RETURNING last_value`,
        [now, now],
      );
      if (!row) throw new Error('server clock row missing');
      this.clock = Number(row.last_value);
    }
    return this.clock;
  }

  async putDocs(collection: string, docs: readonly DocWrite[]): Promise<number> {
    const at = await this.timestamp();
    for (const part of chunks(docs, WRITE_CHUNK)) {
      const params: SqlValue[] = [];
      for (const d of part) params.push(collection, d.id, d.orgPath, d.subjectId, at, flag(d.deleted), d.data);
      await this.ex.run(
        `INSERT INTO docs (collection, id, org_path, subject_id, server_updated_at, deleted, data)
         VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}
         ON CONFLICT (collection, id) DO UPDATE SET
           org_path = excluded.org_path, subject_id = excluded.subject_id,
           server_updated_at = excluded.server_updated_at, deleted = excluded.deleted, data = excluded.data`,
        params,
      );
    }
    return at;
  }

  async insertUser(u: UserRow): Promise<void> {
    await this.ex.run(`INSERT INTO users (${USER_COLUMNS}) VALUES (${placeholders(12)})`, [
      u.id,
      u.username,
      u.passwordHash,
      flag(u.mustChangePassword),
      flag(u.disabled),
      u.role,
      u.orgId,
      u.orgPath,
      u.personId,
      u.displayName,
      u.createdAt,
      u.passwordChangedAt,
    ]);
  }

  async updateUser(id: string, patch: UserPatch): Promise<void> {
    const columns: Record<keyof UserPatch, string> = {
      username: 'username',
      passwordHash: 'password_hash',
      mustChangePassword: 'must_change_password',
      disabled: 'disabled',
      role: 'role',
      orgId: 'org_id',
      orgPath: 'org_path',
      personId: 'person_id',
      displayName: 'display_name',
      passwordChangedAt: 'password_changed_at',
    };
    const sets: string[] = [];
    const params: SqlValue[] = [];
    for (const [key, value] of Object.entries(patch) as [keyof UserPatch, UserPatch[keyof UserPatch]][]) {
      if (value === undefined) continue;
      sets.push(`${columns[key]} = ?`);
      params.push(typeof value === 'boolean' ? flag(value) : value);
    }
    if (!sets.length) return;
    await this.ex.run(`UPDATE users SET ${sets.join(', ')} WHERE id = ?`, [...params, id]);
  }

  async insertSession(s: SessionRow): Promise<void> {
    await this.ex.run(`INSERT INTO sessions (${SESSION_COLUMNS}) VALUES (${placeholders(10)})`, [
      s.id,
      s.userId,
      s.tokenHash,
      s.label,
      s.userAgent,
      s.ip,
      s.createdAt,
      s.lastSeenAt,
      s.expiresAt,
      s.revokedAt,
    ]);
  }

  async revokeUserSessions(userId: string, at: number, exceptSessionId = ''): Promise<string[]> {
    const rows = await this.ex.all<{ id: string }>(
      'UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at = 0 AND id <> ? RETURNING id',
      [at, userId, exceptSessionId],
    );
    return rows.map((r) => r.id);
  }

  async revokeSession(id: string, at: number): Promise<boolean> {
    return (await this.ex.run('UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at = 0', [at, id])) > 0;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.ex.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
      key,
      value,
    ]);
  }
}

export class SqlStorage extends Reader implements Storage {
  readonly kind: StorageKind;

  constructor(private readonly driver: SqlDriver) {
    super(driver.reader);
    this.kind = driver.dialect;
  }

  transaction<T>(fn: (tx: StorageTx) => Promise<T>): Promise<T> {
    return this.driver.transaction((ex) => fn(new Tx(ex)));
  }

  async pull(collection: string, scope: ReadScope, checkpoint: Checkpoint | null, limit: number): Promise<DocRow[]> {
    const where = scopeCondition(scope);
    const params: SqlValue[] = [collection];
    let after = '';
    if (checkpoint) {
      after = 'AND (server_updated_at, id) > (?, ?)';
      params.push(checkpoint.updatedAt, checkpoint.id);
    }
    const rows = await this.ex.all<DocRecord>(
      `SELECT ${DOC_COLUMNS} FROM docs WHERE collection = ? ${after} AND ${where.sql}
       ORDER BY server_updated_at, id LIMIT ?`,
      [...params, ...where.params, limit],
    );
    return rows.map(toDoc);
  }

  async listDocs(collection: string, o: ListDocsOptions): Promise<DocRow[]> {
    const rows = await this.ex.all<DocRecord>(
      `SELECT ${DOC_COLUMNS} FROM docs WHERE collection = ? AND org_path >= ? AND org_path < ? AND id > ?
       ${o.includeDeleted ? '' : 'AND deleted = 0'} ORDER BY id LIMIT ?`,
      [collection, o.prefix, prefixUpperBound(o.prefix), o.afterId ?? '', o.limit],
    );
    return rows.map(toDoc);
  }

  async findSessionByTokenHash(tokenHash: string): Promise<SessionRow | undefined> {
    const [row] = await this.ex.all<SessionRecord>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE token_hash = ?`, [tokenHash]);
    return row ? toSession(row) : undefined;
  }

  async findSession(id: string): Promise<SessionRow | undefined> {
    const [row] = await this.ex.all<SessionRecord>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = ?`, [id]);
    return row ? toSession(row) : undefined;
  }

  async listSessions(userId: string): Promise<SessionRow[]> {
    const rows = await this.ex.all<SessionRecord>(
      `SELECT ${SESSION_COLUMNS} FROM sessions WHERE user_id = ? ORDER BY created_at DESC, id`,
      [userId],
    );
    return rows.map(toSession);
  }

  async touchSession(id: string, lastSeenAt: number, expiresAt: number): Promise<void> {
    await this.driver.transaction((ex) =>
      ex.run('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id = ? AND revoked_at = 0', [lastSeenAt, expiresAt, id]),
    );
  }

  async getMeta(key: string): Promise<string | undefined> {
    const [row] = await this.ex.all<{ value: string }>('SELECT value FROM meta WHERE key = ?', [key]);
    return row?.value;
  }

  async analyze(): Promise<void> {
    await this.driver.transaction((ex) => ex.run('ANALYZE'));
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
