import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';
import {
  categoryId,
  notificationsOf,
  pointInWard,
  submit,
  uploadPhoto,
  uploadVideo,
  WARD,
} from './reports.fixtures.js';

let server: TestServer;
let citizen: Caller;
let business: Caller;
let operator: Caller;
let streetLight: string;
let inTanNinh: { lat: number; lon: number };

before(async () => {
  server = await startTestServer({ REPORTS_SUBMIT_PER_IP_PER_HOUR: '40', REPORTS_SUBMIT_PER_CONTACT_PER_DAY: '5' });
  citizen = await sessionFor(server, 'nguoidan');
  business = await sessionFor(server, 'doanhnghiep');
  operator = await sessionFor(server, 'trucioc');
  streetLight = await categoryId(server, 'ha-tang.chieu-sang');
  inTanNinh = await pointInWard(server, WARD.tanNinh);
});
after(() => server.close());

const body = (over: Record<string, unknown> = {}) => ({
  categoryId: streetLight,
  title: 'Đèn đường không sáng',
  description: 'Cụm đèn chiếu sáng trước số 12 đường 30/4 tắt ba đêm nay.',
  location: { ...inTanNinh, source: 'map' },
  ...over,
});

const countReports = async () =>
  Number(
    (
      await server.database.db
        .selectFrom('reports')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('submission', () => {
  test('a guest submits with a phone: code PA-<year>-<n>, a tracking token, nothing public before verification', async () => {
    const res = await submit(server, null, body({ contact: { name: 'Chị Lan', phone: '0912 345 678' } }));
    assert.equal(res.statusCode, 201, res.body);
    const { report, trackingToken, replayed } = res.json();
    assert.match(report.code, /^PA-\d{4}-\d{6}$/);
    assert.equal(report.status, 'received');
    assert.equal(report.channel, 'web');
    assert.equal(report.areaUnit.name, 'Phường Tân Ninh');
    assert.equal(replayed, false);
    assert.ok(typeof trackingToken === 'string' && trackingToken.length >= 30);
    assert.equal(report.reporter.phone, '0912 345 678', 'the reporter sees their own details');
    assert.ok(report.checklist.length === 0, 'the SOP checklist is for staff');

    const tracked = await server.app.inject({
      url: `/api/reports/track?code=${report.code}&token=${trackingToken}`,
    });
    assert.equal(tracked.statusCode, 200);
    assert.equal(tracked.json().id, report.id);
    const wrong = await server.app.inject({ url: `/api/reports/track?code=${report.code}&token=${'x'.repeat(32)}` });
    assert.equal(wrong.statusCode, 404);

    assert.equal((await server.app.inject({ url: `/api/public/reports/${report.id}` })).statusCode, 404);
    const list = (await server.app.inject({ url: '/api/public/reports' })).json();
    assert.ok(!list.items.some((r: { id: string }) => r.id === report.id));

    const checklist = await server.database.db
      .selectFrom('report_checklist_items')
      .select('text')
      .where('report_id', '=', report.id)
      .execute();
    assert.ok(checklist.length >= 3, 'the category’s SOP is copied onto the report');
  });

  test('a signed-in citizen submits with photos; the report is in “my reports”, the citizen is thanked', async () => {
    const photos = [await uploadPhoto(server, citizen), await uploadPhoto(server, citizen)];
    const res = await submit(server, citizen, body({ fileIds: photos, title: 'Hai bóng đèn hỏng' }));
    assert.equal(res.statusCode, 201, res.body);
    const { report, trackingToken } = res.json();
    assert.equal(trackingToken, null, 'signed-in reporters follow the report from their account');
    assert.equal(report.media.length, 2);
    assert.equal(report.reporter.userId, citizen.userId);
    const files = await server.database.db
      .selectFrom('files')
      .select(['attached_type', 'attached_id'])
      .where('id', 'in', photos)
      .execute();
    assert.ok(files.every((f) => f.attached_type === 'report' && f.attached_id === report.id));

    const mine = await server.app.inject({ url: '/api/me/reports', headers: citizen.headers() });
    assert.equal(mine.statusCode, 200);
    assert.ok(mine.json().some((r: { id: string }) => r.id === report.id));
    const own = await server.app.inject({ url: `/api/reports/${report.id}`, headers: citizen.headers() });
    assert.equal(own.statusCode, 200);
    const other = await server.app.inject({ url: `/api/reports/${report.id}`, headers: business.headers() });
    assert.equal(other.statusCode, 404, 'another citizen cannot open it');

    const thanks = await notificationsOf(server, citizen.userId, 'reports.received');
    assert.ok(thanks.some((n) => n.title.includes(report.code)));
    const ops = await server.app.inject({ url: '/api/reports?queue=new', headers: operator.headers() });
    assert.ok(
      ops.json().items.some((r: { id: string }) => r.id === report.id),
      'the IOC sees it in “new”',
    );
  });

  test('a retried submission with the same Idempotency-Key is stored once', async () => {
    const key = 'retry-5f0c2a1e-aaaa-bbbb';
    const b = body({ title: 'Gửi lại khi mất sóng' });
    const first = await submit(server, citizen, b, { 'idempotency-key': key });
    assert.equal(first.statusCode, 201);
    const before = await countReports();
    const again = await submit(server, citizen, b, { 'idempotency-key': key });
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().report.id, first.json().report.id);
    assert.equal(again.json().replayed, true);
    assert.equal(await countReports(), before);
    const different = await submit(server, citizen, body({ title: 'Nội dung khác' }), { 'idempotency-key': key });
    assert.equal(different.statusCode, 409);
    assert.equal(different.json().error.code, 'REPORT_IDEMPOTENCY_CONFLICT');
    // The same key from another submitter is another report.
    const someoneElse = await submit(server, business, b, { 'idempotency-key': key });
    assert.equal(someoneElse.statusCode, 201);
    assert.notEqual(someoneElse.json().report.id, first.json().report.id);
  });

  test('a guest retrying gets the same report and a working tracking token', async () => {
    const b = body({ contact: { email: 'khach@example.vn' } });
    const first = await submit(server, null, b, { 'idempotency-key': 'guest-key-0001' });
    const again = await submit(server, null, b, { 'idempotency-key': 'guest-key-0001' });
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().report.id, first.json().report.id);
    const code = first.json().report.code;
    const tracked = await server.app.inject({
      url: `/api/reports/track?code=${code}&token=${again.json().trackingToken}`,
    });
    assert.equal(tracked.statusCode, 200);
  });

  test('simultaneous submissions each get their own code, and a block reserved by the seed is never reissued', async () => {
    const guest = { channel: 'web' as const, actor: null, ip: null };
    const many = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        server.services.reports.submit(
          body({ title: `Cùng lúc ${i}`, contact: { phone: `0913 000 ${100 + i}` } }),
          guest,
        ),
      ),
    );
    const codes = many.map((m) => m.report.code);
    assert.equal(new Set(codes).size, 12, codes.join(' '));
    const year = Number(codes[0]!.slice(3, 7));
    const numbers = codes.map((c) => Number(c.slice(8)));
    assert.ok(codes.every((c) => c.startsWith(`PA-${year}-`)));
    // Codes taken outside intake (the demo seed) come from the same sequence: the next one follows them.
    const { rows } = await sql<{ n: string | number }>`SELECT report_code_next(${year}::int) AS n`.execute(
      server.database.db,
    );
    const taken = Number(rows[0]!.n);
    assert.ok(taken > Math.max(...numbers), `${taken} after ${numbers}`);
    const next = await server.services.reports.submit(body({ contact: { phone: '0913 000 999' } }), guest);
    assert.ok(Number(next.report.code.slice(8)) > taken, next.report.code);
  });

  test('two simultaneous retries with one Idempotency-Key store one report', async () => {
    const before = await countReports();
    const b = body({ title: 'Hai lần bấm gửi' });
    const key = { 'idempotency-key': 'double-tap-0001' };
    const [a, c] = await Promise.all([submit(server, citizen, b, key), submit(server, citizen, b, key)]);
    assert.deepEqual([a.statusCode, c.statusCode].sort(), [200, 201], a.body + c.body);
    assert.equal(a.json().report.id, c.json().report.id);
    assert.equal(await countReports(), before + 1);
  });

  test('a guest’s two simultaneous retries both get the report back, and the token issued last opens it', async () => {
    const before = await countReports();
    const b = body({ title: 'Khách bấm gửi hai lần', contact: { phone: '0913 000 777' } });
    const key = { 'idempotency-key': 'guest-double-tap-0001' };
    for (let round = 0; round < 4; round++) {
      const k = { 'idempotency-key': `${key['idempotency-key']}-${round}` };
      // From an address of its own: the route's per-IP limit is shared by the other guest tests.
      const send = () =>
        server.app.inject({
          method: 'POST',
          url: '/api/reports',
          remoteAddress: '198.51.100.9',
          headers: k,
          payload: b,
        });
      const answers = await Promise.all([send(), send()]);
      assert.deepEqual(answers.map((x) => x.statusCode).sort(), [200, 201], answers.map((x) => x.body).join('\n'));
      const [first, second] = answers.map((x) => x.json() as { report: { id: string; code: string } });
      assert.equal(first!.report.id, second!.report.id);
      // A replay re-issues the token (the first answer may never have arrived); one of the two opens the report.
      const tokens = answers.map((x) => x.json().trackingToken as string);
      const opened = await Promise.all(
        tokens.map((t) =>
          server.app.inject({ method: 'GET', url: `/api/reports/track?code=${first!.report.code}&token=${t}` }),
        ),
      );
      assert.ok(opened.some((o) => o.statusCode === 200));
    }
    assert.equal(await countReports(), before + 4);
  });
});

