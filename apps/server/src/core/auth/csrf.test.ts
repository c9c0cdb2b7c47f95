/**
 * Cookie-authenticated writes prove they come from our pages on every route,
 * public ones included (a citizen's rating or report), while guests without a
 * cookie keep writing to public routes.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';
import { categoryId, pointInWard, WARD } from '../../modules/reports/reports.fixtures.js';

let server: TestServer;
let citizen: Caller;
let report: () => Promise<object>;

before(async () => {
  server = await startTestServer();
  citizen = await sessionFor(server, 'nguoidan');
  const category = await categoryId(server, 'ha-tang.chieu-sang');
  const place = await pointInWard(server, WARD.tanNinh);
  report = async () => ({
    categoryId: category,
    title: 'Đèn đường hỏng',
    description: 'Đèn đường trước số 12 không sáng từ ba hôm nay.',
    location: { ...place, source: 'map' },
  });
});
after(() => server.close());

function post(url: string, headers: Record<string, string>, payload: object) {
  return server.app.inject({ method: 'POST', url, headers, payload });
}

describe('CSRF on public routes', () => {
  test('a citizen’s cookie alone cannot rate or file a report', async () => {
    const rating = await post(`/api/reports/${crypto.randomUUID()}/rating`, { cookie: citizen.cookie }, { stars: 1 });
    assert.equal(rating.statusCode, 403, rating.body);
    assert.equal(rating.json().error.code, 'CSRF_FAILED');

    const filed = await post('/api/reports', { cookie: citizen.cookie }, await report());
    assert.equal(filed.statusCode, 403, filed.body);
    assert.equal(filed.json().error.code, 'CSRF_FAILED');
    const denied = await server.database.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'access.denied')
      .where('actor_id', '=', citizen.userId)
      .execute();
    assert.ok(denied.length >= 2, 'the refusals are audited');
  });

  test('with the CSRF token the citizen’s writes go through, attributed to them', async () => {
    const filed = await post('/api/reports', citizen.headers(), await report());
    assert.equal(filed.statusCode, 201, filed.body);
    const row = await server.database.db
      .selectFrom('report_reporters')
      .select('user_id')
      .where('report_id', '=', filed.json().report.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.user_id, citizen.userId);
    // Past the guard: an unknown report is the route's own 404.
    const rating = await post(`/api/reports/${crypto.randomUUID()}/rating`, citizen.headers(), { stars: 5 });
    assert.equal(rating.statusCode, 404, rating.body);
  });

  test('a guest without a cookie still files a report', async () => {
    const filed = await post('/api/reports', {}, { ...(await report()), contact: { phone: '0912000111' } });
    assert.equal(filed.statusCode, 201, filed.body);
  });

  test('a cookie write from another site is refused even with the token', async () => {
    const bySite = await post('/api/reports', citizen.headers({ 'sec-fetch-site': 'cross-site' }), await report());
    assert.equal(bySite.statusCode, 403);
    assert.equal(bySite.json().error.code, 'CROSS_SITE_REQUEST');
    assert.match(bySite.json().error.message, /trang web khác/);
    const byOrigin = await post(
      '/api/reports',
      citizen.headers({ origin: 'https://evil.example', 'accept-language': 'en' }),
      await report(),
    );
    assert.equal(byOrigin.statusCode, 403);
    assert.equal(byOrigin.json().error.code, 'CROSS_SITE_REQUEST');
    assert.match(byOrigin.json().error.message, /another site/);
    const sandboxed = await post('/api/reports', citizen.headers({ origin: 'null' }), await report());
    assert.equal(sandboxed.json().error.code, 'CROSS_SITE_REQUEST');
  });

  test('our own origin and same-origin fetches pass', async () => {
    const same = await post(
      '/api/reports',
      citizen.headers({ origin: 'http://localhost:80', host: 'localhost:80', 'sec-fetch-site': 'same-origin' }),
      await report(),
    );
    assert.equal(same.statusCode, 201, same.body);
    // A guest's cross-site post carries no session to ride on: nothing to protect.
    const guest = await post(
      '/api/reports',
      { 'sec-fetch-site': 'cross-site', origin: 'https://elsewhere.example' },
      { ...(await report()), contact: { phone: '0912000112' } },
    );
    assert.equal(guest.statusCode, 201, guest.body);
  });
});
