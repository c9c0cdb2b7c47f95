/**
 * Durability and self-recovery of the real server process with its embedded
 * PostgreSQL: every write the API acknowledged survives a SIGKILL taken in the
 * middle of a write stream, the audit chain still verifies, and the next start
 * recovers by itself from what the dead run left behind (an orphaned
 * postmaster still holding the data directory, a stale postmaster.pid).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { currentTotp } from '../src/core/auth/index.js';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from '../src/seed/demo.js';
import { freePort } from './support.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIRST_START_TIMEOUT_MS = 120_000;
const RESTART_TIMEOUT_MS = 90_000;
const WRITE_CONCURRENCY = 4;
const WRITE_STREAM_MS = 1_500;
const TOTP_STEP_MS = 30_000;

let dataDir: string;
let env: NodeJS.ProcessEnv;
let baseUrl: string;
const spawned: ChildProcess[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface RunningServer {
  child: ChildProcess;
  /** Milliseconds from spawn until GET /readyz answered 200. */
  readyMs: number;
  logs: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns `node --import tsx apps/server/src/main.ts` and waits for /readyz. */
async function startServer(timeoutMs: number): Promise<RunningServer> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  spawned.push(child);
  const logs: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(line);
    if (logs.length > 400) logs.splice(0, logs.length - 400);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let gone: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void exited.then((e) => (gone = e));

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) {
      throw new Error(
        `server exited (${gone.code ?? gone.signal}) before it was ready:\n${logs.slice(-40).join('\n')}`,
      );
    }
    try {
      const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return { child, readyMs: Math.round(performance.now() - started), logs, exited };
      await res.arrayBuffer();
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`server not ready within ${timeoutMs} ms:\n${logs.slice(-40).join('\n')}`);
}

async function stopGracefully(server: RunningServer): Promise<void> {
  server.child.kill('SIGTERM');
  const exit = await Promise.race([server.exited, sleep(30_000).then(() => undefined)]);
  assert.ok(exit, `server did not stop within 30 s after SIGTERM:\n${server.logs.slice(-20).join('\n')}`);
  assert.equal(exit.code, 0, 'graceful stop exits 0');
}

function pgDir(): string {
  return path.join(dataDir, 'pg');
}

/** The postmaster pid recorded in DATA_DIR/pg/postmaster.pid, if there is one. */
function postmasterPid(): number | undefined {
  const file = path.join(pgDir(), 'postmaster.pid');
  if (!fs.existsSync(file)) return undefined;
  const pid = Number.parseInt(fs.readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Running (not zombie) process. */
function isRunning(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Every live PostgreSQL process serving our data directory (by command line or working directory). */
function ourPostgresPids(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      let cwd = '';
      try {
        cwd = fs.readlinkSync(`/proc/${pid}/cwd`);
      } catch {
        // process gone or not ours to read
      }
      if (cmdline.includes(dataDir) || (cwd.startsWith(dataDir) && cmdline.includes('postgres'))) pids.push(pid);
    } catch {
      // process ended while we looked
    }
  }
  return pids.filter(isRunning);
}

/** The TOTP code of the next unused 30-second step (the server refuses a replayed step). */
let lastTotpStep = 0;
async function nextTotp(): Promise<string> {
  for (;;) {
    const now = Date.now();
    const step = Math.max(Math.floor(now / TOTP_STEP_MS), lastTotpStep + 1);
    // One step of drift is accepted either way: the next step is fine, later ones are not.
    if (step <= Math.floor(now / TOTP_STEP_MS) + 1) {
      lastTotpStep = step;
      return currentTotp(DEMO_ADMIN_TOTP_SECRET, step * TOTP_STEP_MS);
    }
    await sleep(1_000);
  }
}

interface Admin {
  cookie: string;
  csrf: string;
}

function sidOf(res: Response): string {
  const sid = res.headers
    .getSetCookie()
    .map((c) => /^vioc_sid=([^;]*)/.exec(c)?.[1])
    .find(Boolean);
  assert.ok(sid, 'the response sets the session cookie');
  return sid;
}

/** Password + TOTP sign-in of the demo administrator over real HTTP. */
async function signInAdmin(): Promise<Admin> {
  const first = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: DEMO_PASSWORD }),
  });
  assert.equal(first.status, 200, await first.clone().text());
  const pending = (await first.json()) as { csrfToken: string; mfaRequired: boolean };
  assert.equal(pending.mfaRequired, true);
  const verify = await fetch(`${baseUrl}/api/auth/totp/verify`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: `vioc_sid=${sidOf(first)}`,
      'x-csrf-token': pending.csrfToken,
    },
    body: JSON.stringify({ code: await nextTotp() }),
  });
  assert.equal(verify.status, 200, await verify.clone().text());
  const session = (await verify.json()) as { csrfToken: string; roles: string[] };
  assert.ok(session.roles.includes('admin'));
  return { cookie: `vioc_sid=${sidOf(verify)}`, csrf: session.csrfToken };
}