describe('bad input: a clear 4xx and nothing half-saved', () => {
  test('a place outside the province is refused with 422 and leaves nothing behind', async () => {
    const photo = await uploadPhoto(server, citizen);
    const before = await countReports();
    const res = await submit(
      server,
      citizen,
      body({ location: { lat: 21.0285, lon: 105.8542, source: 'gps' }, fileIds: [photo] }), // Hà Nội
    );
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.code, 'REPORT_OUTSIDE_PROVINCE');
    assert.equal(await countReports(), before);
    const file = await server.database.db
      .selectFrom('files')
      .select('attached_at')
      .where('id', '=', photo)
      .executeTakeFirstOrThrow();
    assert.equal(file.attached_at, null, 'the photo stays free for the corrected report');
  });

  test('malformed and hostile inputs', async () => {
    const before = await countReports();
    const { location: _omit, ...noPlace } = body();
    const cases: [string, unknown, number, string?][] = [
      ['missing place', noPlace, 400, 'VALIDATION_FAILED'],
      ['latitude out of range', body({ location: { lat: 95, lon: 106, source: 'map' } }), 400],
      ['unknown location source', body({ location: { ...inTanNinh, source: 'guess' } }), 400],
      ['11 photos', body({ fileIds: Array.from({ length: 11 }, () => crypto.randomUUID()) }), 400],
      ['100 KB description', body({ description: 'x'.repeat(100_000) }), 400],
      ['empty title', body({ title: '  ' }), 400],
      ['control characters', body({ title: 'Đèn\u0007hỏng' }), 400],
      ['unknown field', body({ priority: 'urgent' }), 400],
      ['unknown category', body({ categoryId: crypto.randomUUID() }), 404, 'REPORT_CATEGORY_NOT_FOUND'],
      ['a file that does not exist', body({ fileIds: [crypto.randomUUID()] }), 422, 'REPORT_MEDIA_INVALID'],
    ];
    for (const [label, payload, status, code] of cases) {
      const res = await submit(server, citizen, payload);
      assert.equal(res.statusCode, status, `${label}: ${res.body}`);
      if (code) assert.equal(res.json().error.code, code, label);
    }
    assert.equal(await countReports(), before);
  });

  test('media rules: photos or one video, only one’s own, never twice', async () => {
    const photo = await uploadPhoto(server, citizen);
    const video = await uploadVideo(server, citizen);
    const mixed = await submit(server, citizen, body({ fileIds: [photo, video] }));
    assert.equal(mixed.statusCode, 422);
    assert.equal(mixed.json().error.code, 'REPORT_MEDIA_INVALID');
    const othersPhoto = await uploadPhoto(server, business);
    const stolen = await submit(server, citizen, body({ fileIds: [othersPhoto] }));
    assert.equal(stolen.statusCode, 422);
    const withVideo = await submit(server, citizen, body({ fileIds: [video] }));
    assert.equal(withVideo.statusCode, 201, withVideo.body);
    const reused = await submit(server, citizen, body({ fileIds: [video] }));
    assert.equal(reused.statusCode, 422, 'a file already attached to a report cannot be attached again');
  });

  test('a guest must leave a phone or an email, and cannot attach files', async () => {
    const none = await submit(server, null, body());
    assert.equal(none.statusCode, 422);
    assert.equal(none.json().error.code, 'REPORT_CONTACT_REQUIRED');
    const badPhone = await submit(server, null, body({ contact: { phone: 'call me' } }));
    assert.equal(badPhone.statusCode, 400);
    const photo = await uploadPhoto(server, citizen);
    const withFile = await submit(server, null, body({ contact: { phone: '0987654321' }, fileIds: [photo] }));
    assert.equal(withFile.statusCode, 422);
  });

  test('script tags are stored and returned verbatim, as data', async () => {
    const script = '<script>alert("x")</script> <img src=x onerror=alert(1)>';
    const res = await submit(server, citizen, body({ title: `Đèn hỏng ${script}`.slice(0, 200), description: script }));
    assert.equal(res.statusCode, 201);
    assert.equal(res.json().report.description, script);
    assert.match(res.headers['content-type'] as string, /application\/json/);
  });

  test('per contact: a sixth report in a day from one phone is refused', async () => {
    const b = (i: number) => body({ title: `Phản ánh số ${i}`, contact: { phone: '0909 111 222' } });
    for (let i = 1; i <= 5; i++) assert.equal((await submit(server, null, b(i))).statusCode, 201);
    const sixth = await submit(server, null, b(6));
    assert.equal(sixth.statusCode, 429);
    assert.equal(sixth.json().error.code, 'REPORT_RATE_LIMITED');
    // Written differently, the same number is the same contact.
    const same = await submit(server, null, body({ contact: { phone: '+84909111222' } }));
    assert.equal(same.statusCode, 429);
  });

  test('per IP: the route refuses a flood from one address', async () => {
    let last = 0;
    for (let i = 0; i < 41; i++) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/reports',
        remoteAddress: '203.0.113.7',
        payload: {},
      });
      last = res.statusCode;
    }
    assert.equal(last, 429);
    const elsewhere = await server.app.inject({
      method: 'POST',
      url: '/api/reports',
      remoteAddress: '203.0.113.8',
      payload: {},
    });
    assert.equal(elsewhere.statusCode, 400);
  });
});
