/**
 * Hostile input at the HTTP shell: whatever a route is, a NUL character in any
 * string, an unknown API path, get a clean 4xx with a stable code. The server
 * here serves a (minimal) web app and is published over https behind a proxy.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../../seed/demo.js';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';

let server: TestServer;
let admin: Caller;
let webDist: string;

before(async () => {
  webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'vioc-web-'));
  fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>vioc</title>');
  server = await startTestServer({ WEB_DIST: webDist, PUBLIC_URL: 'https://ioc.example.gov.vn' });
  admin = await sessionFor(server, 'admin');
});
after(async () => {
  await server.close();
  fs.rmSync(webDist, { recursive: true, force: true });
});

function expectNul(res: { statusCode: number; json(): { error: { code: string; message: string } } }): void {
  assert.equal(res.statusCode, 400, JSON.stringify(res.json()));
  assert.equal(res.json().error.code, 'NUL_CHARACTER');
  assert.match(res.json().error.message, /NUL/);
}

describe('a NUL character (U+0000) anywhere is refused with 400 NUL_CHARACTER', () => {
  test('in a JSON body', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      payload: JSON.stringify({ login: 'a\u0000b', password: 'x' }),
    });
    expectNul(res);
    assert.equal(res.json().error.message, 'The request contains a NUL character (U+0000), which is not accepted.');
  });

  test('in a nested body field, in Vietnamese by default', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { ...admin.headers(), 'content-type': 'application/json' },
      payload: JSON.stringify({
        parentId: 'x',
        kind: 'agency',
        name: 'A',
        fullName: 'A',
        extra: { deep: ['ok', 'n\u0000'] },
      }),
    });
    expectNul(res);
    assert.match(res.json().error.message, /ký tự NUL/);
  });

  test('in a public query string', async () => {
    expectNul(await server.app.inject({ url: '/api/public/reports?q=%00' }));
  });

  test('in a path parameter', async () => {
    // Open311 answers in its own error format: [{ code, description }].
    const res = await server.app.inject({ url: '/open311/v2/requests/a%00b.json' });
    assert.equal(res.statusCode, 400);
    assert.match((res.json() as { description: string }[])[0]!.description, /^NUL_CHARACTER: /);
  });

  test('in the query of staff lists', async () => {
    expectNul(await server.app.inject({ url: '/api/users?q=%00', headers: admin.headers() }));
    expectNul(await server.app.inject({ url: '/api/audit?q=%00', headers: admin.headers() }));
  });

  test('text without NUL still works', async () => {
    assert.equal((await server.app.inject({ url: '/api/public/reports?q=%C4%91%C6%B0%E1%BB%9Dng' })).statusCode, 200);
  });
});

describe('unknown API paths are JSON 404s, not the web app', () => {
  for (const url of ['/api', '/api/', '/api/nope', '/api/nope/deeper?x=1', '/API/Nope', '/open311', '/open311/v9']) {
    test(url, async () => {
      const res = await server.app.inject({ url });
      assert.equal(res.statusCode, 404, res.body.slice(0, 100));
      assert.match(String(res.headers['content-type']), /application\/json/);
      assert.equal(res.json().error.code, 'NOT_FOUND');
    });
  }

  test('page paths still get the web app', async () => {
    for (const url of ['/', '/reports/new', '/apis-and-more']) {
      const res = await server.app.inject({ url });
      assert.equal(res.statusCode, 200, url);
      assert.match(String(res.headers['content-type']), /text\/html/, url);
    }
  });
});

describe('URLs the router refuses still get the one error format (found by test/fuzz.test.ts)', () => {
  for (const [url, status, code] of [
    ['/api/reports/%zz', 400, 'MALFORMED_URL'],
    ['/api/units/%C0%AE%C0%AE?lang=en', 400, 'MALFORMED_URL'],
    // A parameter over maxParamLength is 414 URL_TOO_LONG without a web app (test/fuzz.test.ts has that
    // case); here the web app's catch-all route takes the path instead.
    [`/api/files/${'x'.repeat(101)}`, 404, 'NOT_FOUND'],
  ] as const) {
    test(`${url.slice(0, 40)} → ${status} ${code}`, async () => {
      const res = await server.app.inject({ url, headers: { 'accept-language': 'en' } });
      assert.equal(res.statusCode, status, res.body);
      assert.match(String(res.headers['content-type']), /application\/json/);
      assert.equal(res.json().error.code, code);
      assert.ok(res.json().error.message);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', 'the security headers too');
    });
  }
});

describe('cookies on an https site', () => {
  test('the session cookie is Secure when PUBLIC_URL is https, even over the proxy’s plain http', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { login: 'cbtanninh', password: DEMO_PASSWORD },
    });
    assert.equal(res.statusCode, 200, res.body);
    const sid = res.cookies.find((c) => c.name === 'vioc_sid');
    assert.ok(sid);
    assert.equal(sid.secure, true);
    assert.equal(sid.httpOnly, true);
  });
});
