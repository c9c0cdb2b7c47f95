import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';
import { act, categoryId, pointInWard, submit, unitId, WARD } from './reports.fixtures.js';
import type { StatsRow } from '@vioc/contracts';
import { refreshStatsRollup } from './statistics.rollup.js';

let server: TestServer;
let operator: Caller;
let officerTanNinh: Caller;
let officerBinhMinh: Caller;
let tanNinh: string;
let binhMinh: string;
const ids: Record<string, string> = {};

/** A Vietnam-time instant. */
const vn = (s: string) => new Date(`${s}+07:00`);

type Row = StatsRow;

async function stats(caller: Caller, query: string) {
  const res = await server.app.inject({ url: `/api/reports/stats?${query}`, headers: caller.headers() });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as { rows: Row[]; total: Row };
}

before(async () => {
  server = await startTestServer({ REPORTS_SUBMIT_PER_CONTACT_PER_DAY: '100' });
  const citizen = await sessionFor(server, 'nguoidan');
  operator = await sessionFor(server, 'trucioc');
  officerTanNinh = await sessionFor(server, 'cbtanninh');
  officerBinhMinh = await sessionFor(server, 'cbbinhminh');
  tanNinh = await unitId(server, WARD.tanNinh);
  binhMinh = await unitId(server, WARD.binhMinh);
  const pTanNinh = await pointInWard(server, WARD.tanNinh);
  const pBinhMinh = await pointInWard(server, WARD.binhMinh);
  const light = await categoryId(server, 'ha-tang.chieu-sang');
  const waste = await categoryId(server, 'moi-truong.rac-thai');
  const specs = [
    ['a', light, pTanNinh, 'Đèn đường hỏng trước trường học'],
    ['b', light, pTanNinh, 'Đèn đường chập chờn ở hẻm 12'],
    ['c', light, pTanNinh, 'Cột đèn nghiêng sau mưa lớn'],
    ['d', light, pTanNinh, 'Đèn công viên không sáng'],
    ['e', waste, pBinhMinh, 'Rác thải ùn ứ tại chợ Bình Minh'],
  ] as const;
  for (const [k, cat, at, title] of specs) {
    const res = await submit(server, citizen, {
      categoryId: cat,
      title,
      description: `${title}. Đề nghị kiểm tra, xử lý.`,
      location: { ...at, source: 'map' },
    });
    assert.equal(res.statusCode, 201, res.body);
    ids[k] = res.json().report.id;
    if (k !== 'd') await act(server, operator, ids[k]!, 'verify', {});
  }
  // Known states and dates (2–9 March 2026 has no holiday; 7–8 March is a weekend).
  const set = (k: string, v: Record<string, unknown>) =>
    server.database.db
      .updateTable('reports')
      .set(v as never)
      .where('id', '=', ids[k]!)
      .execute();
  const created = vn('2026-03-01T10:00:00');
  await set('a', {
    status: 'rated',
    created_at: created,
    verified_at: vn('2026-03-02T08:00:00'),
    published_at: vn('2026-03-04T08:00:00'),
    due_at: vn('2026-03-10T17:00:00'),
    rating: 5,
  });
  await set('b', {
    status: 'closed',
    created_at: created,
    verified_at: vn('2026-03-02T08:00:00'),
    published_at: vn('2026-03-09T08:00:00'),
    due_at: vn('2026-03-05T17:00:00'),
    overdue_at: vn('2026-03-05T17:00:00'),
    rating: 2,
  });
  await set('c', {
    status: 'in_progress',
    created_at: created,
    verified_at: vn('2026-03-02T08:00:00'),
    due_at: vn('2026-03-06T17:00:00'),
    overdue_at: vn('2026-03-06T17:00:00'),
  });
  await set('d', { created_at: vn('2026-02-27T09:00:00') });
  await set('e', {
    status: 'published',
    created_at: created,
    verified_at: vn('2026-03-03T08:00:00'),
    published_at: vn('2026-03-03T20:00:00'),
    due_at: vn('2026-03-10T17:00:00'),
  });
});
after(() => server.close());

