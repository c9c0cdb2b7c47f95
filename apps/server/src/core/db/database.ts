import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { nameStatements } from './prepared.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

// bigint (int8) and numeric come back as strings by default; counts in this
// codebase fit in a JS number, so parse int8 as a number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

const CONNECT_TIMEOUT_MS = 5_000;

export function createDatabase(url: string, poolSize: number): { db: Db; pool: pg.Pool } {
  // allowExitOnIdle: idle connections alone never keep a finished process (a CLI, a test) alive.
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    application_name: 'vioc',
    allowExitOnIdle: true,
    // A request waiting for a connection while PostgreSQL is away fails (503) instead of hanging.
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  // The pool listens for errors only on idle clients. A checked-out one (a Kysely transaction
  // between two statements) whose server dies emits 'error' with nobody listening, which ends
  // the process. Its next statement fails anyway and release() then discards it.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
    // The statements declared with prepare() go out as named statements: planned once per connection.
    nameStatements(client);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool };
}