async function getJson<T>(admin: Admin, url: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${baseUrl}${url}`, { headers: { cookie: admin.cookie } });
  return { status: res.status, body: (await res.json()) as T };
}

async function provinceId(): Promise<string> {
  const res = await fetch(`${baseUrl}/api/config/public`);
  const id = ((await res.json()) as { provinceUnitId: string | null }).provinceUnitId;
  assert.ok(id, 'the demo province is seeded');
  return id;
}

/** Runs fn over items with a few in flight at once. */
async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/** A postmaster.pid as a dead run would leave it, naming pid. */
function writeStalePidFile(pid: number): void {
  const lines = [
    pid,
    pgDir(),
    '1700000000',
    env.EMBEDDED_PG_PORT,
    '',
    '127.0.0.1',
    '  5432001         0',
    'ready   ',
    '',
  ];
  fs.writeFileSync(path.join(pgDir(), 'postmaster.pid'), lines.join('\n'));
}

function killOurPostgres(): void {
  for (const pid of ourPostgresPids()) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

before(async () => {
  const tmp = path.join(ROOT, '.tmp');
  fs.mkdirSync(tmp, { recursive: true });
  dataDir = fs.mkdtempSync(path.join(tmp, 'crash-'));
  const [pgPort, httpPort] = [await freePort(), await freePort()];
  baseUrl = `http://127.0.0.1:${httpPort}`;
  const { DATABASE_URL: _u, TEST_PG_URL: _a, TEST_PG_TEMPLATE: _b, NODE_ENV: _e, ...inherited } = process.env;
  env = {
    ...inherited,
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    PORT: String(httpPort),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    SEED_DEMO: 'true',
    WEB_DIST: '/nonexistent',
  };
});

