/**
 * Entry point: `tsx sync-server/src/main.ts` (npm run serve; npm start
 * builds the app first). Environment: PORT (8080), HOST (0.0.0.0),
 * DATA_DIR (./data), DATABASE_URL (postgres://… selects PostgreSQL),
 * XIAOAN_ADMIN_PASSWORD, XIAOAN_DEMO (0 turns the demo off), TRUST_PROXY,
 * PG_POOL_SIZE, PG_STATEMENT_TIMEOUT_MS (see docs/deploy.md).
 */
import { buildApp } from './app';
import { describeAdminBootstrap, ensureTopAdmin } from './bootstrap/admin';
import { demoTable, ensureDemo } from './bootstrap/demo';
import { loadConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await buildApp({ config, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  const lines: string[] = [];
  lines.push(...describeAdminBootstrap(await ensureTopAdmin(app.storage, app.hub, config.adminPassword)));
  if (config.demo) lines.push(...demoTable(await ensureDemo(app.storage, app.hub)));

  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  console.log(
    [
      '',
      `校安 Xiao'an 同步服务已启动：http://${shown}:${config.port}/`,
      `存储：${app.storage.kind === 'postgres' ? 'PostgreSQL' : `SQLite（${config.dataDir}）`}`,
      ...lines,
      '',
    ].join('\n'),
  );

  const stop = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('启动失败：', error);
  process.exit(1);
});
