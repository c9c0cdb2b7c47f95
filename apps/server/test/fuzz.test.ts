/**
 * Fuzzing every operation of the OpenAPI document as every role (#16.7): requests
 * derived from the schemas and made hostile (fuzz-requests.ts) must never get a
 * 5xx, every 4xx must be the one error format {"error":{"code","message"}} (Open311
 * routes: their own), and no request may take over 1 s twice in a row.
 *
 * Fixed seed and a bounded count in CI; a longer run:
 *   FUZZ_RUNS=50 npm test -- fuzz        (FUZZ_SEED=<n> for other inputs, FUZZ_ONLY='POST /api/units' for some)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { DEMO_USERS } from '../src/seed/demo.js';
import { categoryId, pointInWard, submit, unitId, uploadPhoto, WARD } from '../src/modules/reports/reports.fixtures.js';
import { sessionFor, startTestServer, type Caller, type TestServer } from './support.js';
import { operationsOf, type Known, type OpenApiDoc, type Operation } from './fuzz-inputs.js';
import { requestArb, SYSTEMATIC, systematicRequest, type FuzzRequest } from './fuzz-requests.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
/** Requests per operation and identity. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2);
const SLOW_MS = 1000;

const doc = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../docs/openapi.json'), 'utf8'),
) as OpenApiDoc;
/** FUZZ_ONLY=<text>: only the operations whose "METHOD /path" contains it (to chase one finding). */
const operations = operationsOf(doc).filter((o) => `${o.method} ${o.path}`.includes(process.env.FUZZ_ONLY ?? ''));

/** Routes whose success ends the caller's session (sign-out-all: every session of the user). */
const ENDS_SESSION = new Set(['POST /api/auth/sign-out', 'POST /api/auth/sign-out-all']);

/** Requests that once got a 5xx or a malformed error, kept as they were found. */
const REGRESSIONS: (Omit<FuzzRequest, 'headers'> & {
  headers?: Record<string, string>;
  identity: string;
  status: number;
})[] = [
  // Fastify's router answered these itself as {"error":"Bad Request","code":"FST_ERR_BAD_URL",…}.
  { identity: 'leader', method: 'GET', url: '/api/reports/%zz', kind: 'broken percent-encoding', status: 400 },
  { identity: 'business', method: 'GET', url: '/api/units/%C0%AE%C0%AE?x=1', kind: 'overlong UTF-8', status: 400 },
  {
    identity: 'anonymous',
    method: 'POST',
    url: '/api/admin/events/dead/%zz/%E2%99%99p/retry',
    kind: 'broken percent-encoding, two params',
    status: 400,
  },
  // …and a path parameter over maxParamLength (100) as {"code":"FST_ERR_MAX_PARAM_LENGTH",…,"statusCode":414}.
  {
    identity: 'officer',
    method: 'GET',
    url: `/api/users/${'x'.repeat(101)}`,
    kind: 'long path parameter',
    status: 414,
  },
  {
    identity: 'citizen',
    method: 'GET',
    url: `/open311/v2/tokens/${encodeURIComponent('e\u0301'.repeat(60))}`,
    kind: 'long Open311 path parameter',
    status: 414,
  },
];

/** One demo account per role, the anonymous caller and a machine (API key with role system). */
const ROLE_USERS = [...new Map(DEMO_USERS.map((u) => [u.role, u.username])).entries()];

interface Identity {
  name: string;
  headers(): Record<string, string>;
  /** A new session in place of the current one (after a request that may have ended it). */
  renew(): Promise<void>;
}

let server: TestServer;
const identities: Identity[] = [];
const known: Known = { uuids: [], byName: {} };
const stats = { requests: 0, retried: 0, byStatus: new Map<number, number>() };
let slowest = { ms: 0, what: '' };
const clock = { wall: 0, cpu: process.cpuUsage() };

before(async () => {
  // Limits that would answer 429 to most of the run instead of reaching the handlers.
  const many = '1000000';
  server = await startTestServer({
    RATE_LIMIT_SIGNIN_PER_MINUTE: many,
    RATE_LIMIT_PUBLIC_PER_MINUTE: many,
    REPORTS_SUBMIT_PER_IP_PER_HOUR: many,
    REPORTS_SUBMIT_PER_CONTACT_PER_DAY: many,
  });
  const callers = new Map<string, Caller>();
  for (const [role, username] of ROLE_USERS) {
    callers.set(role, await sessionFor(server, username));
    identities.push({
      name: role,
      headers: () => callers.get(role)!.headers(),
      renew: async () => void callers.set(role, await sessionFor(server, username)),
    });
  }
  const admin = callers.get('admin')!;
  await collectKnown(admin, callers.get('citizen')!);
  const key = await server.app.inject({
    method: 'POST',
    url: '/api/api-keys',
    headers: admin.headers(),
    payload: { name: 'fuzz', unitId: await unitId(server, WARD.tanNinh), roles: ['system'] },
  });
  assert.equal(key.statusCode, 201, key.body);
  const token = key.json().token as string;
  known.byName.api_key = [token];
  const stateless = async () => {};
  clock.wall = performance.now();
  clock.cpu = process.cpuUsage();
  identities.unshift({ name: 'anonymous', headers: () => ({}), renew: stateless });
  identities.push({
    name: 'system (API key)',
    headers: () => ({ authorization: `Bearer ${token}` }),
    renew: stateless,
  });
});
after(() => server?.close());

