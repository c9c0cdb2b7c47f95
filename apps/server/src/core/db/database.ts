import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

// bigint (int8) and numeric come back as strings by default; counts in this
// codebase fit in a JS number, so parse int8 as a number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

export function createDatabase(url: string, poolSize: number): { db: Db; pool: pg.Pool } {
  // allowExitOnIdle: idle connections alone never keep a finished process (a CLI, a test) alive.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: 'vioc', allowExitOnIdle: true });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool };
}
