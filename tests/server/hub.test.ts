/**
 * Issue 7.5 — publishing a change costs work proportional to the
 * subscribers that may read it: the read rule of a user off the change's
 * branch of the tree is never even evaluated.
 */
import { describe, expect, it } from 'vitest';
import type { Principal } from '@/domain/auth/permissions';
import { ChangeHub, type Subscriber } from '../../sync-server/src/replication/hub';
import { toWrite, type WireDoc } from '../../sync-server/src/replication/docs';
import { by, hazard, PATHS } from './fixtures';

/** A principal whose fields may not be read once `armed` (the hub reads `orgPath` when subscribing). */
function tripwire(p: Principal, armed: { on: boolean }): Principal {
  return new Proxy(p, {
    get(target, key) {
      if (armed.on && key !== 'orgPath') throw new Error(`read rule of ${target.id} evaluated`);
      return Reflect.get(target, key);
    },
  });
}

function subscriber(principal: Principal, frames: string[]): Subscriber {
  return { userId: principal.id, sessionId: `s-${principal.id}`, principal, send: (f) => (frames.push(f), true), close: () => undefined };
}

describe('change hub fan-out', () => {
  it('evaluates only the users on the change’s branch and serialises once per user', () => {
    const hub = new ChangeHub({ perUser: 5, total: 10_000 });
    const armed = { on: false };
    const elsewhere: string[] = [];
    for (let i = 0; i < 500; i++) {
      const other: Principal = { id: `acc-${i}`, role: 'school_admin', orgId: `sch-${i}`, orgPath: `/41/4115/411599/sch-${i}/`, personId: '' };
      hub.subscribe(subscriber(tripwire(other, armed), elsewhere));
    }
    const adminFrames: string[] = [];
    const admin: Principal = { id: 'acc-schoola', role: 'school_admin', orgId: 'sch-a', orgPath: PATHS.schoolA, personId: '' };
    for (let i = 0; i < 3; i++) hub.subscribe({ ...subscriber(admin, adminFrames), sessionId: `tab-${i}` });
    armed.on = true;

    const docs = Array.from({ length: 2000 }, (_, i) => toWrite('hazards', by('schoola', hazard(`hz-${String(i).padStart(4, '0')}`, PATHS.schoolA)) as unknown as WireDoc));
    hub.publish([{ collection: 'hazards', updatedAt: 1, docs, departures: [] }]);

    expect(elsewhere).toEqual([]);
    expect(adminFrames).toHaveLength(3);
    expect(new Set(adminFrames).size).toBe(1);
    expect(JSON.parse(adminFrames[0]?.slice('data: '.length) ?? '{}').documents).toHaveLength(2000);
  });
});
