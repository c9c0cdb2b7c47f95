import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import WebSocket from 'ws';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';
import { sql } from 'kysely';
import { act, categoryId, pointInWard, submit, unitId, uploadPhoto, WARD } from './reports.fixtures.js';
import { refreshStatsRollup } from './statistics.rollup.js';

let server: TestServer;
let citizen: Caller;
let operator: Caller;
let officer: Caller;
let leader: Caller;
const r: Record<string, { id: string; code: string }> = {};
let tanNinh: string;
let binhMinh: string;
let pTanNinh: { lat: number; lon: number };
let pBinhMinh: { lat: number; lon: number };

async function file(category: string, title: string, at: { lat: number; lon: number }, fileIds: string[] = []) {
  const res = await submit(server, citizen, {
    categoryId: await categoryId(server, category),
    title,
    description: `${title}. Đề nghị cơ quan chức năng kiểm tra, xử lý.`,
    location: { ...at, source: 'map' },
    fileIds,
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json().report as { id: string; code: string };
}

before(async () => {
  server = await startTestServer({ REPORTS_SUBMIT_PER_CONTACT_PER_DAY: '100' });
  citizen = await sessionFor(server, 'nguoidan');
  operator = await sessionFor(server, 'trucioc');
  officer = await sessionFor(server, 'cbtanninh');
  leader = await sessionFor(server, 'ldtanninh');
  tanNinh = await unitId(server, WARD.tanNinh);
  binhMinh = await unitId(server, WARD.binhMinh);
  pTanNinh = await pointInWard(server, WARD.tanNinh);
  pBinhMinh = await pointInWard(server, WARD.binhMinh);

  r.light = await file('ha-tang.chieu-sang', 'Đèn đường hỏng trên đường Cách Mạng Tháng Tám', pTanNinh, [
    await uploadPhoto(server, citizen),
  ]);
  r.waste = await file('moi-truong.rac-thai', 'Rác thải ùn ứ tại chợ Bình Minh', pBinhMinh);
  r.conduct = await file('dich-vu-cong.thai-do', 'Cán bộ tiếp dân thiếu lịch sự', pTanNinh);
  r.pending = await file('ha-tang.cay-xanh', 'Cây xanh nghiêng sắp đổ', pTanNinh);
  for (const k of ['light', 'waste', 'conduct']) await act(server, operator, r[k]!.id, 'verify', {});
  await act(server, officer, r.light!.id, 'start', undefined);
  await act(server, officer, r.light!.id, 'answer', { text: 'Đã thay bóng đèn mới, đèn sáng bình thường.' });
  await act(server, leader, r.light!.id, 'answer/approve', {});
  await act(server, leader, r.light!.id, 'publish', undefined);
});
after(() => server.close());

const list = async (query = '') => {
  const res = await server.app.inject({ url: `/api/public/reports${query}` });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as { items: { id: string; status: string; thumbnailUrl: string | null }[]; total: number };
};
const idsOf = (page: { items: { id: string }[] }) => page.items.map((i) => i.id).sort();

describe('the public side', () => {
  test('only verified public reports are listed; a non-public category and unverified reports are not', async () => {
    const page = await list();
    assert.deepEqual(idsOf(page), [r.light!.id, r.waste!.id].sort());
    assert.equal(page.total, 2);
    const light = page.items.find((i) => i.id === r.light!.id)!;
    assert.equal(light.status, 'answered');
    assert.match(light.thumbnailUrl!, /\/api\/files\/.+\/thumbnail$/);
    assert.equal((await server.app.inject({ url: `/api/public/reports/${r.conduct!.id}` })).statusCode, 404);
    assert.equal((await server.app.inject({ url: `/api/public/reports/${r.pending!.id}` })).statusCode, 404);
  });

  test('filters: status, category with its children, ward, period; search ignores diacritics', async () => {
    assert.deepEqual(idsOf(await list('?status=answered')), [r.light!.id]);
    assert.deepEqual(idsOf(await list('?status=processing')), [r.waste!.id]);
    const infrastructure = await categoryId(server, 'ha-tang');
    assert.deepEqual(idsOf(await list(`?categoryId=${infrastructure}`)), [r.light!.id], 'a parent category');
    assert.deepEqual(idsOf(await list(`?wardId=${binhMinh}`)), [r.waste!.id]);
    assert.deepEqual(idsOf(await list(`?wardId=${tanNinh}`)), [r.light!.id]);
    const today = new Date(server.clock.now + 7 * 3_600_000).toISOString().slice(0, 10);
    const yesterday = new Date(server.clock.now + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    assert.equal((await list(`?from=${today}&to=${today}`)).total, 2);
    assert.equal((await list(`?to=${yesterday}`)).total, 0);
    assert.deepEqual(idsOf(await list(`?q=${encodeURIComponent('den duong')}`)), [r.light!.id]);
    assert.deepEqual(idsOf(await list(`?q=${encodeURIComponent('RÁC THẢI')}`)), [r.waste!.id]);
    assert.deepEqual(idsOf(await list(`?q=${encodeURIComponent('cach mang thang tam')}`)), [r.light!.id]);
    assert.deepEqual(idsOf(await list(`?q=${r.waste!.code.toLowerCase()}`)), [r.waste!.id]);
    assert.equal((await list(`?q=${encodeURIComponent('%')}`)).total, 0, 'LIKE wildcards are literal');
    const bad = await server.app.inject({ url: '/api/public/reports?status=answer_drafted' });
    assert.equal(bad.statusCode, 400, 'internal statuses are not a public filter');
  });

  test('the map gives light points, filtered by the viewport', async () => {
    const res = await server.app.inject({ url: '/api/public/reports/map' });
    assert.equal(res.statusCode, 200);
    const points = res.json() as Record<string, unknown>[];
    assert.equal(points.length, 2);
    for (const p of points) assert.deepEqual(Object.keys(p).sort(), ['categoryId', 'id', 'lat', 'lon', 'status']);
    const box = (p: { lat: number; lon: number }) =>
      [p.lon - 0.001, p.lat - 0.001, p.lon + 0.001, p.lat + 0.001].join(',');
    const around = (await server.app.inject({ url: `/api/public/reports/map?bbox=${box(pBinhMinh)}` })).json();
    assert.deepEqual(
      around.map((p: { id: string }) => p.id),
      [r.waste!.id],
    );
  });

  test('public events carry no reporter; the reporter’s own update goes to their account only', async () => {
    const events = await server.database.db
      .selectFrom('outbox_events')
      .select(['type', 'audience', 'payload', 'unit_id'])
      .where('aggregate_id', '=', r.light!.id)
      .execute();
    const publicOnes = events.filter((e) => (e.audience as { public?: boolean }).public);
    assert.ok(publicOnes.length >= 2, 'received → processing → answered');
    assert.ok(publicOnes.every((e) => e.type === 'reports.public_changed'));
    const mine = events.filter((e) => e.type === 'reports.reporter_update');
    assert.ok(mine.length > 0);
    for (const e of mine) {
      assert.deepEqual(e.audience, { userIds: [citizen.userId] });
      assert.equal(e.unit_id, null);
    }
    const staff = events.filter((e) => e.type === 'reports.status_changed');
    assert.ok(staff.every((e) => !(e.audience as { public?: boolean }).public));
    assert.ok(!JSON.stringify(events).includes('nguoidan'));
    const conduct = await server.database.db
      .selectFrom('outbox_events')
      .select('audience')
      .where('aggregate_id', '=', r.conduct!.id)
      .execute();
    assert.ok(
      conduct.every((e) => !(e.audience as { public?: boolean }).public),
      'a non-public report stays off the public channel',
    );
  });

  test('an anonymous WebSocket client sees public changes live, not the staff events', async () => {
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.app.server.address() as AddressInfo;
    const ws = new WebSocket(`ws://127.0.0.1:${port}/api/realtime`);
    const frames: { type: string; events?: { type: string; payload: Record<string, unknown> }[] }[] = [];
    ws.on('message', (raw) => frames.push(JSON.parse(String(raw))));
    await new Promise((ok, fail) => {
      ws.once('open', ok);
      ws.once('error', fail);
    });
    ws.send(JSON.stringify({ type: 'subscribe', topics: ['reports'] }));
    for (let i = 0; i < 100 && !frames.some((f) => f.type === 'subscribed'); i++)
      await new Promise((s) => setTimeout(s, 20));
    await act(server, operator, r.pending!.id, 'verify', {});
    const seen = () => frames.flatMap((f) => f.events ?? []);
    for (let i = 0; i < 200 && !seen().some((e) => e.payload.id === r.pending!.id); i++)
      await new Promise((s) => setTimeout(s, 25));
    ws.close();
    const got = seen().filter((e) => e.payload.id === r.pending!.id);
    assert.ok(got.length > 0, 'the public change arrived');
    assert.ok(got.every((e) => e.type === 'reports.public_changed'));
  });

  test('the total comes from the statistics rollup for rolled-up days, live for the others, exact after changes', async () => {
    const db = server.database.db;
    const vnDay = (daysAgo: number) =>
      new Date(server.clock.now + 7 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const move = (id: string, daysAgo: number) =>
      db
        .updateTable('reports')
        .set({ created_at: new Date(server.clock.now - daysAgo * 86_400_000) })
        .where('id', '=', id)
        .execute();
    await move(r.light!.id, 10);
    await move(r.waste!.id, 3);
    await refreshStatsRollup(db, server.services.calendar, new Date(server.clock.now));
    const infrastructure = await categoryId(server, 'ha-tang');
    const filters = [
      '',
      'status=answered',
      'status=processing',
      'status=received',
      `wardId=${tanNinh}`,
      `categoryId=${infrastructure}`,
      `categoryId=${infrastructure}&wardId=${tanNinh}`,
      `from=${vnDay(5)}`,
      `to=${vnDay(5)}`,
      `from=${vnDay(20)}&to=${vnDay(0)}`,
    ];
    const check = async (why: string) => {
      for (const f of filters) {
        const page = await list(`?limit=100&${f}`);
        assert.equal(page.total, page.items.length, `${why}: ${f || 'no filter'}`);
      }
    };
    await check('after the rollup');
    const shown = (await list()).total;

    // The total of rolled-up days is read from the rollup (a tampered row shows) until the job recomputes it.
    await sql`UPDATE report_stats_rollup SET public_answered = public_answered + 7 WHERE public_answered > 0`.execute(
      db,
    );
    assert.ok((await list('?status=answered')).total > 1);
    await sql`INSERT INTO report_stats_dirty (day, area_unit_id)
      SELECT DISTINCT day, area_unit_id FROM report_stats_rollup WHERE grain = 'day' AND dims = 0`.execute(db);
    await refreshStatsRollup(db, server.services.calendar, new Date(server.clock.now));
    await check('recomputed');

    // A change to an old report counts at once, before and after the job.
    await db.updateTable('reports').set({ is_public: false }).where('id', '=', r.waste!.id).execute();
    await check('after hiding a report');
    await refreshStatsRollup(db, server.services.calendar, new Date(server.clock.now));
    await check('after the job');
    assert.equal((await list()).total, shown - 1);
  });

  test('a search matching more than 1,000 reports answers 1,000 and says there are more', async () => {
    const { rows } = await server.database.pool.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
        WHERE table_name = 'reports' AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'code', 'title')`,
    );
    const cols = rows.map((c) => `"${c.column_name}"`).join(', ');
    await server.database.pool.query(
      `INSERT INTO reports (id, code, title, ${cols})
       SELECT uuidv7(), 'CAP-' || g, 'Ổ voi khổng lồ số ' || g, ${cols} FROM reports, generate_series(1, 1001) g
        WHERE id = $1`,
      [r.light!.id], // still public (the test above hid the waste report)
    );
    const many = await list(`?q=${encodeURIComponent('o voi khong lo')}`);
    assert.equal(many.total, 1000);
    assert.equal((many as { totalCapped?: boolean }).totalCapped, true);
    const few = await list(`?q=${encodeURIComponent('o voi khong lo so 1000')}`);
    assert.deepEqual([few.total, (few as { totalCapped?: boolean }).totalCapped], [1, false]);
  });
});
