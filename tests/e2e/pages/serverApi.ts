// The sync server's HTTP API, as the tests use it to check what reached
// the server: sign in, then pull whole collections page by page with the
// server's own checkpoints (the same protocol the app replicates with).

import type { AccidentDoc, ActivityDoc, ConflictDoc, ContentDoc, HazardDoc, IdentityDoc, OrgDoc, PersonDoc } from '../../../src/domain/schemas';
import { DEMO_PASSWORD } from './testData';

interface Checkpoint {
  updatedAt: number;
  id: string;
}

interface PullPage<T> {
  documents: (T & { _deleted: boolean })[];
  checkpoint: Checkpoint | null;
}

export type Pulled<T> = T & { _deleted: boolean };

export interface CollectionDocs {
  orgs: OrgDoc;
  people: PersonDoc;
  identities: IdentityDoc;
  conflicts: ConflictDoc;
  content: ContentDoc;
  activities: ActivityDoc;
  hazards: HazardDoc;
  accidents: AccidentDoc;
}

/** What the server answers a push: conflicts to merge, and each refused row with its reason. */
export interface PushAnswer {
  conflicts: unknown[];
  refused: { id: string; code: string; reason: string }[];
}

export class ServerApi {
  private readonly tokens = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  /** POST /api/auth/login → token (cached per user). */
  async token(username: string, password = DEMO_PASSWORD): Promise<string> {
    const cached = this.tokens.get(username);
    if (cached) return cached;
    const res = await fetch(`${this.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!res.ok) throw new Error(`login ${username}: HTTP ${res.status} ${await res.text()}`);
    const { token } = (await res.json()) as { token: string };
    this.tokens.set(username, token);
    return token;
  }

  /** Forget cached tokens (not needed after a restart: tokens live in the server's database). */
  clearTokens(): void {
    this.tokens.clear();
  }

  /** Every document of a collection the user may read, tombstones included. */
  async pullAll<C extends keyof CollectionDocs>(username: string, collection: C, limit = 1000): Promise<Pulled<CollectionDocs[C]>[]> {
    const token = await this.token(username);
    const all: Pulled<CollectionDocs[C]>[] = [];
    let checkpoint: Checkpoint | null = null;
    for (;;) {
      const query = new URLSearchParams({ limit: String(limit) });
      if (checkpoint) query.set('checkpoint', JSON.stringify(checkpoint));
      const res = await fetch(`${this.baseUrl}/api/sync/${collection}/pull?${query}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      if (!res.ok) throw new Error(`pull ${collection}: HTTP ${res.status} ${await res.text()}`);
      const page = (await res.json()) as PullPage<CollectionDocs[C]>;
      all.push(...page.documents);
      if (page.documents.length < limit || !page.checkpoint) return all;
      checkpoint = page.checkpoint;
    }
  }

  /** Push rows as the user's device would (RxDB's `[{assumedMasterState, newDocumentState}]`). */
  async push<C extends keyof CollectionDocs>(
    username: string,
    collection: C,
    rows: { assumedMasterState?: Pulled<CollectionDocs[C]>; newDocumentState: Pulled<CollectionDocs[C]> }[],
  ): Promise<PushAnswer> {
    const token = await this.token(username);
    const res = await fetch(`${this.baseUrl}/api/sync/${collection}/push`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(rows),
    });
    if (!res.ok) throw new Error(`push ${collection}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as PushAnswer;
  }

  /** Live (not deleted) students the user can see, as the roster counts them. */
  async liveStudents(username: string): Promise<Pulled<PersonDoc>[]> {
    const people = await this.pullAll(username, 'people');
    return people.filter((p) => !p._deleted && p.kind === 'student' && p.deletedAt === 0);
  }

  /** Every ID number on the server the user can read. */
  async idNumbers(username: string): Promise<Set<string>> {
    const identities = await this.pullAll(username, 'identities');
    return new Set(identities.map((i) => i.idNumber));
  }

  async person(username: string, id: string): Promise<Pulled<PersonDoc> | undefined> {
    return (await this.pullAll(username, 'people')).find((p) => p.id === id);
  }

  async identity(username: string, id: string): Promise<Pulled<IdentityDoc> | undefined> {
    return (await this.pullAll(username, 'identities')).find((p) => p.id === id);
  }
}
