/**
 * The real server process outlives its database: the embedded PostgreSQL's
 * postmaster is SIGKILLed under a running server, which must stay up, say so on
 * /readyz and in 503 DATABASE_UNAVAILABLE answers, restart the postmaster by
 * itself, and resume writes and event delivery (LISTEN) without a restart.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import WebSocket from 'ws';
import { currentTotp } from '../src/core/auth/index.js';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from '../src/seed/demo.js';
import { freePort } from './support.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const START_TIMEOUT_MS = 120_000;
const RECOVERY_TIMEOUT_MS = 30_000;

let dataDir: string;
let baseUrl: string;
let child: ChildProcess;
const logs: string[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function postmasterPid(): number | undefined {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!fs.existsSync(file)) return undefined;
  const pid = Number.parseInt(fs.readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isRunning(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function readyStatus(): Promise<number | undefined> {
  try {
    const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return undefined;
  }
}

function sidOf(res: Response): string {
  const sid = res.headers
    .getSetCookie()
    .map((c) => /^vioc_sid=([^;]*)/.exec(c)?.[1])
    .find(Boolean);
  assert.ok(sid, 'the response sets the session cookie');
  return sid;
}

async function signInAdmin(): Promise<{ cookie: string; csrf: string }> {
  const first = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: DEMO_PASSWORD }),
  });
  assert.equal(first.status, 200, await first.clone().text());
  const pending = (await first.json()) as { csrfToken: string };
  const verify = await fetch(`${baseUrl}/api/auth/totp/verify`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: `vioc_sid=${sidOf(first)}`,
      'x-csrf-token': pending.csrfToken,
    },
    body: JSON.stringify({ code: currentTotp(DEMO_ADMIN_TOTP_SECRET) }),
  });
  assert.equal(verify.status, 200, await verify.clone().text());
  return { cookie: `vioc_sid=${sidOf(verify)}`, csrf: ((await verify.json()) as { csrfToken: string }).csrfToken };
}

before(async () => {
  const tmp = path.join(ROOT, '.tmp');
  fs.mkdirSync(tmp, { recursive: true });
  dataDir = fs.mkdtempSync(path.join(tmp, 'outage-'));
  const [pgPort, httpPort] = [await freePort(), await freePort()];
  baseUrl = `http://127.0.0.1:${httpPort}`;
  const { DATABASE_URL: _u, TEST_PG_URL: _a, TEST_PG_TEMPLATE: _b, NODE_ENV: _e, ...inherited } = process.env;
  child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...inherited,
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      PORT: String(httpPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SEED_DEMO: 'true',
      WEB_DIST: '/nonexistent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(line);
    if (logs.length > 400) logs.splice(0, logs.length - 400);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while ((await readyStatus()) !== 200) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server not ready:\n${logs.join('\n')}`);
    await sleep(200);
  }
});

after(async () => {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    await Promise.race([new Promise((r) => child.once('exit', r)), sleep(20_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  const pid = postmasterPid();
  if (pid && isRunning(pid)) process.kill(pid, 'SIGKILL');
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe(
  'the server survives a PostgreSQL crash',
  { timeout: 300_000, skip: !fs.existsSync('/proc/self') && 'reads /proc to find the postmaster' },
  () => {
    /** One sign-in for the file: a second TOTP code within the same 30 s step is refused as a replay. */
    let admin: { cookie: string; csrf: string };
    before(async () => {
      admin = await signInAdmin();
    });

    test('SIGKILL of the postmaster: 503 while down, restarted, writes and events resume', async (t: TestContext) => {
      const province = ((await (await fetch(`${baseUrl}/api/config/public`)).json()) as { provinceUnitId: string })
        .provinceUnitId;
      const ws = new WebSocket(`${baseUrl.replace('http', 'ws')}/api/realtime`, { headers: { cookie: admin.cookie } });
      const frames: { type: string; events?: { type: string; payload: { changes?: { phone?: string } } }[] }[] = [];
      ws.on('message', (raw) => frames.push(JSON.parse(String(raw)) as (typeof frames)[number]));
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      ws.send(JSON.stringify({ type: 'subscribe', topics: ['org'] }));
      while (!frames.some((f) => f.type === 'subscribed')) await sleep(20);

      const pid = postmasterPid();
      assert.ok(pid && isRunning(pid), 'the embedded postmaster runs');
      const killedAt = performance.now();
      process.kill(pid, 'SIGKILL');

      // While PostgreSQL is away: readiness says so, a request gets a clean 503.
      let sawNotReady = false;
      let sawUnavailable: { status: number; code: string; retryAfter: string | null } | undefined;
      let recoveredMs: number | undefined;
      while (performance.now() - killedAt < RECOVERY_TIMEOUT_MS) {
        const [ready, unit] = await Promise.all([
          readyStatus(),
          fetch(`${baseUrl}/api/units/${province}`, { headers: { cookie: admin.cookie } }).then(
            async (r) => ({
              status: r.status,
              code: ((await r.json()) as { error?: { code: string } }).error?.code,
              retryAfter: r.headers.get('retry-after'),
            }),
            () => undefined,
          ),
        ]);
        if (ready === 503) sawNotReady = true;
        if (unit && unit.status !== 200) {
          assert.equal(unit.status, 503, `a request while the database is away: ${JSON.stringify(unit)}`);
          sawUnavailable = { status: unit.status, code: unit.code ?? '', retryAfter: unit.retryAfter };
        }
        if (ready === 200 && sawNotReady) {
          recoveredMs = Math.round(performance.now() - killedAt);
          break;
        }
        await sleep(25);
      }
      assert.equal(child.exitCode, null, `the server process is still alive:\n${logs.slice(-30).join('\n')}`);
      assert.equal(child.signalCode, null);
      assert.ok(sawNotReady, '/readyz answered 503 while the database was down');
      if (sawUnavailable)
        assert.deepEqual(sawUnavailable, { status: 503, code: 'DATABASE_UNAVAILABLE', retryAfter: '5' });
      t.diagnostic(
        `a request while down answered: ${sawUnavailable ? JSON.stringify(sawUnavailable) : 'nothing but 200'}`,
      );
      assert.ok(
        recoveredMs !== undefined,
        `ready again within ${RECOVERY_TIMEOUT_MS} ms:\n${logs.slice(-30).join('\n')}`,
      );
      t.diagnostic(`postmaster SIGKILL → /readyz 200 again: ${recoveredMs} ms`);
      const newPid = postmasterPid();
      assert.ok(newPid && newPid !== pid && isRunning(newPid), 'a new postmaster serves the data directory');
      assert.ok(
        logs.some((l) => l.includes('restarting')),
        'the restart is logged',
      );

      // Writes work again and their events reach the open socket (LISTEN re-subscribed).
      const phone = `0276 ${String(Date.now()).slice(-6)}`;
      const res = await fetch(`${baseUrl}/api/units/${province}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
        body: JSON.stringify({ phone }),
      });
      assert.equal(res.status, 200, await res.text());
      // The job queue (its own pool) answers again.
      const jobs = await fetch(`${baseUrl}/api/admin/jobs`, { headers: { cookie: admin.cookie } });
      assert.equal(jobs.status, 200, await jobs.text());
      const deadline = Date.now() + 10_000;
      const delivered = () =>
        frames.some((f) => f.type === 'events' && f.events?.some((e) => e.payload.changes?.phone === phone));
      while (!delivered() && Date.now() < deadline) await sleep(50);
      assert.ok(delivered(), 'the event of the write after recovery was delivered over the socket');
      ws.close();
      if (process.env.OUTAGE_LOG) fs.writeFileSync(process.env.OUTAGE_LOG, logs.join('\n'));
    });

    test('PostgreSQL killed under a write stream: every acknowledged write is there after it is back', async (t: TestContext) => {
      const province = ((await (await fetch(`${baseUrl}/api/config/public`)).json()) as { provinceUnitId: string })
        .provinceUnitId;
      const acknowledged: { id: string; name: string }[] = [];
      const statuses = new Map<string, number>();
      let stop = false;
      let n = 0;
      const worker = async () => {
        while (!stop) {
          const name = `Đơn vị khi mất CSDL ${++n}`;
          const res = await fetch(`${baseUrl}/api/units`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
            body: JSON.stringify({ parentId: province, kind: 'agency', name, fullName: name }),
            signal: AbortSignal.timeout(15_000),
          }).catch(() => undefined);
          const key = res ? String(res.status) : 'no answer';
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
          if (res?.status === 201) acknowledged.push({ id: ((await res.json()) as { id: string }).id, name });
          else if (res) {
            const body = (await res.json()) as { error?: { code: string } };
            assert.equal(res.status, 503, `a refused write is a clean 503: ${JSON.stringify(body)}`);
            assert.equal(body.error?.code, 'DATABASE_UNAVAILABLE');
            await sleep(100);
          }
        }
      };
      const workers = Array.from({ length: 4 }, worker);
      await sleep(800);
      const before = acknowledged.length;
      const pid = postmasterPid();
      assert.ok(pid && isRunning(pid));
      const killedAt = performance.now();
      process.kill(pid, 'SIGKILL');
      // Writes go on through the outage until some are acknowledged again after the restart.
      while (performance.now() - killedAt < RECOVERY_TIMEOUT_MS && acknowledged.length < before + 20) await sleep(50);
      const recoveredMs = Math.round(performance.now() - killedAt);
      stop = true;
      await Promise.all(workers);
      assert.ok(acknowledged.length >= before + 20, `writes acknowledged again after the restart: ${recoveredMs} ms`);

      const missing: string[] = [];
      for (const u of acknowledged) {
        const res = await fetch(`${baseUrl}/api/units/${u.id}`, { headers: { cookie: admin.cookie } });
        const body = (await res.json()) as { name?: string };
        if (res.status !== 200 || body.name !== u.name) missing.push(`${u.name} (${res.status})`);
      }
      t.diagnostic(
        `writes: ${JSON.stringify(Object.fromEntries(statuses))}; acknowledged ${acknowledged.length} ` +
          `(${before} before the kill); 20 more acknowledged ${recoveredMs} ms after the kill`,
      );
      assert.deepEqual(missing, [], 'no acknowledged write is lost');
      const verify = await fetch(`${baseUrl}/api/audit/verify`, { headers: { cookie: admin.cookie } });
      assert.equal(((await verify.json()) as { ok: boolean }).ok, true, 'the audit chain still verifies');
    });
  },
);
