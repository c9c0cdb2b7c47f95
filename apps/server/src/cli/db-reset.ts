import pino from 'pino';
import { loadConfig } from '../config.js';
import { createDatabase, migrate, startEmbeddedPostgres } from '../core/db/index.js';
import { seedDemoDatabase } from '../server.js';
import { run } from './common.js';
import { allMigrations } from '../modules.js';

/**
 * Drops every table of the configured database and rebuilds it from the
 * migrations (and the demo seed when SEED_DEMO is on). Refuses without --yes.
 */
run(async () => {
  if (!process.argv.includes('--yes') && process.env.CI !== 'true') {
    console.error('This deletes all data. Run again with: npm run db:reset -- --yes');
    return 2;
  }
  const config = loadConfig();
  const log = pino({ level: 'warn' });
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT, log });
  const { db, pool } = createDatabase(config.DATABASE_URL ?? embedded!.url, 2);
  try {
    await pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    const applied = await migrate(pool, allMigrations());
    if (config.SEED_DEMO) {
      const url = config.DATABASE_URL ?? embedded!.url;
      await seedDemoDatabase({ config, db, pool, url, logger: log }, { sample: true });
    }
    console.log(JSON.stringify({ reset: true, applied, seeded: config.SEED_DEMO }));
    return 0;
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
});
