/**
 * Authenticated GET of a small resource (GET /api/users/:id as the demo
 * officer "cbtanninh"), compared with a bare Fastify hello-world measured in
 * the same run with the same autocannon settings.
 *
 * The server under test runs in this process; autocannon runs in a forked
 * child process (lib/loadgen.ts), so it has its own event loop and heap.
 * PostgreSQL is the embedded one, in a scratch DATA_DIR under .tmp/bench-<pid>.
 */
import { allMigrations } from '../apps/server/src/modules.js';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import type pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../apps/server/src/config.js';
import { createDatabase, migrate, startEmbeddedPostgres } from '../apps/server/src/core/db/index.js';
import { buildServer } from '../apps/server/src/server.js';
import { defer, freePort, log, machine, machineBusyMs, postgresCpuMs, round, scratchDir } from './lib/common.js';
import { runLoad, type LoadSpec, type LoadSummary } from './lib/load.js';
import { pgCeiling } from './lib/pgbench.js';
import { startProfile, type ProfileSummary } from './lib/profile.js';

export const description = 'Authenticated GET /api/users/:id vs a bare Fastify hello-world (autocannon, 50 conns)';

const SETTINGS = { connections: 50, pipelining: 1, durationSeconds: 10, warmupSeconds: 2 } as const;
const GOAL = { rps: 10_000, p99Ms: 20, ratioToPgbenchSelect: 0.25 };
const USERNAME = 'cbtanninh';

// Database round trips of the app's own pool (not pg-boss's or the LISTEN
// connection): every statement goes through the pooled client's query().
let queries = 0;
function countQueries(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: typeof query }).query = (...args: unknown[]) => {
      queries++;
      return query(...args);
    };
  });
}

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  latencyAvg: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  dbQueriesPerRequest: number;
  /**
   * CPU used during the measured window, in % of one core (the machine has
   * 100 % per core). `other` is whatever else ran on the machine meanwhile
   * (machine total minus server, its PostgreSQL and the load generator).
   */
  cpuPercent: {
    server: number;
    postgres: number | null;
    loadgen: number;
    machine: number | null;
    other: number | null;
  };
}

async function measure(
  label: string,
  url: string,
  headers: Record<string, string>,
  pgDir: string,
  profiled?: { summary?: ProfileSummary },
) {
  const spec: LoadSpec = { url, headers, ...SETTINGS };
  let stopProfile: Promise<() => Promise<ProfileSummary>> | undefined;
  let q0 = 0;
  let cpu0 = process.cpuUsage();
  let pg0: number | undefined;
  let m0: number | undefined;
  let t0 = 0;
  let q1 = 0;
  let cpu1 = cpu0;
  let pg1: number | undefined;
  let m1: number | undefined;
  let t1 = 0;
  log(`--- ${label}: GET ${url}`);
  const r: LoadSummary = await runLoad(spec, {
    onMeasuring() {
      q0 = queries;
      cpu0 = process.cpuUsage();
      pg0 = postgresCpuMs(pgDir);
      m0 = machineBusyMs();
      t0 = performance.now();
      if (profiled) stopProfile = startProfile();
    },
    onDone() {
      q1 = queries;
      cpu1 = process.cpuUsage(cpu0);
      pg1 = postgresCpuMs(pgDir);
      m1 = machineBusyMs();
      t1 = performance.now();
    },
  });
  if (profiled && stopProfile) profiled.summary = await (await stopProfile)();
  const wallMs = t1 - t0;
  const pct = (ms: number) => round((ms / wallMs) * 100, 1);
  const serverMs = (cpu1.user + cpu1.system) / 1000;
  const pgMs = pg0 !== undefined && pg1 !== undefined ? pg1 - pg0 : undefined;
  const machineMs = m0 !== undefined && m1 !== undefined ? m1 - m0 : undefined;
  const out: Measured = {
    rps: round(r.rps),
    p50: r.p50,
    p99: r.p99,
    latencyAvg: round(r.latencyAvg),
    requests: r.requests,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes: r.statusCodes,
    dbQueriesPerRequest: round((q1 - q0) / Math.max(1, r.requests), 3),
    cpuPercent: {
      server: pct(serverMs),
      postgres: pgMs === undefined ? null : pct(pgMs),
      loadgen: pct(r.loadgenCpuMs),
      machine: machineMs === undefined ? null : pct(machineMs),
      other:
        machineMs === undefined || pgMs === undefined
          ? null
          : Math.max(0, pct(machineMs - serverMs - pgMs - r.loadgenCpuMs)),
    },
  };
  log(`${label}:`, {
    rps: out.rps,
    p50: out.p50,
    p99: out.p99,
    non2xx: out.non2xx,
    q: out.dbQueriesPerRequest,
    cpu: out.cpuPercent,
  });
  return out;
}

