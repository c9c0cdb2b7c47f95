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
