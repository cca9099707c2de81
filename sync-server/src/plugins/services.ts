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
import { openStorage } from '../storage/index';
import type { Storage } from '../storage/types';

declare module 'fastify' {
  interface FastifyInstance {
    config: ServerConfig;
    storage: Storage;
    hub: ChangeHub;
    authService: AuthService;
    accountAdmin: AccountAdmin;
  }
}

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
    // Open event streams would keep the server from closing.
    app.addHook('preClose', async () => hub.closeAll());
    app.addHook('onClose', async () => {
      await authService.drain();
      await relay?.stop();
      if (!given) await storage.close();
    });
  },
  { name: 'services' },
);