/** Ids of things that exist, so generated requests reach handlers rather than stop at "not found". */
async function collectKnown(admin: Caller, citizen: Caller): Promise<void> {
  const ward = await unitId(server, WARD.tanNinh);
  const category = await categoryId(server, 'ha-tang.chieu-sang');
  const point = await pointInWard(server, WARD.tanNinh);
  const photo = await uploadPhoto(server, citizen);
  const report = await submit(server, citizen, {
    categoryId: category,
    title: 'Đèn đường không sáng',
    description: 'Cụm đèn trước số 12 tắt ba đêm nay.',
    location: { ...point, source: 'map' },
    fileIds: [photo],
  });
  assert.equal(report.statusCode, 201, report.body);
  const guest = await submit(server, null, {
    categoryId: category,
    title: 'Ổ gà',
    description: 'Ổ gà sâu giữa đường.',
    location: { ...point, source: 'gps' },
    contact: { phone: '0912345678' },
  });
  assert.equal(guest.statusCode, 201, guest.body);
  const loose = await uploadPhoto(server, admin);
  known.uuids.push(
    ward,
    await unitId(server, '80'),
    category,
    report.json().report.id,
    guest.json().report.id,
    photo,
    loose,
  );
  known.byName = {
    lat: [point.lat],
    lon: [point.lon],
    token: [guest.json().trackingToken],
    code: [guest.json().report.code, report.json().report.code],
    service_code: ['ha-tang.chieu-sang'],
    file: [
      'discovery.json',
      'services.json',
      'services.xml',
      'requests.json',
      'requests.xml',
      'ha-tang.chieu-sang.json',
    ],
    date: ['2026-12-25', '2027-02-17'],
    queue: ['reports.deadlines', 'notify.deliver'],
    seq: ['1'],
    subscriber: ['reports'],
  };
}

interface Outcome {
  status: number;
  ms: number;
  problem?: string;
}

type Response = Awaited<ReturnType<TestServer['app']['inject']>>;

async function send(op: Operation, req: FuzzRequest, identity: Identity): Promise<{ res: Response; ms: number }> {
  const started = performance.now();
  const res = await server.app.inject({
    method: req.method as 'GET',
    url: req.url,
    headers: { ...req.headers, ...identity.headers() },
    ...(req.payload !== undefined && { payload: req.payload }),
  });
  const ms = performance.now() - started;
  // Fuzzed like any other route, then the identity signs in again for the operations after it.
  if (ENDS_SESSION.has(`${op.method} ${op.path}`)) await identity.renew();
  return { res, ms };
}