after(async () => {
  for (const child of spawned) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  killOurPostgres();
  for (let i = 0; i < 50 && ourPostgresPids().length > 0; i++) await sleep(100);
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe(
  'crash durability and self-recovery of the embedded database',
  { timeout: 600_000, skip: !fs.existsSync('/proc/self') && 'reads /proc to find the PostgreSQL processes' },
  () => {
    let server: RunningServer;
    let province: string;
    const acknowledged: { n: number; id: string; name: string }[] = [];
    /** The admin session of the post-crash sign-in; sessions live in the database and outlive restarts. */
    let adminAfterCrash: Admin;

    test('a cold first start initialises the cluster, migrates, seeds and becomes ready', async (t: TestContext) => {
      server = await startServer(FIRST_START_TIMEOUT_MS);
      t.diagnostic(`first start (initdb + migrate + seed) to ready: ${server.readyMs} ms`);
      assert.ok(server.logs.some((l) => l.includes('initialising embedded PostgreSQL cluster')));
      assert.ok(server.logs.some((l) => l.includes('seeding the demo province')));
      province = await provinceId();
    });

    test('every acknowledged write survives a SIGKILL mid-stream; the restart stops the orphaned postmaster', async (t: TestContext) => {
      const admin = await signInAdmin();
      let counter = 0;
      let inFlight = 0;
      let killed = false;
      const refusedBeforeKill: string[] = [];
      let lostInFlight = 0;

      const worker = async () => {
        while (!killed) {
          const n = ++counter;
          const name = `Đơn vị thử ${n}`;
          inFlight++;
          try {
            const res = await fetch(`${baseUrl}/api/units`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
              body: JSON.stringify({ parentId: province, kind: 'agency', name, fullName: name }),
            });
            const text = await res.text();
            if (res.status === 201) {
              const unit = JSON.parse(text) as { id: string; name: string };
              if (unit.name === name) acknowledged.push({ n, id: unit.id, name });
              else refusedBeforeKill.push(`201 with the wrong unit: ${text.slice(0, 200)}`);
            } else if (!killed) {
              refusedBeforeKill.push(`${res.status} ${text.slice(0, 200)}`);
            }
          } catch {
            // The connection died with the server: the outcome of this write is unknown.
            lostInFlight++;
          } finally {
            inFlight--;
          }
        }
      };

      const workers = Array.from({ length: WRITE_CONCURRENCY }, worker);
      await sleep(WRITE_STREAM_MS);
      // Kill only while writes are in the air, so some die half-way.
      while (inFlight === 0) await sleep(1);
      const inFlightAtKill = inFlight;
      const ackedAtKill = acknowledged.length;
      const orphanPid = postmasterPid();
      server.child.kill('SIGKILL');
      killed = true;
      const exit = await server.exited;
      assert.equal(exit.signal, 'SIGKILL');
      await Promise.all(workers);

      assert.deepEqual(refusedBeforeKill, [], 'no write was refused while the server was up');
      assert.ok(acknowledged.length > 0, 'some writes were acknowledged before the kill');
      t.diagnostic(
        `writes attempted: ${counter}, acknowledged: ${acknowledged.length} (${ackedAtKill} when the kill was sent), ` +
          `in flight at the kill: ${inFlightAtKill}, lost with the connection: ${lostInFlight}`,
      );

      // The pitfall under test: the postmaster outlives the server that started it.
      assert.ok(orphanPid, 'postmaster.pid named the running postmaster');
      assert.ok(isRunning(orphanPid), `the embedded PostgreSQL (pid ${orphanPid}) survived the SIGKILL as an orphan`);

      server = await startServer(RESTART_TIMEOUT_MS);
      t.diagnostic(`restart after SIGKILL (orphaned postmaster ${orphanPid}) to ready: ${server.readyMs} ms`);
      assert.ok(!isRunning(orphanPid), 'the orphaned postmaster was stopped');
      const newPid = postmasterPid();
      assert.ok(newPid && newPid !== orphanPid && isRunning(newPid), 'a new postmaster serves the data directory');
      assert.ok(
        server.logs.some((l) => l.includes('stopping orphaned embedded PostgreSQL')),
        'the restart reports that it stopped the orphan',
      );

      const again = await signInAdmin();
      adminAfterCrash = again;
      const missing: string[] = [];
      await eachLimited(acknowledged, 8, async (u) => {
        const { status, body } = await getJson<{ id: string; name: string; parentId: string | null }>(
          again,
          `/api/units/${u.id}`,
        );
        if (status !== 200 || body.name !== u.name || body.parentId !== province) missing.push(`${u.name} (${status})`);
      });
      assert.deepEqual(missing, [], 'every acknowledged unit is still there');

      // Each acknowledged unit's audit entry committed with it.
      const audited = new Set<string>();
      let beforeSeq: number | null = null;
      do {
        const page: { status: number; body: { items: { targetId: string | null }[]; nextBeforeSeq: number | null } } =
          await getJson(again, `/api/audit?action=unit.create&limit=500${beforeSeq ? `&beforeSeq=${beforeSeq}` : ''}`);
        assert.equal(page.status, 200);
        for (const item of page.body.items) if (item.targetId) audited.add(item.targetId);
        beforeSeq = page.body.nextBeforeSeq;
      } while (beforeSeq);
      assert.deepEqual(
        acknowledged.filter((u) => !audited.has(u.id)).map((u) => u.name),
        [],
        'every acknowledged unit has its audit entry',
      );
      assert.ok(audited.size <= counter, 'no audit entry for a write that was never sent');

      const verify = await getJson<{ ok: boolean; checked: number; firstBrokenSeq?: number; reason?: string }>(
        again,
        '/api/audit/verify',
      );
      assert.equal(verify.status, 200);
      assert.deepEqual({ ok: verify.body.ok, reason: verify.body.reason }, { ok: true, reason: undefined });
      t.diagnostic(`audit chain verified: ${verify.body.checked} entries; units with an audit entry: ${audited.size}`);
    });

    test('after a graceful stop, a stale postmaster.pid does not keep the next start down', async (t: TestContext) => {
      await stopGracefully(server);
      assert.equal(ourPostgresPids().length, 0, 'SIGTERM stops PostgreSQL too');
      assert.equal(postmasterPid(), undefined, 'a clean PostgreSQL shutdown removes its pid file');

      const stalePid = 999_999;
      assert.ok(!isRunning(stalePid));
      writeStalePidFile(stalePid);

      server = await startServer(RESTART_TIMEOUT_MS);
      t.diagnostic(`restart with a stale postmaster.pid (pid ${stalePid}, not running) to ready: ${server.readyMs} ms`);
      assert.ok(server.logs.some((l) => l.includes('removing stale PostgreSQL pid file')));
      const pid = postmasterPid();
      assert.ok(pid && pid !== stalePid && isRunning(pid));

      // The session signed in after the crash is still valid: sessions are stored, not held in memory.
      for (const u of acknowledged.slice(0, 20)) {
        assert.equal((await getJson(adminAfterCrash, `/api/units/${u.id}`)).status, 200);
      }
      const verify = await getJson<{ ok: boolean }>(adminAfterCrash, '/api/audit/verify');
      assert.equal(verify.body.ok, true);
    });

    test('a stale postmaster.pid whose pid now belongs to another live process: that process is left alone', async (t: TestContext) => {
      await stopGracefully(server);
      // After a reboot or container restart the recorded pid can belong to anything, including
      // a process whose command line mentions postgres. It must not be signalled.
      const decoy = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'postgres', '-D', '/elsewhere'], {
        stdio: 'ignore',
      });
      spawned.push(decoy);
      await sleep(300);
      assert.ok(decoy.pid && isRunning(decoy.pid));
      writeStalePidFile(decoy.pid);

      server = await startServer(RESTART_TIMEOUT_MS);
      t.diagnostic(`restart with a postmaster.pid naming a live unrelated process to ready: ${server.readyMs} ms`);
      assert.ok(isRunning(decoy.pid), 'the unrelated process was not signalled');
      assert.equal(decoy.exitCode, null);
      assert.equal(decoy.signalCode, null);
      const pid = postmasterPid();
      assert.ok(pid && pid !== decoy.pid && isRunning(pid));
      assert.equal((await getJson<{ ok: boolean }>(adminAfterCrash, '/api/audit/verify')).body.ok, true);
      decoy.kill('SIGKILL');
      await stopGracefully(server);
    });
  },
);
