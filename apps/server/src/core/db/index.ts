import type { Logger } from 'pino';
import type pg from 'pg';
import type { Config } from '../../config.js';
import { createDatabase, type Db } from './database.js';
import { startEmbeddedPostgres } from './embedded.js';
import { migrate, type Migration } from './migrate.js';

export type { Db } from './database.js';
export { createDatabase } from './database.js';
export { migrate, readMigrations, pendingMigrations, MIGRATIONS_DIR, type Migration } from './migrate.js';
export { startEmbeddedPostgres } from './embedded.js';
export { isPgError } from './pg-errors.js';
export { prepare } from './prepared.js';
export type {
  Database,
  FilesTable,
  NewUnit,
  NewUser,
  ReportStatusColumn,
  Unit,
  UnitUpdate,
  User,
  UserUpdate,
} from './schema.js';

export interface OpenDatabase {
  db: Db;
  pool: pg.Pool;
  url: string;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL under DATA_DIR
 * when it is unset, then applies pending migrations (core's and the modules', in one order).
 */
export async function openDatabase(config: Config, log: Logger, migrations: Migration[]): Promise<OpenDatabase> {
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT, log });
  const url = config.DATABASE_URL ?? embedded!.url;
  const { db, pool } = createDatabase(url, config.DB_POOL_SIZE);
  try {
    const applied = await migrate(pool, migrations);
    if (applied.length) log.info({ applied }, 'migrations applied');
  } catch (err) {
    await db.destroy();
    await embedded?.stop();
    throw err;
  }
  return {
    db,
    pool,
    url,
    async close() {
      await db.destroy();
      await embedded?.stop();
    },
  };
}