/** What is wrong with a response to a hostile request, if anything. */
function problemWith(url: string, status: number, contentType: string, body: string): string | undefined {
  if (status >= 500) return `status ${status}`;
  if (status < 400) return undefined;
  const pathOnly = url.split('?')[0]!;
  if (pathOnly.startsWith('/open311/')) {
    // Open311 clients read [{code, description}] (XML for .xml); an unmatched path may still get ours.
    if (/xml/.test(contentType))
      return /<errors>\s*<error>\s*<code>\d+<\/code>\s*<description>[^<]+/.test(body)
        ? undefined
        : 'not an Open311 XML error';
    const parsed = tryJson(body) as { code?: unknown; description?: unknown }[] | undefined;
    if (Array.isArray(parsed) && typeof parsed[0]?.code === 'number' && typeof parsed[0].description === 'string')
      return undefined;
  }
  if (!/^application\/json/.test(contentType)) return `a ${status} as ${contentType || 'no content type'}`;
  const e = (tryJson(body) as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (typeof e?.code !== 'string' || !/^[A-Z][A-Z0-9_]+$/.test(e.code))
    return `a ${status} without error.code: ${body.slice(0, 200)}`;
  if (typeof e.message !== 'string' || e.message === '')
    return `a ${status} without error.message: ${body.slice(0, 200)}`;
  return undefined;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends one request and judges the answer. A request over 1 s is sent again:
 * only one slow twice is a finding, since two test files share two cores.
 */
async function attempt(op: Operation, req: FuzzRequest, identity: Identity): Promise<Outcome> {
  let { res, ms } = await send(op, req, identity);
  stats.requests++;
  stats.byStatus.set(res.statusCode, (stats.byStatus.get(res.statusCode) ?? 0) + 1);
  const what = `${req.method} ${req.url.slice(0, 120)} as ${identity.name} (${req.kind}) → ${res.statusCode}`;
  if (ms > slowest.ms) slowest = { ms, what };
  const problem = problemWith(req.url, res.statusCode, String(res.headers['content-type'] ?? ''), res.body);
  if (problem)
    return { status: res.statusCode, ms, problem: `${problem}\n  ${what}\n  body sent: ${describePayload(req)}` };
  if (ms > SLOW_MS) {
    stats.retried++;
    await new Promise((r) => setTimeout(r, 100)); // let a burst of the other test files' work pass
    ({ res, ms } = await send(op, req, identity));
    if (ms > SLOW_MS) return { status: res.statusCode, ms, problem: `slow twice (${Math.round(ms)} ms)\n  ${what}` };
  }
  return { status: res.statusCode, ms };
}

function describePayload(req: FuzzRequest): string {
  if (req.payload === undefined) return '(none)';
  const text = typeof req.payload === 'string' ? req.payload : req.payload.toString('latin1');
  return `${req.headers['content-type'] ?? '?'} ${JSON.stringify(text.slice(0, 300))}${text.length > 300 ? ` … (${text.length} chars)` : ''}`;
}

/** A seed per operation and identity: adding a route leaves the other cases as they were. */
function seedFor(op: Operation, identity: Identity): number {
  let h = SEED | 0;
  for (const ch of `${op.method} ${op.path} ${identity.name}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h;
}

describe(`fuzz: ${operations.length} operations × every role, ${RUNS} random requests each + ${SYSTEMATIC.length} systematic (seed ${SEED})`, () => {
  for (const op of operations) {
    test(`${op.method} ${op.path}`, async () => {
      const failures: string[] = [];
      const admitted = new Set<Identity>();
      for (const identity of identities) {
        const details = await fc.check(
          fc.asyncProperty(requestArb(op, known), async (req) => {
            const outcome = await attempt(op, req, identity);
            if (outcome.status !== 401 && outcome.status !== 403) admitted.add(identity);
            if (outcome.problem) throw new Error(outcome.problem);
          }),
          { seed: seedFor(op, identity), numRuns: RUNS, endOnFailure: true },
        );
        if (details.failed)
          failures.push(`as ${identity.name}: ${(details.errorInstance as Error | undefined)?.message ?? 'failed'}`);
      }
      // As the last identity the route let in (admin if none), each hostile value everywhere it fits.
      const identity = [...admitted].pop() ?? identities.find((i) => i.name === 'admin')!;
      for (const h of SYSTEMATIC) {
        const outcome = await attempt(op, systematicRequest(op, known, h, seedFor(op, identity)), identity);
        if (outcome.problem) failures.push(`as ${identity.name}: ${outcome.problem}`);
      }
      assert.equal(failures.length, 0, failures.join('\n'));
    });
  }

  test('regression examples: what the fuzzer found once', async () => {
    const failures: string[] = [];
    for (const r of REGRESSIONS) {
      const identity = identities.find((i) => i.name === r.identity)!;
      const op = { method: r.method, path: r.url.split('?')[0]!, pathParams: [], queryParams: [] };
      const outcome = await attempt(op, { ...r, headers: r.headers ?? {} }, identity);
      if (outcome.problem) failures.push(outcome.problem);
      else if (outcome.status !== r.status) failures.push(`${r.kind}: ${outcome.status}, expected ${r.status}`);
    }
    assert.equal(failures.length, 0, failures.join('\n'));
  });

  test('the document fuzzed is the one the server serves', async () => {
    const served = (await server.app.inject({ url: '/api/docs/json' })).json() as OpenApiDoc;
    const names = (d: OpenApiDoc) =>
      operationsOf(d)
        .map((o) => `${o.method} ${o.path}`)
        .sort();
    assert.deepEqual(names(served), names(doc), 'docs/openapi.json is stale: npm run openapi');
  });

  test('every identity is still signed in, so the run reached past authentication', async () => {
    for (const identity of identities.filter((i) => i.name !== 'anonymous')) {
      const res = await server.app.inject({
        url: '/api/notifications/unread-count',
        headers: identity.headers(),
      });
      assert.notEqual(res.statusCode, 401, `${identity.name}: ${res.body}`);
    }
  });

  test('summary', (t) => {
    const histogram = [...stats.byStatus.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
    t.diagnostic(
      `${stats.requests} requests, ${operations.length} operations × ${identities.length} identities, seed ${SEED}`,
    );
    t.diagnostic(`status codes: ${histogram.join(', ')}`);
    t.diagnostic(
      `slowest: ${Math.round(slowest.ms)} ms — ${slowest.what}; ${stats.retried} sent again for being over ${SLOW_MS} ms`,
    );
    const cpu = process.cpuUsage(clock.cpu);
    const [wall, cpuS] = [(performance.now() - clock.wall) / 1000, (cpu.user + cpu.system) / 1e6];
    t.diagnostic(`fuzzing took ${wall.toFixed(1)} s, ${cpuS.toFixed(1)} s of this process's CPU (PostgreSQL apart)`);
    assert.ok(stats.requests >= operations.length * identities.length);
  });
});
