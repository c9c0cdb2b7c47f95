import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Role } from '@vioc/contracts';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';
import { createHttpApp } from '../http/app.js';
import { createMetrics } from '../http/metrics.js';
import pino from 'pino';

let server: TestServer;
const ids: Record<string, string> = {};

const DEMO_BY_ROLE: Record<Exclude<Role, 'system'>, string> = {
  citizen: 'nguoidan',
  business: 'doanhnghiep',
  officer: 'cbtanninh',
  unit_leader: 'ldtanninh',
  operator: 'trucioc',
  leader: 'lanhdao',
  admin: 'admin',
};

before(async () => {
  server = await startTestServer({ RATE_LIMIT_SIGNIN_PER_MINUTE: '10000', RATE_LIMIT_PUBLIC_PER_MINUTE: '10000' });
  const db = server.database.db;
  for (const u of await db.selectFrom('users').select(['id', 'username']).execute())
    if (u.username) ids[u.username] = u.id;
  for (const u of await db
    .selectFrom('units')
    .select(['id', 'admin_code'])
    .where('admin_code', 'is not', null)
    .execute()) {
    ids[`unit:${u.admin_code}`] = u.id;
  }
});
after(() => server.close());

async function systemKey(): Promise<string> {
  const admin = await sessionFor(server, 'admin');
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/api-keys',
    headers: admin.headers(),
    payload: { name: 'matrix', unitId: ids['unit:80'], roles: ['system'] },
  });
  assert.equal(res.statusCode, 201);
  return res.json().token as string;
}

function fill(url: string): string {
  return url
    .replace(/:membershipId/g, '00000000-0000-7000-8000-000000000001')
    .replace(/:id/g, '00000000-0000-7000-8000-000000000000')
    .replace(/\*/g, 'x');
}

