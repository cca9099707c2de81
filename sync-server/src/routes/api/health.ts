import type { FastifyPluginAsync } from 'fastify';

const health: FastifyPluginAsync = async (app) => {
  app.get('/health', { config: { public: true } }, async () => ({
    status: 'ok',
    storage: app.storage.kind,
    version: app.config.version,
  }));
};

export default health;
