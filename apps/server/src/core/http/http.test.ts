import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';

let server: TestServer;
let admin: Caller;
let provinceId: string;

before(async () => {
  server = await startTestServer({ BODY_LIMIT_BYTES: String(64 * 1024) });
  admin = await sessionFor(server, 'admin');
  provinceId = (
    await server.database.db.selectFrom('units').select('id').where('admin_code', '=', '80').executeTakeFirstOrThrow()
  ).id;
});
after(() => server.close());

function post(url: string, payload: string | object, headers: Record<string, string> = {}) {
  return server.app.inject({
    method: 'POST',
    url,
    headers: { ...admin.headers(), 'content-type': 'application/json', ...headers },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

const unit = (name: string) => ({ parentId: provinceId, kind: 'agency', name, fullName: name });

describe('bad input gets a clear 4xx and nothing half-saved', () => {
  test('malformed JSON', async () => {
    const res = await post('/api/units', '{"parentId": ');
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'MALFORMED_JSON');
    assert.match(res.json().error.message, /JSON/);
  });

  test('wrong types name the field', async () => {
    const res = await post('/api/units', { ...unit('Ban A'), kind: 42 });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'VALIDATION_FAILED');
    assert.ok(JSON.stringify(res.json().error.details).includes('kind'));
  });

  test('unknown fields on admin writes are refused', async () => {
    const res = await post('/api/units', { ...unit('Ban B'), isAdmin: true });
    assert.equal(res.statusCode, 400);
    const saved = await server.database.db.selectFrom('units').select('id').where('name', '=', 'Ban B').execute();
    assert.equal(saved.length, 0);
  });

  test('an oversize body gets 413', async () => {
    const res = await post('/api/units', { ...unit('Ban C'), address: 'x'.repeat(100 * 1024) });
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().error.code, 'BODY_TOO_LARGE');
  });

  test('an unsupported content type gets 415', async () => {
    const res = await post('/api/units', 'name=x', { 'content-type': 'application/x-www-form-urlencoded' });
    assert.equal(res.statusCode, 415);
  });

  test('SQL and HTML injection strings are stored and returned verbatim', async () => {
    const hostile = `Robert'); DROP TABLE users;-- <script>alert("x")</script> & "quotes"`;
    const res = await post('/api/units', { ...unit(hostile), address: hostile });
    assert.equal(res.statusCode, 201);
    const got = await server.app.inject({ url: `/api/units/${res.json().id}`, headers: admin.headers() });
    assert.equal(got.json().name, hostile);
    assert.equal(got.json().address, hostile);
    const users = await server.database.db.selectFrom('users').select('id').execute();
    assert.ok(users.length > 0);
  });

  test('errors speak the caller’s language', async () => {
    const vi = await server.app.inject({
      url: '/api/units/00000000-0000-7000-8000-000000000000',
      headers: admin.headers(),
    });
    assert.equal(vi.json().error.message, 'Không tìm thấy đơn vị.');
    const en = await server.app.inject({
      url: '/api/units/00000000-0000-7000-8000-000000000000',
      headers: admin.headers({ 'accept-language': 'en' }),
    });
    assert.equal(en.json().error.message, 'Unit not found.');
  });

  test('an unknown API path answers a JSON 404', async () => {
    const res = await server.app.inject({ url: '/api/does-not-exist' });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'NOT_FOUND');
  });

  test('sign-in is rate limited per IP', async () => {
    let last = 0;
    let retryAfter: string | undefined;
    for (let i = 0; i < server.config.RATE_LIMIT_SIGNIN_PER_MINUTE + 1; i++) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        remoteAddress: '10.9.9.9',
        payload: { login: 'nobody', password: 'x' },
      });
      last = res.statusCode;
      retryAfter = res.headers['retry-after'] as string | undefined;
    }
    assert.equal(last, 429);
    assert.ok(Number(retryAfter) > 0);
  });
});

describe('operations endpoints', () => {
  test('/healthz and /readyz', async () => {
    assert.equal((await server.app.inject({ url: '/healthz' })).json().status, 'ok');
    assert.equal((await server.app.inject({ url: '/readyz' })).json().status, 'ready');
  });

  test('/readyz reports a database that is not migrated', async () => {
    await server.database.pool.query("DELETE FROM schema_migrations WHERE version = '0001'");
    const res = await server.app.inject({ url: '/readyz' });
    assert.equal(res.statusCode, 503);
    assert.deepEqual(res.json().error.details.pendingMigrations, ['0001_core']);
    const { readMigrations } = await import('../db/migrate.js');
    const m = readMigrations()[0]!;
    await server.database.pool.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
      m.version,
      m.name,
      m.checksum,
    ]);
  });

  test('/metrics is Prometheus text for admins only', async () => {
    assert.equal((await server.app.inject({ url: '/metrics' })).statusCode, 401);
    const res = await server.app.inject({ url: '/metrics', headers: admin.headers() });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /vioc_http_request_duration_seconds_bucket/);
  });

  test('the OpenAPI 3.1 document describes the API', async () => {
    const res = await server.app.inject({ url: '/api/docs/json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/api/users'].get);
    assert.ok(doc.paths['/api/units'].post.requestBody);
    assert.equal((await server.app.inject({ url: '/api/docs' })).statusCode < 400, true);
  });

  test('security headers are set; HSTS only behind TLS', async () => {
    const res = await server.app.inject({ url: '/healthz' });
    assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['strict-transport-security'], undefined);
    const tls = await startTestServer({ PUBLIC_URL: 'https://ioc.tayninh.gov.vn' });
    try {
      const h = await tls.app.inject({ url: '/healthz' });
      assert.match(String(h.headers['strict-transport-security']), /max-age=31536000/);
    } finally {
      await tls.close();
    }
  });
});

test('docs/openapi.json is the generated document (run `npm run openapi` after changing a route)', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const file = path.resolve(import.meta.dirname, '../../../../../docs/openapi.json');
  const committed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  assert.deepEqual(JSON.parse(JSON.stringify(server.app.swagger())), committed);
});
