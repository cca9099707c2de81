/**
 * Storage, the change hub and the auth service, decorated on the app so
 * routes share one instance of each. Storage opened here is closed with the
 * app; storage passed in by the caller (tests, bench) is the caller's.
 */
import fp from 'fastify-plugin';
import { AccountAdmin } from '../auth/accountAdmin';
import { AuthService } from '../auth/service';
import type { ServerConfig } from '../config';
import { ChangeHub } from '../replication/hub';
import { ChangeRelay } from '../replication/relay';
import { DEFAULT_OWNER_OPTIONS, RollupOwner, type OwnerOptions } from '../stats/owner';
import { StatsRollups } from '../stats/rollups';
import { openStorage } from '../storage/index';
import type { Storage } from '../storage/types';

declare module 'fastify' {
  interface FastifyInstance {
    config: ServerConfig;
    storage: Storage;
    hub: ChangeHub;
    authService: AuthService;
    accountAdmin: AccountAdmin;
    statsRollups: StatsRollups;
    statsOwner: RollupOwner;
  }
}

export interface ServicesOptions {
  config: ServerConfig;
  storage?: Storage;
  /** Tests: the clock of sign-ins and statistics (ticks then run only when called), and the owner's retry interval. */
  clock?: () => number;
  statsOwnerRetryMs?: number;
}

export default fp<ServicesOptions>(
  async (app, { config, storage: given, clock, statsOwnerRetryMs }) => {
    const storage =
      given ??
      (await openStorage({
        dataDir: config.dataDir,
        databaseUrl: config.databaseUrl,
        postgres: { poolSize: config.pgPoolSize, statementTimeoutMs: config.pgStatementTimeoutMs },
      }));
    const hub = new ChangeHub({ perUser: config.streamsPerUser, total: config.streamsTotal });
    // PostgreSQL: changes committed by any process reach this hub (SQLite: none, one process).
    const relay = await ChangeRelay.start(storage, hub);
    const authService = new AuthService(storage, hub, {
      sessionTtlMs: config.sessionTtlMs,
      sessionMaxLifetimeMs: config.sessionMaxLifetimeMs,
      ...(clock ? { now: clock } : {}),
    });
    app.decorate('config', config);
    app.decorate('storage', storage);
    app.decorate('hub', hub);
    app.decorate('authService', authService);
    app.decorate('accountAdmin', new AccountAdmin(storage, hub));
    // Statistics rollups follow every commit in the one process that owns them (stats/owner.ts).
    const rollups = new StatsRollups(storage, hub, clock);
    const ownerOptions: OwnerOptions = {
      retryMs: statsOwnerRetryMs ?? DEFAULT_OWNER_OPTIONS.retryMs,
      tickMs: clock ? 0 : DEFAULT_OWNER_OPTIONS.tickMs,
      now: clock ?? Date.now,
    };
    const owner = new RollupOwner(storage, hub, rollups, ownerOptions);
    // A new sign-in day: the owner recounts the school's points now (another process's are picked up by the tick).
    authService.onNewSignInDay = (orgPath) => owner.signedIn(orgPath);
    app.decorate('statsRollups', rollups);
    app.decorate('statsOwner', owner);
    app.addHook('onReady', () => owner.start());
    // Open event streams would keep the server from closing.
    app.addHook('preClose', async () => hub.closeAll());
    app.addHook('onClose', async () => {
      await authService.drain();
      await owner.stop();
      await relay?.stop();
      if (!given) await storage.close();
    });
  },
  { name: 'services' },
);
