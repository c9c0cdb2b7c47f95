/**
 * Citizen report submission: `POST /api/reports` (JSON, guest with a phone,
 * no photo, no Idempotency-Key) on the real server, with autocannon in a
 * forked child process (lib/submit-loadgen.ts: a different point, category
 * and phone in every body), so the load generator does not share the
 * server's event loop.
 *
 * Besides req/s and latency, it shows where a submission spends its time:
 *  - every statement of the app's pool, timed from the client (call → result,
 *    so it includes the server's event-loop delay), grouped by kind, with how
 *    long the transaction stayed open after it ("held to commit": the lock
 *    hold time of the chain lock and of any row the statement locked);
 *  - pg_stat_statements (loaded into the scratch cluster for this run): the
 *    same statements' execution time inside PostgreSQL;
 *  - pg_stat_activity sampled every 20 ms: how many backends are running,
 *    waiting for a lock, for the WAL, or idle in a transaction (waiting for
 *    the Node process);
 *  - the server's event-loop delay.
 *
 * Env: BENCH_SUBMIT_CONNECTIONS (20), BENCH_SUBMIT_SECONDS (10),
 * BENCH_SUBMIT_WARMUP_SECONDS (2), BENCH_DB_POOL_SIZE (the server's default
 * 10), BENCH_PGSS=0 to run without pg_stat_statements, BENCH_PROFILE=1 to run
 * the measured window under the V8 sampling profiler (slower: figures of such
 * a run are not the reported ones).
 */
import { allMigrations } from '../apps/server/src/modules.js';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../apps/server/src/config.js';
import { createDatabase, migrate, startEmbeddedPostgres } from '../apps/server/src/core/db/index.js';
import { buildServer } from '../apps/server/src/server.js';
import { pointsInWards } from './lib/points.js';
import { defer, freePort, log, machine, round, scratchDir } from './lib/common.js';
import type { ChildMessage, LoadSummary } from './lib/load.js';
import { pgCeiling } from './lib/pgbench.js';
import { startProfile, type ProfileSummary } from './lib/profile.js';
import { cpuWindow } from './lib/setup.js';
import type { SubmitLoadSpec } from './lib/submit-loadgen.js';

export const description = 'POST /api/reports (guest, JSON) req/s + p99, per-statement profile (forked load generator)';

const SETTINGS = {
  connections: Number(process.env.BENCH_SUBMIT_CONNECTIONS ?? 20),
  durationSeconds: Number(process.env.BENCH_SUBMIT_SECONDS ?? 10),
  warmupSeconds: Number(process.env.BENCH_SUBMIT_WARMUP_SECONDS ?? 2),
};
// Issue 9 §5 (issue 4 asked for 2,000/s); ratioToPgbenchInsert ≥ 0.08.
const GOAL = { rps: 1000, p99Ms: 100, ratioToPgbenchInsert: 0.08 };
const PGSS = process.env.BENCH_PGSS !== '0';
const PROFILE = process.env.BENCH_PROFILE === '1';

// ── statement timing on the app's pool ─────────────────────────────────────

interface StatementStat {
  calls: number;
  totalMs: number;
  maxMs: number;
  inTransaction: number;
  heldToCommitMs: number;
}
const stats = new Map<string, StatementStat>();
let measuring = false;
let transactions = 0;
let transactionMs = 0;

/** A short, stable name for a statement: its verb and first table, or what it is for. */
function kindOf(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (/^(begin|commit|rollback)/.test(s)) return s.split(' ')[0]!;
  if (s.includes('pg_advisory_xact_lock')) return 'advisory lock';
  if (s.includes('audit_append')) return 'audit_append';
  if (s.includes('pg_notify')) return 'pg_notify';
  if (s.includes('nextval(')) return `nextval ${s.match(/(report_\w+)/)?.[1] ?? ''}`.trim();
  const verb = s.match(/^(with|select|insert|update|delete)\b/)?.[1] ?? s.slice(0, 20);
  const table = s.match(/\b(?:from|into|update)\s+"?([\w.]+)"?/)?.[1] ?? '?';
  return `${verb} ${table}`;
}

interface TxState {
  begin: number;
  marks: { kind: string; end: number }[];
}

