import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pino from 'pino';
import { buildServer } from '../../server.js';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';

let server: TestServer;
let admin: Caller;
let wardA: string;
let wardB: string;

before(async () => {
  server = await startTestServer();
  admin = await sessionFor(server, 'admin');
  const units = await server.database.db
    .selectFrom('units')
    .select(['id', 'admin_code'])
    .where('admin_code', 'in', ['25459', '25480'])
    .execute();
  wardA = units.find((u) => u.admin_code === '25459')!.id;
  wardB = units.find((u) => u.admin_code === '25480')!.id;
});
after(() => server.close());

test('an API key acts within its unit and roles, records its last use, and stops working once revoked', async () => {
  const created = await server.app.inject({
    method: 'POST',
    url: '/api/api-keys',
    headers: admin.headers(),
    payload: { name: 'Cổng camera phường Tân Ninh', unitId: wardA, roles: ['unit_leader'] },
  });
  assert.equal(created.statusCode, 201);
  const { id, token, prefix } = created.json();
  assert.match(token, /^vioc_[a-z0-9]{10}_/);
  const stored = await server.database.db
    .selectFrom('api_keys')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  assert.ok(!stored.secret_hash.toString('utf8').includes(token.split('_')[2]), 'only a hash of the secret is stored');
  assert.equal(stored.prefix, prefix);

  const auth = { authorization: `Bearer ${token}` };
  const own = await server.app.inject({
    method: 'PATCH',
    url: `/api/units/${wardA}`,
    headers: auth,
    payload: { phone: '0276 000 111' },
  });
  assert.equal(own.statusCode, 200, 'keys need no CSRF token: they are not cookies');
  const other = await server.app.inject({
    method: 'PATCH',
    url: `/api/units/${wardB}`,
    headers: auth,
    payload: { phone: '0276 000 222' },
  });
  assert.equal(other.statusCode, 403, 'scoped to its unit');
  const adminOnly = await server.app.inject({ url: '/api/audit', headers: auth });
  assert.equal(adminOnly.statusCode, 403, 'limited to its roles');

  // Last use is written in the background (at most once a minute per key).
  let mine: { lastUsedAt: string | null; token?: string } = { lastUsedAt: null };
  for (let i = 0; i < 50 && !mine.lastUsedAt; i++) {
    const listed = await server.app.inject({ url: '/api/api-keys', headers: admin.headers() });
    mine = listed.json().find((k: { id: string }) => k.id === id);
    if (!mine.lastUsedAt) await new Promise((r) => setTimeout(r, 20));
  }
  assert.ok(mine.lastUsedAt, 'last use is recorded');
  assert.equal(mine.token, undefined, 'the token is never shown again');

  const audit = await server.services.audit.search({ action: 'unit.update', limit: 5 });
  assert.ok(audit.some((r) => r.actor_label === 'api_key:Cổng camera phường Tân Ninh'));

  const revoked = await server.app.inject({
    method: 'POST',
    url: `/api/api-keys/${id}/revoke`,
    headers: admin.headers(),
  });
  assert.equal(revoked.statusCode, 200);
  const after = await server.app.inject({ url: `/api/units/${wardA}`, headers: auth });
  assert.equal(after.statusCode, 401);
  assert.equal(after.json().error.code, 'API_KEY_INVALID');
});

test('a key revoked through one server process stops working in another within a second', async () => {
  // A second process on the same database: its own key cache, its own HTTP shell.
  const other = await buildServer({
    config: server.config,
    db: server.database.db,
    pool: server.database.pool,
    url: server.database.url,
    logger: pino({ level: 'silent' }),
  });
  try {
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/api-keys',
      headers: admin.headers(),
      payload: { name: 'Cổng camera nút giao 30/4', unitId: wardA, roles: ['operator'] },
    });
    const { id, token } = created.json();
    const auth = { authorization: `Bearer ${token}` };
    assert.equal((await other.app.inject({ url: `/api/units/${wardA}`, headers: auth })).statusCode, 200);
    const revoked = await server.app.inject({
      method: 'POST',
      url: `/api/api-keys/${id}/revoke`,
      headers: admin.headers(),
    });
    assert.equal(revoked.statusCode, 200);
    const revokedAt = Date.now();
    let status = 200;
    while (status === 200 && Date.now() - revokedAt < 3_000) {
      status = (await other.app.inject({ url: `/api/units/${wardA}`, headers: auth })).statusCode;
      if (status === 200) await new Promise((r) => setTimeout(r, 50));
    }
    const ms = Date.now() - revokedAt;
    assert.equal(status, 401);
    assert.ok(ms < 1_000, `the other process refused the key after ${ms} ms`);
  } finally {
    await other.app.close();
  }
});

test('a malformed or unknown key is refused and the refusal audited', async () => {
  const res = await server.app.inject({
    url: '/api/units',
    headers: { authorization: 'Bearer vioc_0000000000_notarealsecretnotarealsecretnotarealsecret00' },
  });
  assert.equal(res.statusCode, 401);
  const rows = await server.services.audit.search({ action: 'access.denied', limit: 5 });
  assert.ok(rows.some((r) => (r.after as { reason: string }).reason === 'invalid_api_key'));
});

test('an admin key cannot be created', async () => {
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/api-keys',
    headers: admin.headers(),
    payload: { name: 'x', unitId: wardA, roles: ['admin'] },
  });
  assert.equal(res.statusCode, 400);
});
