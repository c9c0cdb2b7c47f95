import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';
import { act, categoryId, notificationsOf, pointInWard, submit, WARD } from './reports.fixtures.js';

let server: TestServer;
let citizen: Caller;
let business: Caller;
let operator: Caller;
let officer: Caller;
let leader: Caller;
let flooding: string;
let p: { lat: number; lon: number };

/** About `metres` north of a point. */
const north = (pt: { lat: number; lon: number }, metres: number) => ({ lat: pt.lat + metres / 111_320, lon: pt.lon });

before(async () => {
  server = await startTestServer({
    // Email is "configured" (to a closed port) so a guest's notices leave a delivery row to check.
    SMTP_URL: 'smtp://127.0.0.1:9',
    SMTP_FROM: 'ioc@example.vn',
    NOTIFY_RETRY_LIMIT: '0',
  });
  citizen = await sessionFor(server, 'nguoidan');
  business = await sessionFor(server, 'doanhnghiep');
  operator = await sessionFor(server, 'trucioc');
  officer = await sessionFor(server, 'cbtanninh');
  leader = await sessionFor(server, 'ldtanninh');
  flooding = await categoryId(server, 'ha-tang.ngap-ung');
  p = await pointInWard(server, WARD.tanNinh);
});
after(() => server.close());

async function report(caller: Caller | null, title: string, description: string, at = p, category = flooding) {
  const res = await submit(server, caller, {
    categoryId: category,
    title,
    description,
    location: { ...at, source: 'map' },
    ...(caller ? {} : { contact: { email: 'khach.ngap@example.vn' } }),
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json().report as { id: string; code: string };
}

const candidatesOf = async (id: string) =>
  (await server.app.inject({ url: `/api/reports/${id}/duplicates`, headers: operator.headers() })).json() as {
    id: string;
    distanceM: number;
    similarity: number;
  }[];

describe('duplicates', () => {
  let first: { id: string; code: string };
  let second: { id: string; code: string };

  test('a report of the same category, nearby, recent and with similar text is a candidate; others are not', async () => {
    first = await report(
      citizen,
      'Ngập nước đường Trần Hưng Đạo',
      'Mưa lớn, đường Trần Hưng Đạo ngập sâu 40 cm, xe chết máy.',
    );
    // Written without diacritics, 60 m away: still the same flooding.
    second = await report(
      business,
      'Duong Tran Hung Dao bi ngap nuoc',
      'Sau mua duong Tran Hung Dao ngap sau, xe may chet may.',
      north(p, 60),
    );
    const unrelated = await report(
      citizen,
      'Cống bị nghẹt rác',
      'Miệng cống trước trường học đầy rác, bốc mùi.',
      north(p, 30),
    );
    const far = await report(
      citizen,
      'Ngập nước đường Trần Hưng Đạo',
      'Mưa lớn, đường Trần Hưng Đạo ngập sâu.',
      north(p, 1500),
    );
    const otherCategory = await report(
      citizen,
      'Ngập nước đường Trần Hưng Đạo',
      'Mưa lớn, đường Trần Hưng Đạo ngập sâu.',
      p,
      await categoryId(server, 'khac'),
    );

    const found = await candidatesOf(second.id);
    assert.deepEqual(
      found.map((c) => c.id),
      [first.id],
    );
    assert.ok(found[0]!.distanceM > 40 && found[0]!.distanceM < 80, `distance ${found[0]!.distanceM}`);
    assert.ok(found[0]!.similarity >= 0.4);
    assert.deepEqual(
      (await candidatesOf(first.id)).map((c) => c.id),
      [second.id],
      'seen from the older report too',
    );
    for (const r of [unrelated, far, otherCategory])
      assert.ok(!(await candidatesOf(r.id)).some((c) => c.id === first.id || c.id === second.id));
    const officerView = await server.app.inject({
      url: `/api/reports/${second.id}/duplicates`,
      headers: officer.headers(),
    });
    assert.equal(officerView.statusCode, 404, 'before assignment the ward’s officer does not see the report');
  });

  test('the operator merges; every reporter of the group gets the answer', async () => {
    await act(server, operator, first.id, 'verify', {});
    const merged = await act(server, operator, second.id, 'merge', { intoId: first.id, note: 'Cùng điểm ngập' });
    assert.equal(merged.status, 'rejected');
    assert.equal(merged.reject.reason, 'duplicate');
    assert.equal(merged.reject.duplicateOf.code, first.code);
    assert.ok(
      (await notificationsOf(server, business.userId, 'reports.merged')).some((n) => n.title.includes(second.code)),
    );
    await act(server, operator, second.id, 'merge', { intoId: first.id }, 409);
    await act(server, operator, first.id, 'merge', { intoId: first.id }, 422);

    // A third one, merged into the second (a duplicate), lands on the group's root.
    const third = await report(
      null,
      'Ngập đường Trần Hưng Đạo',
      'Đường Trần Hưng Đạo ngập nước sau mưa lớn.',
      north(p, 20),
    );
    const viaDuplicate = await act(server, operator, third.id, 'merge', { intoId: second.id });
    assert.equal(viaDuplicate.reject.duplicateOf.id, first.id);

    await act(server, officer, first.id, 'start', undefined);
    await act(server, officer, first.id, 'answer', { text: 'Đã nạo vét cống, mặt đường hết ngập sau 2 giờ.' });
    await act(server, leader, first.id, 'answer/approve', {});
    await act(server, leader, first.id, 'publish', undefined);

    const toCitizen = await notificationsOf(server, citizen.userId, 'reports.answered');
    const toBusiness = await notificationsOf(server, business.userId, 'reports.answered');
    assert.ok(toCitizen.some((n) => n.title.includes(first.code) && n.body.includes('nạo vét')));
    assert.ok(
      toBusiness.some((n) => n.title.includes(second.code) && n.body.includes('nạo vét')),
      'the merged reporter too',
    );
    const guestMail = await server.database.db
      .selectFrom('notification_deliveries')
      .select(['recipient', 'content'])
      .where('template', '=', 'reports.answered')
      .where('recipient', '=', 'khach.ngap@example.vn')
      .execute();
    assert.equal(guestMail.length, 1, 'the guest of the third report is emailed the answer');
    assert.ok(JSON.stringify(guestMail[0]!.content).includes(third.code));
  });

  test('a duplicate merged after publication receives the answer at once', async () => {
    const late = await report(
      business,
      'Lại ngập đường Trần Hưng Đạo',
      'Đường Trần Hưng Đạo ngập nước, xe không qua được.',
      north(p, 10),
    );
    const before = (await notificationsOf(server, business.userId, 'reports.answered')).length;
    await act(server, operator, late.id, 'merge', { intoId: first.id });
    const after = await notificationsOf(server, business.userId, 'reports.answered');
    assert.equal(after.length, before + 1);
    assert.ok(after.some((n) => n.title.includes(late.code)));
  });
});