function instrument(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    let tx: TxState | null = null;
    (client as unknown as { query: typeof original }).query = (...args: unknown[]) => {
      const first = args[0];
      const text = typeof first === 'string' ? first : ((first as { text?: string } | undefined)?.text ?? '');
      const kind = kindOf(text);
      const t0 = performance.now();
      if (kind === 'begin') tx = { begin: t0, marks: [] };
      const done = (ok: boolean) => {
        const t1 = performance.now();
        if (!measuring) return;
        const s = stats.get(kind) ?? { calls: 0, totalMs: 0, maxMs: 0, inTransaction: 0, heldToCommitMs: 0 };
        s.calls++;
        s.totalMs += t1 - t0;
        s.maxMs = Math.max(s.maxMs, t1 - t0);
        stats.set(kind, s);
        if (tx && kind !== 'begin' && kind !== 'commit' && kind !== 'rollback') tx.marks.push({ kind, end: t1 });
        if (tx && (kind === 'commit' || kind === 'rollback')) {
          if (ok && kind === 'commit') {
            transactions++;
            transactionMs += t1 - tx.begin;
            for (const m of tx.marks) {
              const st = stats.get(m.kind)!;
              st.inTransaction++;
              st.heldToCommitMs += t1 - m.end;
            }
          }
          tx = null;
        }
      };
      const r = original(...args);
      if (r && typeof (r as Promise<unknown>).then === 'function')
        (r as Promise<unknown>).then(
          () => done(true),
          () => done(false),
        );
      return r;
    };
  });
}

// ── pg_stat_activity sampling ──────────────────────────────────────────────

function sampleActivity(url: string) {
  const client = new pg.Client({ connectionString: url });
  const counts = new Map<string, number>();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{ s: string }>(
        `SELECT coalesce(state, '?') || ' / ' || coalesce(wait_event_type || ':' || wait_event, 'cpu') AS s
           FROM pg_stat_activity
          WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND datname = current_database()`,
      );
      samples++;
      for (const r of rows) counts.set(r.s, (counts.get(r.s) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 20));
    }
    await client.end();
  })();
  return async () => {
    running = false;
    await loop;
    // Mean number of backends in each state over the window.
    return Object.fromEntries(
      [...counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .filter(([, n]) => n / samples >= 0.01)
        .map(([k, n]) => [k, round(n / samples, 2)]),
    );
  };
}

// ── PostgreSQL CPU by process role ─────────────────────────────────────────

/** CPU ms of each live child of the postmaster, keyed by pid, with its role from the process title. */
function postgresProcesses(pgDir: string): Map<number, { role: string; ms: number }> {
  const out = new Map<number, { role: string; ms: number }>();
  let postmaster: number;
  try {
    postmaster = Number.parseInt(fs.readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]!, 10);
  } catch {
    return out;
  }
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const raw = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const f = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
      if (Number(f[1]) !== postmaster) continue;
      const title = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      // "postgres: postgres postgres 127.0.0.1(5432) idle" is a client backend; others name their role.
      const role = /\d+\.\d+\.\d+\.\d+\(\d+\)/.test(title)
        ? 'client backends'
        : title.replace(/^postgres:\s*/, '').replace(/\s+\d.*$/, '');
      out.set(Number(entry), { role, ms: ((Number(f[11]) + Number(f[12])) * 1000) / 100 });
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

/** % of one core used by each PostgreSQL role during the window (processes that exited meanwhile are missing). */
function postgresByRole(pgDir: string) {
  const t0 = performance.now();
  const before = postgresProcesses(pgDir);
  return () => {
    const wall = performance.now() - t0;
    const byRole = new Map<string, number>();
    for (const [pid, p] of postgresProcesses(pgDir)) {
      const used = p.ms - (before.get(pid)?.ms ?? 0);
      byRole.set(p.role, (byRole.get(p.role) ?? 0) + used);
    }
    return Object.fromEntries(
      [...byRole.entries()]
        .filter(([, ms]) => ms > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([role, ms]) => [role, round((ms / wall) * 100, 1)]),
    );
  };
}

// ── load ───────────────────────────────────────────────────────────────────