describe('permission matrix over every registered route', () => {
  test('every role gets exactly what the route declares; everyone else is refused', async () => {
    const key = await systemKey();
    const routes = server.routes.filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS');
    assert.ok(routes.length >= 30, `expected the whole API, found ${routes.length} routes`);
    const failures: string[] = [];
    for (const route of routes) {
      const callers: [string, Role | 'anonymous', () => Promise<Record<string, string>>][] = [
        ['anonymous', 'anonymous', async () => ({})],
        ['system', 'system', async () => ({ authorization: `Bearer ${key}` })],
        ...Object.entries(DEMO_BY_ROLE).map(
          ([role, username]) =>
            [role, role as Role, async () => (await sessionFor(server, username)).headers()] as [
              string,
              Role,
              () => Promise<Record<string, string>>,
            ],
        ),
      ];
      for (const [label, role, headersOf] of callers) {
        const res = await server.app.inject({
          method: route.method as 'GET',
          url: fill(route.url),
          headers: {
            ...(await headersOf()),
            ...(route.method === 'GET' ? {} : { 'content-type': 'application/json' }),
          },
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: '{}' }),
        });
        const code = res.headers['content-type']?.includes('json')
          ? (res.json() as { error?: { code?: string } }).error?.code
          : undefined;
        const allowed = 'public' in route.permission || (role !== 'anonymous' && route.permission.roles.includes(role));
        const refused =
          (res.statusCode === 401 && (code === 'UNAUTHENTICATED' || code === 'API_KEY_INVALID')) ||
          code === 'FORBIDDEN';
        if (allowed && refused)
          failures.push(`${route.method} ${route.url}: ${label} should be allowed, got ${res.statusCode} ${code}`);
        if (!allowed && !refused)
          failures.push(`${route.method} ${route.url}: ${label} should be refused, got ${res.statusCode} ${code}`);
        if (res.statusCode >= 500) failures.push(`${route.method} ${route.url}: ${label} got ${res.statusCode}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test('a route that declares no permission cannot be registered', async () => {
    const { app } = await createHttpApp({
      logger: pino({ level: 'silent' }),
      bodyLimit: 1024,
      trustProxy: false,
      webDist: '/nonexistent',
      metrics: createMetrics(),
      cookieSecret: 'x'.repeat(32),
    });
    assert.throws(() => app.get('/api/forgotten', async () => 'open'), /declares no permission/);
    await app.close();
  });
});

describe('data is scoped to the caller’s unit', () => {
  let leaderA: Caller;
  let officerA: Caller;
  let citizen: Caller;
  before(async () => {
    leaderA = await sessionFor(server, 'ldtanninh');
    officerA = await sessionFor(server, 'cbtanninh');
    citizen = await sessionFor(server, 'nguoidan');
  });

  test('the leader of ward A edits A’s contacts but cannot change ward B', async () => {
    const own = await server.app.inject({
      method: 'PATCH',
      url: `/api/units/${ids['unit:25459']}`,
      headers: leaderA.headers(),
      payload: { phone: '0276 3822 123' },
    });
    assert.equal(own.statusCode, 200);
    assert.equal(own.json().phone, '0276 3822 123');
    const other = await server.app.inject({
      method: 'PATCH',
      url: `/api/units/${ids['unit:25480']}`,
      headers: leaderA.headers(),
      payload: { phone: '0999 999 999' },
    });
    assert.equal(other.statusCode, 403);
    assert.equal(other.json().error.code, 'UNIT_OUT_OF_SCOPE');
    const unchanged = await server.database.db
      .selectFrom('units')
      .select('phone')
      .where('id', '=', ids['unit:25480']!)
      .executeTakeFirstOrThrow();
    assert.equal(unchanged.phone, null);
    const rename = await server.app.inject({
      method: 'PATCH',
      url: `/api/units/${ids['unit:25459']}`,
      headers: leaderA.headers(),
      payload: { name: 'Đổi tên' },
    });
    assert.equal(rename.json().error.code, 'UNIT_FIELD_NOT_ALLOWED');
  });

  test('the leader of ward A sees and manages only A’s people', async () => {
    const list = await server.app.inject({ url: '/api/users?limit=200', headers: leaderA.headers() });
    assert.equal(list.statusCode, 200);
    const names = list
      .json()
      .items.map((u: { username: string }) => u.username)
      .sort();
    assert.deepEqual(names, ['cbtanninh', 'ldtanninh']);
    const otherWard = await server.app.inject({ url: `/api/users/${ids.cbbinhminh}`, headers: leaderA.headers() });
    assert.equal(otherWard.statusCode, 403);
    const disableOther = await server.app.inject({
      method: 'PATCH',
      url: `/api/users/${ids.cbbinhminh}`,
      headers: leaderA.headers(),
      payload: { status: 'disabled' },
    });
    assert.equal(disableOther.statusCode, 403);
    const own = await server.app.inject({
      method: 'PATCH',
      url: `/api/users/${ids.cbtanninh}`,
      headers: leaderA.headers(),
      payload: { phone: '0901 234 567' },
    });
    assert.equal(own.statusCode, 200);
  });

  test('an officer of ward A cannot read ward B’s staff or the directory', async () => {
    assert.equal(
      (await server.app.inject({ url: `/api/users/${ids.cbbinhminh}`, headers: officerA.headers() })).statusCode,
      403,
    );
    const dir = await server.app.inject({ url: '/api/users', headers: officerA.headers() });
    assert.equal(dir.statusCode, 403);
    assert.equal(dir.json().error.code, 'FORBIDDEN');
    const self = await server.app.inject({ url: `/api/users/${ids.cbtanninh}`, headers: officerA.headers() });
    assert.equal(self.statusCode, 200);
  });

  test('a citizen sees only their own account', async () => {
    assert.equal(
      (await server.app.inject({ url: `/api/users/${ids.nguoidan}`, headers: citizen.headers() })).statusCode,
      200,
    );
    const other = await server.app.inject({ url: `/api/users/${ids.doanhnghiep}`, headers: citizen.headers() });
    assert.equal(other.statusCode, 403);
    assert.equal((await server.app.inject({ url: '/api/users', headers: citizen.headers() })).statusCode, 403);
  });

  test('every denial above is in the audit log', async () => {
    const rows = await server.services.audit.search({ action: 'access.denied', limit: 500 });
    assert.ok(rows.some((r) => r.actor_id === ids.cbtanninh && r.target_id === 'GET /api/users'));
    assert.ok(rows.some((r) => r.actor_id === ids.nguoidan));
  });
});

describe('creating accounts', () => {
  test('an account needs a unit; the creator gets the new account back', async () => {
    const admin = await sessionFor(server, 'admin');
    const none = await server.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers(),
      payload: { username: 'khongdonvi', fullName: 'Không Đơn Vị', password: 'KhongDonVi#2026' },
    });
    assert.equal(none.statusCode, 400, none.body);
    const ok = await server.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers(),
      payload: {
        username: 'cbmoi',
        fullName: 'Cán Bộ Mới',
        password: 'CanBoMoi#2026',
        memberships: [{ unitId: ids['unit:25459'], role: 'officer' }],
      },
    });
    assert.equal(ok.statusCode, 201);
    assert.equal(ok.json().memberships[0].unitName, 'Phường Tân Ninh');
    const leaderB = await sessionFor(server, 'ldtanninh');
    const seen = await server.app.inject({ url: `/api/users/${ok.json().id}`, headers: leaderB.headers() });
    assert.equal(seen.statusCode, 200, 'the ward’s leader sees the new officer');
  });
});
