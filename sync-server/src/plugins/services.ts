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
  }
}

/** Set once every unit has been counted: later changes update the rollups incrementally. */
// v2: accidents entered the figures; a database counted before is recounted once.
const ROLLUPS_KEY = 'stats_rollups_v2';

export interface ServicesOptions {
  config: ServerConfig;
  storage?: Storage;
}

export default fp<ServicesOptions>(
  async (app, { config, storage: given }) => {
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
    });
    app.decorate('config', config);
    app.decorate('storage', storage);
    app.decorate('hub', hub);
    app.decorate('authService', authService);
    app.decorate('accountAdmin', new AccountAdmin(storage, hub));
    // Statistics rollups follow every commit; a database from before them is counted once at start.
    const rollups = new StatsRollups(storage, hub);
    hub.observe((batches) => rollups.onCommitted(batches));
    app.decorate('statsRollups', rollups);
    app.addHook('onReady', async () => {
      if (await storage.getMeta(ROLLUPS_KEY)) return;
      await rollups.rebuildAll();
      await storage.transaction((tx) => tx.setMeta(ROLLUPS_KEY, String(Date.now())));
    });
    // Open event streams would keep the server from closing.
    app.addHook('preClose', async () => hub.closeAll());
    app.addHook('onClose', async () => {
      await authService.drain();
      await rollups.idle();
      await relay?.stop();
      if (!given) await storage.close();
    });
  },
  { name: 'services' },
);
