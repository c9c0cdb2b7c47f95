import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../../test/support.js';
import { categoryId, pointInWard, unitId, WARD } from '../reports.fixtures.js';

let server: TestServer;
let operator: Caller;
let citizen: Caller;
let systemKey: string;
let streetLight: string;
let point: { lat: number; lon: number };

before(async () => {
  server = await startTestServer({ REPORTS_SUBMIT_PER_IP_PER_HOUR: '40' });
  operator = await sessionFor(server, 'trucioc');
  citizen = await sessionFor(server, 'nguoidan');
  const admin = await sessionFor(server, 'admin');
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/api-keys',
    headers: admin.headers(),
    payload: { name: 'Zalo OA bridge', unitId: await unitId(server, WARD.tanNinh), roles: ['system'] },
  });
  systemKey = res.json().token;
  streetLight = await categoryId(server, 'ha-tang.chieu-sang');
  point = await pointInWard(server, WARD.tanNinh);
});
after(() => server.close());

const stored = (id: string) =>
  server.database.db
    .selectFrom('reports as r')
    .innerJoin('report_reporters as p', 'p.report_id', 'r.id')
    .select(['r.channel', 'r.title', 'r.description', 'r.created_by', 'p.name', 'p.phone', 'p.user_id'])
    .where('r.id', '=', id)
    .executeTakeFirstOrThrow();

describe('social/chat webhook', () => {
  const message = (over: Record<string, unknown> = {}) => ({
    source: 'zalo',
    messageId: 'zmsg-000123',
    sender: { id: 'zalo-user-998877', name: 'Anh Tuấn', phone: '0987 654 321' },
    categoryId: streetLight,
    text: 'Đèn đường hẻm 5 bị tắt\nCả dãy đèn hẻm 5 tắt từ tối qua.',
    location: { ...point, address: 'Hẻm 5, phường Tân Ninh' },
    photoUrls: ['https://zalo.example/photo/1.jpg'],
    ...over,
  });
  const send = (payload: object, token = systemKey) =>
    server.app.inject({
      method: 'POST',
      url: '/api/intake/social',
      headers: { authorization: `Bearer ${token}` },
      payload,
    });

  test('a message becomes a report (channel social); the same message id gives back the same report', async () => {
    const res = await send(message());
    assert.equal(res.statusCode, 201, res.body);
    const { id, code, trackingToken, replayed } = res.json();
    assert.match(code, /^PA-\d{4}-\d{6}$/);
    assert.ok(trackingToken, 'the bridge can hand the tracking token to the sender');
    assert.equal(replayed, false);
    const r = await stored(id);
    assert.equal(r.channel, 'social');
    assert.equal(r.title, 'Đèn đường hẻm 5 bị tắt');
    assert.match(r.description, /https:\/\/zalo\.example\/photo\/1\.jpg/, 'photo links kept as text');
    assert.ok(!r.description.includes('zalo-user-998877'), 'the platform id of the sender is not in the report');
    assert.equal(r.name, 'Anh Tuấn');

    const again = await send(message());
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(again.json().id, id);
    assert.equal(again.json().replayed, true);
    const conflict = await send(message({ text: 'Một nội dung khác hẳn' }));
    assert.equal(conflict.statusCode, 409);
  });

  test('no key → 401, a citizen → 403, no phone or email → 422, a non-http photo link → 400', async () => {
    const anon = await server.app.inject({ method: 'POST', url: '/api/intake/social', payload: message() });
    assert.equal(anon.statusCode, 401);
    const byCitizen = await server.app.inject({
      method: 'POST',
      url: '/api/intake/social',
      headers: citizen.headers(),
      payload: message({ messageId: 'zmsg-2' }),
    });
    assert.equal(byCitizen.statusCode, 403);
    const noContact = await send(message({ messageId: 'zmsg-3', sender: { id: 'x', name: 'A' } }));
    assert.equal(noContact.statusCode, 422);
    assert.equal(noContact.json().error.code, 'REPORT_CONTACT_REQUIRED');
    const badLink = await send(message({ messageId: 'zmsg-4', photoUrls: ['file:///etc/passwd'] }));
    assert.equal(badLink.statusCode, 400);
  });
});

describe('hotline', () => {
  const call = (over: Record<string, unknown> = {}) => ({
    categoryId: streetLight,
    callerPhone: '0912 000 111',
    callerName: 'Bà Hoa',
    notes: 'Người gọi báo cột đèn nghiêng trước chợ, nguy cơ đổ.',
    location: { ...point, address: 'Trước chợ Tân Ninh' },
    ...over,
  });

  test('the operator enters a call: channel hotline, the caller is the reporter, the operator is recorded', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/reports/hotline',
      headers: operator.headers(),
      payload: call(),
    });
    assert.equal(res.statusCode, 201, res.body);
    const r = await stored(res.json().id);
    assert.equal(r.channel, 'hotline');
    assert.equal(r.description, call().notes);
    assert.equal(r.phone, '0912 000 111');
    assert.equal(r.name, 'Bà Hoa');
    assert.equal(r.user_id, null, 'the operator is not the reporter');
    assert.equal(r.created_by, operator.userId);
    const history = await server.database.db
      .selectFrom('report_history')
      .select(['actor_label', 'data'])
      .where('report_id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    assert.ok(history.actor_label, 'the timeline names the operator who took the call');
  });

  test('only operators; the caller’s number is required', async () => {
    const byCitizen = await server.app.inject({
      method: 'POST',
      url: '/api/reports/hotline',
      headers: citizen.headers(),
      payload: call(),
    });
    assert.equal(byCitizen.statusCode, 403);
    const noPhone = await server.app.inject({
      method: 'POST',
      url: '/api/reports/hotline',
      headers: operator.headers(),
      payload: call({ callerPhone: undefined }),
    });
    assert.equal(noPhone.statusCode, 400);
  });
});
