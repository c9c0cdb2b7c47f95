/**
 * Deadlines across the Tết 2026 holiday with the server's controlled clock.
 * The pg-boss jobs are queued for real (their rows are checked); their
 * handlers are called directly at chosen instants, as pg-boss would at the
 * due time. Handlers decide with the server's clock, so a job that pg-boss
 * runs early (the real date is later than the test's) changes nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sessionFor, startTestServer, type TestServer } from '../../../test/support.js';
import { act, categoryId, notificationsOf, pointInWard, submit, WARD } from './reports.fixtures.js';

let server: TestServer;
let reportId: string;
let ids: Record<string, string>;

const at = (iso: string) => {
  server.clock.now = Date.parse(iso);
};

before(async () => {
  server = await startTestServer();
  ids = Object.fromEntries(
    (await server.database.db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.username, u.id]),
  );
});
after(() => server.close());

const reportRow = () =>
  server.database.db
    .selectFrom('reports')
    .select(['status', 'due_at', 'overdue_at', 'reminded_at'])
    .where('id', '=', reportId)
    .executeTakeFirstOrThrow();

const overdueEntries = async () =>
  (
    await server.database.db
      .selectFrom('report_history')
      .select('at')
      .where('report_id', '=', reportId)
      .where('action', '=', 'overdue')
      .execute()
  ).length;

describe('deadline across Tết 2026', () => {
  test('received and verified Thu 12/2/2026, 5 working days: due Thu 26/2/2026 17:00, jobs queued', async () => {
    at('2026-02-12T02:00:00Z'); // 09:00 Thursday, Vietnam time
    const citizen = await sessionFor(server, 'nguoidan');
    const operator = await sessionFor(server, 'trucioc');
    const res = await submit(server, citizen, {
      categoryId: await categoryId(server, 'giao-thong.mat-duong'), // 5 working days, the ward handles it
      title: 'Ổ gà lớn trước chợ',
      description: 'Ổ gà sâu khoảng 20 cm, xe máy dễ té ngã.',
      location: { ...(await pointInWard(server, WARD.tanNinh)), source: 'gps' },
    });
    assert.equal(res.statusCode, 201, res.body);
    reportId = res.json().report.id;
    const verified = await act(server, operator, reportId, 'verify', {});
    // Day 0 is 12/2 (received during office hours), day 1 is Fri 13/2, Tết closes 14–22/2,
    // days 2–5 are Mon 23/2 … Thu 26/2.
    assert.equal(verified.dueAt, '2026-02-26T10:00:00.000Z');

    const jobs = await server.database.pool.query<{ name: string; start_after: Date; singleton_key: string }>(
      `SELECT name, start_after, singleton_key FROM pgboss.job WHERE data->>'reportId' = $1 ORDER BY name`,
      [reportId],
    );
    const byName = new Map(jobs.rows.map((j) => [j.name, j]));
    assert.equal(byName.get('reports.overdue')?.start_after.toISOString(), '2026-02-26T10:00:00.000Z');
    // The reminder: end of the previous working day, Wed 25/2 17:00.
    assert.equal(byName.get('reports.remind')?.start_after.toISOString(), '2026-02-25T10:00:00.000Z');
    assert.ok(byName.get('reports.overdue')?.singleton_key.startsWith(reportId));
  });

  test('the overdue check does nothing during Tết or on the due day before 17:00', async () => {
    const job = { reportId, dueAt: '2026-02-26T10:00:00.000Z' };
    for (const instant of ['2026-02-16T03:00:00Z', '2026-02-23T10:00:00Z', '2026-02-26T09:59:59Z']) {
      at(instant);
      await server.services.reports.deadlines.flagOverdue(job);
      await server.services.reports.deadlines.sweep();
      assert.equal((await reportRow()).overdue_at, null, `not overdue at ${instant}`);
    }
    assert.equal(await overdueEntries(), 0);
  });

  test('the reminder goes out once, at the end of the previous working day', async () => {
    const job = { reportId, dueAt: '2026-02-26T10:00:00.000Z' };
    at('2026-02-25T09:00:00Z');
    assert.equal(await server.services.reports.deadlines.remind(job), false, 'not before its time');
    at('2026-02-25T10:00:00Z');
    await server.services.reports.deadlines.remind(job);
    await server.services.reports.deadlines.remind(job);
    assert.ok((await reportRow()).reminded_at);
    const notes = await notificationsOf(server, ids.cbtanninh!, 'reports.due_soon');
    assert.equal(notes.length, 1);
    assert.match(notes[0]!.body, /17:00 26\/02\/2026/);
  });

  test('at 17:00 on Thu 26/2 the report is flagged overdue once and escalated to the unit leader and the IOC', async () => {
    at('2026-02-26T10:00:00Z');
    const job = { reportId, dueAt: '2026-02-26T10:00:00.000Z' };
    await server.services.reports.deadlines.flagOverdue(job);
    await server.services.reports.deadlines.flagOverdue(job); // a retried job
    await server.services.reports.deadlines.sweep();
    const row = await reportRow();
    assert.equal(row.overdue_at?.toISOString(), '2026-02-26T10:00:00.000Z');
    assert.equal(await overdueEntries(), 1, 'flagged once');
    for (const who of ['ldtanninh', 'trucioc']) {
      const n = await notificationsOf(server, ids[who]!, 'reports.overdue');
      assert.equal(n.length, 1, `${who} is told once`);
      assert.match(n[0]!.body, /Phường Tân Ninh/);
    }
    assert.equal((await notificationsOf(server, ids.cbbinhminh!, 'reports.overdue')).length, 0);
    const events = await server.database.db
      .selectFrom('outbox_events')
      .select('type')
      .where('aggregate_id', '=', reportId)
      .where('type', '=', 'reports.overdue')
      .execute();
    assert.equal(events.length, 1);

    const leader = await sessionFor(server, 'ldtanninh');
    const queue = await server.app.inject({ url: '/api/reports?queue=overdue', headers: leader.headers() });
    assert.ok(queue.json().items.some((i: { id: string; overdue: boolean }) => i.id === reportId && i.overdue));
  });

  test('an approved extension gives a new due date; overdue again only when it passes', async () => {
    at('2026-02-26T10:30:00Z');
    const officer = await sessionFor(server, 'cbtanninh');
    const leader = await sessionFor(server, 'ldtanninh');
    await act(server, officer, reportId, 'start', undefined);
    await act(server, officer, reportId, 'extension', { days: 2, reason: 'Chờ xe thảm nhựa' });
    const extended = await act(server, leader, reportId, 'extension/decision', { approve: true });
    assert.equal(extended.dueAt, '2026-03-02T10:00:00.000Z', 'Fri 27/2 and Mon 2/3');
    assert.equal(extended.overdue, false);
    const job = { reportId, dueAt: extended.dueAt };
    at('2026-02-27T10:00:00Z');
    await server.services.reports.deadlines.flagOverdue(job);
    assert.equal(await overdueEntries(), 1);
    at('2026-03-02T10:00:00Z');
    await server.services.reports.deadlines.flagOverdue(job);
    assert.equal(await overdueEntries(), 2, 'the new due date passed too');
    // An old job for the first due date finds nothing to do.
    await server.services.reports.deadlines.flagOverdue({ reportId, dueAt: '2026-02-26T10:00:00.000Z' });
    assert.equal(await overdueEntries(), 2);
  });
});

describe('the deadline stops while awaiting the reporter’s information (thời hạn tạm dừng)', () => {
  let pausedId: string;
  const row = (id: string) =>
    server.database.db
      .selectFrom('reports')
      .select(['due_at', 'overdue_at', 'deadline_paused_at', 'paused_due_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const jobsOf = async (id: string) =>
    (
      await server.database.pool.query<{ name: string; start_after: Date }>(
        `SELECT name, start_after FROM pgboss.job WHERE data->>'reportId' = $1 ORDER BY start_after`,
        [id],
      )
    ).rows;

  async function handled(title: string) {
    const citizen = await sessionFor(server, 'nguoidan');
    const operator = await sessionFor(server, 'trucioc');
    const officer = await sessionFor(server, 'cbtanninh');
    const res = await submit(server, citizen, {
      categoryId: await categoryId(server, 'giao-thong.mat-duong'), // 5 working days
      title,
      description: 'Mặt đường lún, nứt dài khoảng 30 m.',
      location: { ...(await pointInWard(server, WARD.tanNinh)), source: 'gps' },
    });
    assert.equal(res.statusCode, 201, res.body);
    const id = res.json().report.id as string;
    await act(server, operator, id, 'verify', {});
    await act(server, officer, id, 'start', undefined);
    return { id };
  }

  test('asked Wed 4/3 with 3 working days left: no deadline runs, nothing turns overdue at the old due date', async () => {
    at('2026-03-02T02:00:00Z'); // Mon 2/3/2026 09:00: due Mon 9/3 17:00
    const { id } = await handled('Mặt đường lún nứt sau mưa');
    pausedId = id;
    assert.equal((await row(id)).due_at?.toISOString(), '2026-03-09T10:00:00.000Z');
    at('2026-03-04T03:00:00Z'); // Wed 4/3 10:00: Thu, Fri, Mon are left
    const asked = await act(server, await sessionFor(server, 'cbtanninh'), id, 'info-request', {
      question: 'Đoạn lún ở trước số nhà nào?',
    });
    assert.equal(asked.dueAt, null, 'no running deadline while waiting');
    assert.equal(asked.overdue, false);
    const paused = asked.timeline.find((t: { action: string }) => t.action === 'deadline_paused');
    assert.match(paused.note, /Tạm dừng tính thời hạn xử lý .* chờ người phản ánh bổ sung thông tin/);
    assert.match(paused.note, /17:00 09\/03\/2026, còn 3 ngày làm việc/);
    const r = await row(id);
    assert.equal(r.paused_due_at?.toISOString(), '2026-03-09T10:00:00.000Z');

    // The old due instant passes during the wait: the queued jobs and the sweep find nothing to do.
    at('2026-03-10T02:00:00Z');
    const oldJob = { reportId: id, dueAt: '2026-03-09T10:00:00.000Z' };
    assert.equal(await server.services.reports.deadlines.flagOverdue(oldJob), false);
    assert.equal(await server.services.reports.deadlines.remind(oldJob), false);
    await server.services.reports.deadlines.sweep();
    assert.equal((await row(id)).overdue_at, null);
    const leader = await sessionFor(server, 'ldtanninh');
    const queue = await server.app.inject({ url: '/api/reports?queue=overdue', headers: leader.headers() });
    assert.ok(!queue.json().items.some((i: { id: string }) => i.id === id), 'not in the overdue queue');
  });

  test('the reporter replies Thu 12/3 14:00: the 3 days left run again, due Tue 17/3 17:00, jobs queued for it', async () => {
    at('2026-03-12T07:00:00Z');
    const citizen = await sessionFor(server, 'nguoidan');
    const res = await server.app.inject({
      method: 'POST',
      url: `/api/reports/${pausedId}/info`,
      headers: citizen.headers(),
      payload: { text: 'Trước số nhà 120, đoạn gần cầu.' },
    });
    assert.equal(res.statusCode, 200, res.body);
    // Day 0 is Thu 12/3 (reply during office hours), then Fri 13/3, Mon 16/3, Tue 17/3.
    assert.equal(res.json().dueAt, '2026-03-17T10:00:00.000Z');
    // The reporter's timeline holds public steps only; the resumption's note stays under its step.
    const resumed = res
      .json()
      .timeline.find((t: { note: string | null }) => t.note?.includes('tiếp tục tính thời hạn'));
    assert.ok(resumed, 'the reporter sees the resumption');
    assert.equal(resumed.publicStatus, 'processing');
    assert.match(resumed.note, /Người phản ánh đã bổ sung thông tin: tiếp tục tính thời hạn xử lý/);
    assert.match(resumed.note, /Hạn mới: 17:00 17\/03\/2026/);
    assert.deepEqual([(await row(pausedId)).deadline_paused_at, (await row(pausedId)).paused_due_at], [null, null]);
    const jobs = await jobsOf(pausedId);
    const at17 = jobs.filter((j) => j.start_after.toISOString() === '2026-03-17T10:00:00.000Z');
    assert.deepEqual(
      at17.map((j) => j.name),
      ['reports.overdue'],
    );
    assert.ok(
      jobs.some((j) => j.name === 'reports.remind' && j.start_after.toISOString() === '2026-03-16T10:00:00.000Z'),
      'the reminder: end of Mon 16/3',
    );
    const audit = await server.services.audit.search({ action: 'report.deadline_resumed', limit: 5 });
    assert.ok(audit.some((a) => a.target_id === pausedId));

    const job = { reportId: pausedId, dueAt: '2026-03-17T10:00:00.000Z' };
    at('2026-03-17T09:59:00Z');
    assert.equal(await server.services.reports.deadlines.flagOverdue(job), false);
    at('2026-03-17T10:00:00Z');
    assert.equal(await server.services.reports.deadlines.flagOverdue(job), true, 'overdue at the new due date');
  });

  test('an extension approved during the wait moves the held date; drafting the answer resumes the clock', async () => {
    at('2026-03-02T02:00:00Z'); // due Mon 9/3 17:00
    const { id } = await handled('Lún mặt đường đoạn gần chợ');
    at('2026-03-05T03:00:00Z'); // Thu 5/3 10:00: Fri, Mon left
    const officer = await sessionFor(server, 'cbtanninh'); // sessions expire when idle: one per clock jump
    const leader = await sessionFor(server, 'ldtanninh');
    await act(server, officer, id, 'info-request', { question: 'Có ảnh chụp ban ngày không?' });
    await act(server, officer, id, 'extension', { days: 2, reason: 'Chờ xe lu' });
    const decided = await act(server, leader, id, 'extension/decision', { approve: true });
    assert.equal(decided.dueAt, null, 'still paused');
    assert.equal((await row(id)).paused_due_at?.toISOString(), '2026-03-11T10:00:00.000Z', 'Tue 10/3, Wed 11/3');
    at('2026-03-09T03:00:00Z'); // Mon 9/3 10:00: the unit goes on without the reply
    const drafted = await act(server, await sessionFor(server, 'cbtanninh'), id, 'answer', {
      text: 'Đơn vị đã kiểm tra, sẽ sửa chữa mặt đường trong tuần.',
    });
    // Left at the pause: Fri 6/3, Mon 9/3, Tue 10/3, Wed 11/3 = 4; from Mon 9/3 10:00: Tue … Fri 13/3.
    assert.equal(drafted.dueAt, '2026-03-13T10:00:00.000Z');
    const resumed = drafted.timeline.find((t: { action: string }) => t.action === 'deadline_resumed');
    assert.match(resumed.note, /Đơn vị tiếp tục xử lý khi chưa nhận được thông tin bổ sung/);
  });

  test('asked after the due date passed: the missed deadline does not stop', async () => {
    at('2026-03-02T02:00:00Z');
    const { id } = await handled('Ổ gà trước trường học');
    at('2026-03-10T03:00:00Z'); // past Mon 9/3 17:00
    const asked = await act(server, await sessionFor(server, 'cbtanninh'), id, 'info-request', {
      question: 'Ổ gà có còn không?',
    });
    assert.equal(asked.dueAt, '2026-03-09T10:00:00.000Z');
    assert.equal(asked.overdue, true);
    assert.ok(!asked.timeline.some((t: { action: string }) => t.action === 'deadline_paused'));
  });
});
