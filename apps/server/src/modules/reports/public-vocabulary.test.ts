import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PUBLIC_REPORT_STATUSES } from '@vioc/contracts';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';
import { act, categoryId, notificationsOf, pointInWard, submit, WARD } from './reports.fixtures.js';

/**
 * What the citizen reads (issue #10, item 8): one public vocabulary on the
 * public list, the public page, the tracking page, "my reports" and its
 * notifications; each public step once on the timelines; its own rating
 * comment shown back to it (not to the public).
 */
let server: TestServer;
let citizen: Caller;
let operator: Caller;
let officer: Caller;
let leader: Caller;
let guest: { id: string; code: string; token: string };

const PUBLIC = new Set<string>(PUBLIC_REPORT_STATUSES);

async function body(title: string) {
  return {
    categoryId: await categoryId(server, 'ha-tang.chieu-sang'),
    title,
    description: `${title}: đề nghị cơ quan chức năng kiểm tra, xử lý sớm.`,
    location: { ...(await pointInWard(server, WARD.tanNinh)), source: 'map' },
  };
}

const track = async () => {
  const res = await server.app.inject({ url: '/api/reports/track', query: { code: guest.code, token: guest.token } });
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
};
const publicPage = async () => {
  const res = await server.app.inject({ url: `/api/public/reports/${guest.id}` });
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
};
const steps = (timeline: { status?: string; publicStatus?: string }[]) =>
  timeline.map((e) => e.status ?? e.publicStatus);

before(async () => {
  server = await startTestServer({
    REPORTS_SUBMIT_PER_CONTACT_PER_DAY: '100',
    REPORTS_SUBMIT_PER_IP_PER_HOUR: '40',
    RATE_LIMIT_PUBLIC_PER_MINUTE: '1000',
  });
  citizen = await sessionFor(server, 'nguoidan');
  operator = await sessionFor(server, 'trucioc');
  officer = await sessionFor(server, 'cbtanninh');
  leader = await sessionFor(server, 'ldtanninh');
  const res = await submit(server, null, {
    ...(await body('Đèn đường tắt trước chợ Tân Ninh')),
    contact: { phone: '0912 345 679' },
  });
  assert.equal(res.statusCode, 201, res.body);
  guest = { id: res.json().report.id, code: res.json().report.code, token: res.json().trackingToken };
});
after(() => server.close());

describe('one public vocabulary for the citizen', () => {
  test('before verification the reporter reads “received”; the public sees nothing', async () => {
    const t = await track();
    assert.equal(t.reporterStatus, 'received');
    assert.deepEqual(steps(t.timeline), ['received']);
    assert.equal((await server.app.inject({ url: `/api/public/reports/${guest.id}` })).statusCode, 404);
  });

  test('answered: list, page and tracking say “answered”, each public step once and in order', async () => {
    await act(server, operator, guest.id, 'verify', {});
    await act(server, officer, guest.id, 'start', undefined);
    await act(server, officer, guest.id, 'answer', { text: 'Đã thay bóng đèn, đèn sáng bình thường.' });
    await act(server, leader, guest.id, 'answer/approve', {});
    await act(server, leader, guest.id, 'publish', undefined);

    const page = await publicPage();
    assert.equal(page.status, 'answered');
    assert.deepEqual(steps(page.timeline), ['received', 'processing', 'answered']);
    const list = await server.app.inject({ url: `/api/public/reports?q=${encodeURIComponent(guest.code)}` });
    assert.equal(list.json().items[0].status, 'answered');

    const t = await track();
    assert.equal(t.reporterStatus, 'answered');
    assert.deepEqual(steps(t.timeline), ['received', 'processing', 'answered']);
    assert.ok(t.timeline.every((e: { publicStatus: string }) => PUBLIC.has(e.publicStatus)));
    const times = (t.timeline as { at: string }[]).map((e) => e.at);
    assert.deepEqual([...times].sort(), times, 'in order');
  });

  test('the guest’s rating: its comment comes back to it, not to the public; the timeline stays clean', async () => {
    const rated = await server.app.inject({
      method: 'POST',
      url: `/api/reports/${guest.id}/rating`,
      payload: { stars: 4, comment: 'Xử lý nhanh, cảm ơn phường.', token: guest.token },
    });
    assert.equal(rated.statusCode, 200, rated.body);
    const t = await track();
    assert.equal(t.rating.stars, 4);
    assert.equal(t.rating.comment, 'Xử lý nhanh, cảm ơn phường.');
    assert.deepEqual(steps(t.timeline), ['received', 'processing', 'answered'], 'the rating is no new step');
    const page = await publicPage();
    assert.deepEqual(page.rating, { stars: 4 });
    assert.deepEqual(steps(page.timeline), ['received', 'processing', 'answered']);
  });

  test('a signed-in citizen: “my reports” and its notifications use the public words; refused = closed', async () => {
    const res = await submit(server, citizen, await body('Đèn chiếu sáng công viên bị hỏng'));
    assert.equal(res.statusCode, 201, res.body);
    const { id, code } = res.json().report as { id: string; code: string };
    const mine = async () =>
      (
        (await server.app.inject({ url: '/api/me/reports', headers: citizen.headers() })).json() as {
          id: string;
          reporterStatus: string;
        }[]
      ).find((r) => r.id === id)!;
    assert.equal((await mine()).reporterStatus, 'received');
    const [received] = await notificationsOf(server, citizen.userId, 'reports.received');
    assert.ok(received?.title.includes(`${code}: Đã tiếp nhận`), received?.title);

    await act(server, operator, id, 'reject', { reason: 'out_of_scope', note: 'Không thuộc phạm vi tiếp nhận.' });
    assert.equal((await mine()).reporterStatus, 'closed');
    const detail = (await server.app.inject({ url: `/api/reports/${id}`, headers: citizen.headers() })).json();
    assert.equal(detail.reporterStatus, 'closed');
    const [rejected] = await notificationsOf(server, citizen.userId, 'reports.rejected');
    assert.ok(rejected?.title.includes('Đã đóng'), rejected?.title);
  });
});
