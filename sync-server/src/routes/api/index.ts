import type { FastifyPluginAsync } from 'fastify';
import admin from './admin';
import auth from './auth';
import files from './files';
import health from './health';
import sync from './sync';

/** Everything under /api. Authentication is the `auth` plugin's hook (routes opt out with `public`). */
const api: FastifyPluginAsync = async (app) => {
  await app.register(health);
  await app.register(auth, { prefix: '/auth' });
  await app.register(sync, { prefix: '/sync' });
  await app.register(admin, { prefix: '/admin' });
  await app.register(files, { prefix: '/files' });
};

export default api;
