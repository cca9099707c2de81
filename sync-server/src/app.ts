/**
 * The Fastify app: services (storage, change hub, auth), the error handler,
 * authentication, the API under /api and the built client at /.
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { ServerConfig } from './config';
import authPlugin from './plugins/auth';
import errors from './plugins/errors';
import services from './plugins/services';
import staticApp from './plugins/static';
import api from './routes/api/index';
import type { Storage } from './storage/types';

export interface AppOptions {
  config: ServerConfig;
  /** Use this storage instead of opening one from the config (the caller closes it). */
  storage?: Storage;
  logger?: FastifyServerOptions['logger'];
  /** Tests: the server's clock for sign-ins and statistics (clock ticks then run only when called). */
  clock?: () => number;
  statsOwnerRetryMs?: number;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Event streams and keep-alive sockets must not hold up a shutdown.
    forceCloseConnections: true,
  });
  await app.register(services, {
    config: options.config,
    storage: options.storage,
    clock: options.clock,
    statsOwnerRetryMs: options.statsOwnerRetryMs,
  });
  await app.register(errors);
  await app.register(authPlugin);
  await app.register(api, { prefix: '/api' });
  await app.register(staticApp, { distDir: options.config.distDir });
  return app;
}