function runSubmitLoad(
  spec: SubmitLoadSpec,
  hooks: { onMeasuring: (pid: number | undefined) => void; onDone: () => void },
) {
  return new Promise<LoadSummary>((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'lib', 'submit-loadgen.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    child.stdout?.pipe(process.stderr);
    defer('load generator', () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    let settled = false;
    child.on('message', (msg: ChildMessage) => {
      if (msg.type === 'measuring') {
        log(`measuring for ${spec.durationSeconds} s`);
        hooks.onMeasuring(child.pid);
      } else if (msg.type === 'result') {
        hooks.onDone();
        settled = true;
        resolve(msg.result);
      } else {
        settled = true;
        reject(new Error(`load generator: ${msg.message}`));
      }
    });
    child.on('exit', (code, signal) => {
      if (!settled) reject(new Error(`load generator exited (${signal ?? code}) without a result`));
      settled = true;
    });
    log(`load: ${spec.connections} connections, warm-up ${spec.warmupSeconds} s`);
    child.send(spec);
  });
}

export default async function reportsSubmitBench() {
  const m = machine();
  const dataDir = path.join(scratchDir(), 'data');
  const pgDir = path.join(dataDir, 'pg');
  const pgLog = pino({ level: 'warn' });
  const port = await freePort();
  log('starting embedded PostgreSQL in', dataDir);
  let embedded = await startEmbeddedPostgres({ dataDir, port, log: pgLog });
  if (PGSS) {
    // pg_stat_statements must be preloaded: set it, restart the scratch cluster.
    const c = new pg.Client({ connectionString: embedded.url });
    await c.connect();
    await c.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await c.query(`ALTER SYSTEM SET pg_stat_statements.track_planning = on`);
    await c.end();
    await embedded.stop();
    embedded = await startEmbeddedPostgres({ dataDir, port, log: pgLog });
  }
  const running = embedded;
  defer('embedded PostgreSQL', () => running.stop());

  const env = {
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    DB_POOL_SIZE: process.env.BENCH_DB_POOL_SIZE ?? '10',
    REPORTS_SUBMIT_PER_IP_PER_HOUR: '100000000',
    REPORTS_SUBMIT_PER_CONTACT_PER_DAY: '100000000',
    RATE_LIMIT_PUBLIC_PER_MINUTE: '100000000',
  };
  const config = loadConfig(env);
  const { db, pool } = createDatabase(running.url, config.DB_POOL_SIZE);
  instrument(pool);
  defer('database pool', () => db.destroy());
  await migrate(pool, allMigrations());
  // Modules read their configuration slices (the reports' rate limits) from env, not from config.
  const server = await buildServer({
    config,
    db,
    pool,
    url: running.url,
    logger: pino({ level: 'silent' }),
    env: { ...process.env, ...env },
  });
  defer('vioc server', () => server.stop());
  log('seeding the demo province');
  await server.seedDemo({ sample: false });
  await server.start();
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  const admin = new pg.Client({ connectionString: running.url });
  await admin.connect();
  defer('admin client', () => admin.end());
  if (PGSS) await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');

  // Points inside the province (the server's own point-in-polygon), spread over the wards.
  const points = (await pointsInWards(db, server.services.org, 2000)).map(({ lat, lon }) => ({ lat, lon }));
  const categoryIds = (
    await db.selectFrom('report_categories').select(['id']).where('parent_id', 'is not', null).execute()
  ).map((c) => c.id);
  log(`${categoryIds.length} leaf categories, ${points.length} sample points`);

  // Sanity check: one submission answers 201.
  const probe = await fetch(`${base}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      categoryId: categoryIds[0],
      title: 'Phản ánh kiểm tra trước khi đo',
      description: 'Nội dung kiểm tra.',
      location: { ...points[0], source: 'map' },
      contact: { phone: '0912345678' },
    }),
  });
  if (probe.status !== 201) throw new Error(`POST /api/reports answered ${probe.status}: ${await probe.text()}`);

  // submit() as the route calls it: its own time, apart from HTTP parsing and serialising.
  const reports = server.services.reports;
  const submitOriginal = reports.submit.bind(reports);
  let submitCalls = 0;
  let submitMs = 0;
  reports.submit = async (...args: Parameters<typeof submitOriginal>) => {
    const t0 = performance.now();
    try {
      return await submitOriginal(...args);
    } finally {
      if (measuring) {
        submitCalls++;
        submitMs += performance.now() - t0;
      }
    }
  };

  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  let stopCpu: ReturnType<typeof cpuWindow> | undefined;
  let stopSampling: (() => Promise<Record<string, number>>) | undefined;
  let cpu: ReturnType<ReturnType<typeof cpuWindow>> | undefined;
  let stopProfile: Promise<() => Promise<ProfileSummary>> | undefined;
  let stopRoles: (() => Record<string, number>) | undefined;
  let pgRoles: Record<string, number> | undefined;
  const r = await runSubmitLoad(
    { url: `${base}/api/reports`, ...SETTINGS, points, categoryIds },
    {
      onMeasuring(loadPid) {
        void (PGSS ? admin.query('SELECT pg_stat_statements_reset()') : Promise.resolve());
        measuring = true;
        loopDelay.enable();
        stopCpu = cpuWindow(pgDir, { loadgen: loadPid });
        stopRoles = postgresByRole(pgDir);
        stopSampling = sampleActivity(running.url);
        if (PROFILE) stopProfile = startProfile('reports-submit');
      },
      onDone() {
        measuring = false;
        loopDelay.disable();
        cpu = stopCpu?.();
        pgRoles = stopRoles?.();
      },
    },
  );
  const activity = await stopSampling!();
  const cpuProfile = stopProfile ? await (await stopProfile)() : undefined;
  const perRequest = (n: number) => round(n / Math.max(1, r.requests), 2);

  const statements = [...stats.entries()]
    .sort((a, b) => b[1].totalMs - a[1].totalMs)
    .map(([kind, s]) => ({
      kind,
      perRequest: perRequest(s.calls),
      meanMs: round(s.totalMs / s.calls, 2),
      maxMs: round(s.maxMs, 1),
      heldToCommitMs: s.inTransaction ? round(s.heldToCommitMs / s.inTransaction, 2) : null,
    }));
  let pgss: { query: string; calls: number; meanMs: number; planMeanMs: number; totalMs: number }[] | null = null;
  if (PGSS) {
    const { rows } = await admin.query<{ query: string; calls: string; mean: number; plan: number; total: number }>(
      `SELECT query, calls, mean_exec_time AS mean, mean_plan_time AS plan, total_exec_time + total_plan_time AS total
         FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        ORDER BY total_exec_time + total_plan_time DESC LIMIT 20`,
    );
    pgss = rows.map((x) => ({
      query: x.query.replace(/\s+/g, ' ').slice(0, 140),
      calls: Number(x.calls),
      meanMs: round(x.mean, 3),
      planMeanMs: round(x.plan, 3),
      totalMs: round(x.total, 0),
    }));
  }
  // PostgreSQL's own ceiling for one-row committed INSERTs, same cluster, same run, same connections.
  const ceiling = await pgCeiling(running.url, { insertClients: SETTINGS.connections, seconds: 10 });
  const pgInsertTps = ceiling?.insert?.tps;
  const result = {
    bench: 'reports-submit',
    machine: m,
    settings: {
      ...SETTINGS,
      dbPoolSize: config.DB_POOL_SIZE,
      loadGenerator: 'autocannon in a forked child process (bench/lib/submit-loadgen.ts), one body per request',
      pgStatStatements: PGSS,
      profiled: PROFILE,
    },
    target: 'POST /api/reports, guest with a phone, no photo, no Idempotency-Key',
    rps: round(r.rps),
    p50: r.p50,
    p99: r.p99,
    latencyAvg: round(r.latencyAvg),
    latencyMax: r.latencyMax,
    requests: r.requests,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes: r.statusCodes,
    /** pgbench one-row INSERT transactions on the same cluster, same run. */
    pgbench: ceiling,
    /** Submissions/s ÷ pgbench one-row INSERT tps. */
    ratioToPgbenchInsert: pgInsertTps ? round(r.rps / pgInsertTps, 3) : null,
    loadavg1AtEnd: round(os.loadavg()[0] ?? 0, 2),
    goal: GOAL,
    goalMet: {
      rps: r.rps >= GOAL.rps,
      p99: r.p99 <= GOAL.p99Ms,
      ratio: pgInsertTps ? r.rps / pgInsertTps >= GOAL.ratioToPgbenchInsert : null,
    },
    cpu: cpu && { ...cpu, postgresByRole: pgRoles },
    profile: {
      submitMeanMs: round(submitMs / Math.max(1, submitCalls), 2),
      transactionMeanMs: round(transactionMs / Math.max(1, transactions), 2),
      transactionsPerRequest: perRequest(transactions),
      statementsPerRequest: perRequest(statements.reduce((n, s) => n + s.perRequest * r.requests, 0)),
      /** How late the server's 10 ms timer fired (the histogram holds the interval too: 10 ms subtracted). */
      eventLoopDelayMs: {
        p50: round(Math.max(0, loopDelay.percentile(50) / 1e6 - 10), 1),
        p99: round(Math.max(0, loopDelay.percentile(99) / 1e6 - 10), 1),
        max: round(Math.max(0, loopDelay.max / 1e6 - 10), 1),
      },
      /** Mean number of the app's PostgreSQL backends in each state / wait (20 ms samples). */
      backends: activity,
      statements,
      pgStatStatements: pgss,
      ...(cpuProfile && { cpu: cpuProfile }),
    },
  };
  log('result', { rps: result.rps, p50: result.p50, p99: result.p99, non2xx: result.non2xx });
  return result;
}