describe('report statistics', () => {
  test('by ward: counts, on-time rate, mean handling time (hours and working days), satisfaction', async () => {
    const { rows, total } = await stats(operator, 'groupBy=ward&from=2026-03-01&to=2026-03-31');
    const tn = rows.find((r) => r.key === tanNinh)!;
    assert.deepEqual(
      { ...tn, key: undefined, label: undefined },
      {
        key: undefined,
        label: undefined,
        received: 3,
        rejected: 0,
        handled: 2,
        unhandled: 1,
        overdueNow: 1,
        everOverdue: 2,
        onTime: 1,
        onTimeRate: 0.5,
        meanHandlingHours: 108,
        meanHandlingWorkingDays: 3.5,
        rated: 2,
        meanStars: 3.5,
        satisfiedRate: 0.5,
      },
    );
    const bm = rows.find((r) => r.key === binhMinh)!;
    assert.equal(bm.received, 1);
    assert.equal(bm.handled, 1);
    assert.equal(bm.onTimeRate, 1);
    assert.equal(bm.meanHandlingHours, 12);
    assert.equal(bm.meanHandlingWorkingDays, 0);
    assert.equal(bm.meanStars, null);
    assert.equal(total.received, 4);
    assert.equal(total.handled, 3);
    assert.equal(total.onTimeRate, 0.6667);
    assert.equal(total.meanHandlingHours, 76);
  });

  test('filters on the Vietnam reception day; by period, category and unit', async () => {
    const all = await stats(operator, 'groupBy=ward');
    assert.equal(all.rows.find((r) => r.key === tanNinh)!.received, 4, 'the report of 27 February counts');
    const months = await stats(operator, 'groupBy=period&period=month&from=2026-02-01&to=2026-03-31');
    assert.deepEqual(
      months.rows.map((r) => [r.key, r.received]),
      [
        ['2026-02-01', 1],
        ['2026-03-01', 4],
      ],
    );
    const days = await stats(operator, 'groupBy=period&period=day&from=2026-02-27&to=2026-02-27');
    assert.deepEqual(
      days.rows.map((r) => [r.key, r.received]),
      [['2026-02-27', 1]],
    );
    const cats = await stats(operator, 'groupBy=categoryRoot&from=2026-03-01');
    assert.deepEqual(
      cats.rows.map((r) => [r.label, r.received]).sort(),
      [
        ['Hạ tầng đô thị', 3],
        ['Môi trường', 1],
      ].sort(),
    );
    const units = await stats(operator, 'groupBy=unit');
    assert.equal(units.rows.find((r) => r.key === null)?.received, 1, 'the unverified report has no unit');
  });

  test('scope: a ward officer sees only the reports of their unit', async () => {
    const tn = await stats(officerTanNinh, 'groupBy=ward');
    assert.deepEqual(
      tn.rows.map((r) => [r.key, r.received]),
      [[tanNinh, 3]],
    );
    const bm = await stats(officerBinhMinh, 'groupBy=ward');
    assert.deepEqual(
      bm.rows.map((r) => [r.key, r.received]),
      [[binhMinh, 1]],
    );
    const citizen = await sessionFor(server, 'nguoidan');
    const res = await server.app.inject({ url: '/api/reports/stats?groupBy=ward', headers: citizen.headers() });
    assert.equal(res.statusCode, 403);
  });

  test('exports: CSV with BOM and Vietnamese headers, XLSX readable with numbers', async () => {
    const csv = await server.app.inject({
      url: '/api/reports/stats/export?format=csv&groupBy=ward&from=2026-03-01',
      headers: operator.headers(),
    });
    assert.equal(csv.statusCode, 200, csv.body);
    assert.match(csv.headers['content-type'] as string, /text\/csv/);
    assert.ok(csv.body.startsWith('\uFEFFNhóm,Tiếp nhận,'));
    assert.match(csv.body, /\r\nTổng cộng,4,0,3,1,1,2,2,0\.6667,/);

    const xlsx = await server.app.inject({
      url: '/api/reports/stats/export?format=xlsx&groupBy=ward&from=2026-03-01',
      headers: operator.headers(),
    });
    assert.equal(xlsx.statusCode, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Thống kê')!;
    assert.equal(sheet.getCell('A1').value, 'Nhóm');
    assert.equal(sheet.getCell('B1').value, 'Tiếp nhận');
    const last = sheet.rowCount;
    assert.equal(sheet.getCell(`A${last}`).value, 'Tổng cộng');
    assert.equal(sheet.getCell(`B${last}`).value, 4);
    assert.equal(sheet.getCell(`I${last}`).numFmt, '0.0%');
  });

  test('rollup: rolled-up days plus live days give the live answer, also after changes to old reports', async () => {
    const db = server.database.db;
    const queries: [Caller, string][] = [
      [operator, 'groupBy=ward'],
      [operator, 'groupBy=ward&from=2026-03-01&to=2026-03-31'],
      [operator, 'groupBy=period&period=month'],
      [operator, 'groupBy=period&period=week'],
      [operator, 'groupBy=period&period=day&from=2026-02-27&to=2026-03-02'],
      [operator, 'groupBy=category'],
      [operator, 'groupBy=categoryRoot&from=2026-02-28'],
      [operator, 'groupBy=unit'],
      [officerTanNinh, 'groupBy=ward'],
      [officerTanNinh, 'groupBy=category&to=2026-03-01'],
      [officerBinhMinh, 'groupBy=unit'],
    ];
    const answers = () => Promise.all(queries.map(([caller, q]) => stats(caller, q)));
    const refresh = () => refreshStatsRollup(db, server.services.calendar, new Date(server.clock.now));
    /** The answer of the live table alone: the rollup marked unusable (the next refresh rebuilds it). */
    const liveOnly = async () => {
      await sql`UPDATE report_stats_state SET rolled_through = NULL`.execute(db);
      return answers();
    };

    const live = await liveOnly();
    const built = await refresh();
    assert.ok(built.rebuilt && built.days > 200, 'every day from the first report to yesterday is rolled up');
    const rows = await sql<{ n: string }>`SELECT count(*) AS n FROM report_stats_rollup`.execute(db);
    assert.ok(Number(rows.rows[0]!.n) > 0);
    assert.deepEqual(await answers(), live, 'rollup only');

    // The answers come from the rollup: a tampered row shows…
    await sql`UPDATE report_stats_rollup SET received = received + 100 WHERE day = '2026-03-01'`.execute(db);
    assert.ok((await stats(operator, 'groupBy=ward')).total.received > 100);
    // …until its day is marked dirty and recomputed.
    await sql`INSERT INTO report_stats_dirty (day, area_unit_id) VALUES ('2026-03-01', ${tanNinh})`.execute(db);
    assert.equal((await refresh()).days, 1);
    assert.deepEqual(await answers(), live, 'dirty day recomputed');

    // Status changes on old reports mark their day: exact before and after the job.
    const set = (k: string, v: Record<string, unknown>) =>
      db
        .updateTable('reports')
        .set(v as never)
        .where('id', '=', ids[k]!)
        .execute();
    await set('c', { status: 'published', published_at: vn('2026-03-05T16:00:00') });
    await set('e', { status: 'rated', rating: 4 });
    await set('d', { status: 'rejected', reject_reason: 'spam' });
    const changed = await answers();
    assert.equal(changed[0]!.total.handled, 4, 'the published report counts as handled at once');
    assert.equal(changed[0]!.total.rejected, 1);
    await refresh();
    assert.deepEqual(await answers(), changed, 'after the job');
    assert.deepEqual(await liveOnly(), changed, 'the same as the live table alone');
    await refresh();

    // Overdue now: an open report of a rolled-up day falling due earlier today counts, one due later does not.
    const now = server.clock.now;
    const todayStart = Date.parse(new Date(now + 7 * 3_600_000).toISOString().slice(0, 10) + 'T00:00:00+07:00');
    await set('c', {
      status: 'in_progress',
      published_at: null,
      due_at: new Date(todayStart + (now - todayStart) / 2),
    });
    await set('b', { status: 'in_progress', due_at: new Date(now + 3_600_000) });
    await refresh();
    const due = await answers();
    assert.equal(due[1]!.total.overdueNow, 1, 'c is overdue since earlier today, b is not yet');
    assert.deepEqual(await liveOnly(), due, 'the same as the live table alone');
  });
});
