/**
 * Cold start to ready: spawns the real entry point
 * (`node --import tsx apps/server/src/main.ts`) and times from spawn until
 * GET /readyz answers 200 (polled every 50 ms).
 *   (a) first start on an empty DATA_DIR: initdb + PostgreSQL start +
 *       migrations + demo seed + server boot;
 *   (b) warm start on the existing DATA_DIR, three times (median reported).
 * WEB_DIST=/nonexistent, so building or serving the web app is not part of it.
 * Each server is stopped with SIGTERM, which also stops its PostgreSQL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { defer, freePort, log, machine, median, ROOT, round, scratchDir, sleep } from './lib/common.js';

export const description = 'Spawn apps/server/src/main.ts and time until /readyz is 200: first start and warm starts';

const GOAL = { firstStartMs: 30_000, warmStartMs: 5_000 };
const WARM_RUNS = 3;
const POLL_MS = 50;
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

/** GET /readyz on a fresh connection; resolves the status code, or 0 when the port does not answer. */
function readyz(port: number): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/readyz', agent: false, timeout: 2_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** SIGKILLs whatever is left in the server's process group (initdb, postgres). */
function killGroup(child: ChildProcess): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
    log(`killed leftover processes of group ${child.pid}`);
  } catch {
    // ESRCH: the group is empty, nothing was left behind
  }
}

/** Kills a postmaster left behind (only if a server had to be SIGKILLed). */
function killOrphanedPostgres(pgDir: string): void {
  try {
    const pid = Number.parseInt(fs.readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]!, 10);
    if (pid > 0 && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres')) {
      log(`stopping orphaned postgres ${pid}`);
      process.kill(pid, 'SIGQUIT');
    }
  } catch {
    // no pid file or no such process: nothing left behind
  }
}

interface StartResult {
  readyMs: number;
  /** readyMs as logged by main.ts itself (from main() entry: excludes Node + tsx boot). */
  serverReportedReadyMs: number | null;
  /** SIGTERM until the process (and its PostgreSQL) exited. */
  stopMs: number;
  /** The server's exit status after SIGTERM: 0 is a clean shutdown by main.ts. */
  exit: number | string | null;
  /** When main.ts logged each milestone, in ms since spawn (pino timestamps). */
  milestones: Record<string, number>;
}

const MILESTONES: [string, RegExp][] = [
  ['initdbStart', /^initialising embedded PostgreSQL/],
  ['migrationsApplied', /^migrations applied/],
  ['seedStart', /^seeding the demo province/],
  ['listening', /^Server listening/],
  ['ready', /^vioc is ready/],
];

async function startOnce(label: string, dataDir: string): Promise<StartResult> {
  const port = await freePort();
  const pgPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    EMBEDDED_PG_PORT: String(pgPort),
    WEB_DIST: '/nonexistent',
    LOG_LEVEL: 'info',
  };
  delete env.DATABASE_URL;

  const tail: string[] = [];
  let serverReportedReadyMs: number | null = null;
  const milestones: Record<string, number> = {};
  const spawnedAt = Date.now();
  const t0 = performance.now();
  // Own process group, so a server killed mid-start (e.g. during initdb) can be
  // taken down with everything it spawned.
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const pgDir = path.join(dataDir, 'pg');
  let stopped = false;
  defer(`server (${label})`, async () => {
    if (!stopped) {
      child.kill('SIGTERM');
      await Promise.race([exited(child), sleep(STOP_TIMEOUT_MS)]);
    }
    killGroup(child);
    killOrphanedPostgres(pgDir);
  });
  const onLine = (line: string) => {
    if (!line.trim()) return;
    tail.push(line);
    if (tail.length > 40) tail.shift();
    try {
      const rec = JSON.parse(line) as { msg?: string; readyMs?: number; time?: number };
      const milestone = MILESTONES.find(([, re]) => re.test(rec.msg ?? ''));
      if (milestone && typeof rec.time === 'number') milestones[milestone[0]] = rec.time - spawnedAt;
      if (rec.msg === 'vioc is ready' && typeof rec.readyMs === 'number') serverReportedReadyMs = rec.readyMs;
    } catch {
      // not a pino line
    }
  };
  for (const stream of [child.stdout, child.stderr]) {
    let buf = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      buf += chunk;
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        onLine(buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    });
  }

  let readyMs: number | undefined;
  while (readyMs === undefined) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited (${child.signalCode ?? child.exitCode}) before ready:\n${tail.join('\n')}`);
    }
    if ((await readyz(port)) === 200) readyMs = performance.now() - t0;
    else if (performance.now() - t0 > READY_TIMEOUT_MS) throw new Error(`not ready after ${READY_TIMEOUT_MS} ms`);
    else await sleep(POLL_MS);
  }

  const s0 = performance.now();
  child.kill('SIGTERM');
  await Promise.race([exited(child), sleep(STOP_TIMEOUT_MS)]);
  const stopMs = performance.now() - s0;
  if (child.exitCode === null && child.signalCode === null) {
    throw new Error(`server did not exit within ${STOP_TIMEOUT_MS} ms of SIGTERM:\n${tail.join('\n')}`);
  }
  stopped = true;
  if (child.exitCode !== 0) {
    log(
      `${label}: exit code ${child.exitCode} after SIGTERM; last lines:\n${tail.map((l) => l.slice(0, 240)).join('\n')}`,
    );
  }
  if (fs.existsSync(path.join(pgDir, 'postmaster.pid')))
    throw new Error(`${label}: PostgreSQL still running after stop`);

  const result = {
    readyMs: round(readyMs, 0),
    serverReportedReadyMs,
    stopMs: round(stopMs, 0),
    exit: child.exitCode ?? child.signalCode,
    milestones,
  };
  log(`${label}:`, result);
  return result;
}

export default async function startupBench() {
  const m = machine();
  const dataDir = path.join(scratchDir(), 'data');
  log('first start with an empty DATA_DIR', dataDir);
  const first = await startOnce('first start', dataDir);
  const warm: StartResult[] = [];
  for (let i = 1; i <= WARM_RUNS; i++) warm.push(await startOnce(`warm start ${i}`, dataDir));
  const warmStartMs = warm.map((w) => w.readyMs);
  const warmStartMedianMs = median(warmStartMs);
  return {
    bench: 'startup',
    machine: m,
    command: 'node --import tsx apps/server/src/main.ts',
    note:
      'time from spawn until GET /readyz = 200, polled every 50 ms; WEB_DIST=/nonexistent (web build not included); ' +
      'the first start includes initdb, migrations and the demo seed; detail.*.milestones are ms since spawn from main.ts log lines',
    firstStartMs: first.readyMs,
    warmStartMs,
    warmStartMedianMs,
    goal: GOAL,
    /** Exit status of each server after SIGTERM (first start, then warm starts); 0 = clean shutdown. */
    shutdownExitCodes: [first, ...warm].map((r) => r.exit),
    goalMet: { firstStart: first.readyMs <= GOAL.firstStartMs, warmStart: warmStartMedianMs <= GOAL.warmStartMs },
    detail: { first, warm },
  };
}