export default async function httpBench() {
  const m = machine();
  const dir = scratchDir();
  const dataDir = path.join(dir, 'data');
  const pgDir = path.join(dataDir, 'pg');
  const logger = pino({ level: 'silent' });

  log('starting embedded PostgreSQL in', dataDir);
  const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: pino({ level: 'warn' }) });
  defer('embedded PostgreSQL', () => embedded.stop());

  // BENCH_DB_POOL_SIZE overrides the pool size for experiments (default 10, the server's default).
  const poolSize = process.env.BENCH_DB_POOL_SIZE ?? '10';
  const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', DB_POOL_SIZE: poolSize });
  const { db, pool } = createDatabase(embedded.url, config.DB_POOL_SIZE);
  countQueries(pool);
  defer('database pool', () => db.destroy());
  await migrate(pool, allMigrations());

  // As main.ts does: build, start the background work (event bus, job queue), listen.
  const server = await buildServer({ config, db, pool, url: embedded.url, logger });
  defer('vioc server', () => server.stop());
  log('seeding the demo province');
  await server.seedDemo({ sample: false });
  await server.start();
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const appPort = (server.app.server.address() as AddressInfo).port;

  // A session minted the way apps/server/test/support.ts sessionFor does.
  const user = await db.selectFrom('users').select(['id']).where('username', '=', USERNAME).executeTakeFirstOrThrow();
  const memberships = await db.selectFrom('memberships').select('role').where('user_id', '=', user.id).execute();
  const { token } = await db.transaction().execute((trx) =>
    server.services.sessions.create(trx, {
      userId: user.id,
      isAdmin: memberships.some((x) => x.role === 'admin'),
      mfaPassed: true,
      method: 'password',
      ip: '127.0.0.1',
      userAgent: 'bench',
    }),
  );
  const cookie = { cookie: `vioc_sid=${token}` };
  const userUrl = `http://127.0.0.1:${appPort}/api/users/${user.id}`;

  // Sanity check before loading: the request really is authorised and answered.
  const probe = await fetch(userUrl, { headers: cookie });
  const body = (await probe.json()) as { username?: string };
  if (probe.status !== 200 || body.username !== USERNAME) {
    throw new Error(`GET /api/users/:id answered ${probe.status}: ${JSON.stringify(body)}`);
  }
  const denied = await fetch(userUrl);
  if (denied.status !== 401) throw new Error(`GET without a session answered ${denied.status}, expected 401`);

  const bare = Fastify();
  bare.get('/', async () => ({ hello: 'world' }));
  let bareOpen = true;
  const closeBare = async () => {
    if (bareOpen) await bare.close();
    bareOpen = false;
  };
  defer('bare fastify', closeBare);
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const barePort = (bare.server.address() as AddressInfo).port;

  const bareResult = await measure('bare', `http://127.0.0.1:${barePort}/`, {}, pgDir);
  await closeBare();
  // Breakdown: the real server's plugin stack without the database (/healthz),
  // then with the session guard from its in-process cache (/api/auth/session).
  const healthz = await measure('healthz', `http://127.0.0.1:${appPort}/healthz`, {}, pgDir);
  const session = await measure('session', `http://127.0.0.1:${appPort}/api/auth/session`, cookie, pgDir);
  const authenticated = await measure('authenticated', userUrl, cookie, pgDir);

  // BENCH_PROFILE=1: one more authenticated run under the V8 sampling profiler
  // (not the reported figures: profiling slows the server down).
  const profiled: { summary?: ProfileSummary } = {};
  if (process.env.BENCH_PROFILE === '1') await measure('authenticated (profiled)', userUrl, cookie, pgDir, profiled);

  // PostgreSQL's own ceiling on this box, same cluster, same run (the server idles meanwhile).
  const ceiling = await pgCeiling(embedded.url, { selectClients: SETTINGS.connections, seconds: 10 });
  const pgSelectTps = ceiling?.select?.tps;

  const all = [bareResult, healthz, session, authenticated];
  const clean = all.every((x) => x.non2xx === 0 && x.errors === 0 && x.timeouts === 0);
  if (!clean) log('WARNING: some responses were not 2xx, or requests failed: see breakdown.*.statusCodes');

  const pick = (x: Measured) => ({ rps: x.rps, p50: x.p50, p99: x.p99, non2xx: x.non2xx });
  return {
    bench: 'http',
    machine: m,
    settings: { ...SETTINGS, loadGenerator: 'autocannon in a forked child process (bench/lib/loadgen.ts)' },
    target: `GET /api/users/:id as ${USERNAME} (officer), session cookie, DB_POOL_SIZE=${config.DB_POOL_SIZE}`,
    bare: pick(bareResult),
    authenticated: pick(authenticated),
    ratio: round(authenticated.rps / bareResult.rps, 3),
    /** pgbench select-only (one primary-key SELECT per transaction) on the same cluster, same run. */
    pgbench: ceiling,
    /** Authenticated req/s ÷ pgbench select-only tps (goal ≥ 0.25). */
    ratioToPgbenchSelect: pgSelectTps ? round(authenticated.rps / pgSelectTps, 3) : null,
    loadavg1AtEnd: round(os.loadavg()[0] ?? 0, 2),
    /** No non-2xx response, connection error or timeout in any measured window. */
    allResponses2xx: clean,
    goal: GOAL,
    goalMet: {
      rps: authenticated.rps >= GOAL.rps,
      p99: authenticated.p99 <= GOAL.p99Ms,
      ratio: pgSelectTps ? authenticated.rps / pgSelectTps >= GOAL.ratioToPgbenchSelect : null,
    },
    breakdown: {
      bare: bareResult,
      healthz,
      session,
      authenticated,
    },
    ...(profiled.summary && { profile: profiled.summary }),
  };
}
