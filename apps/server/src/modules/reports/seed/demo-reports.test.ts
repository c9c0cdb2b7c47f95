import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { startTestServer, type TestServer } from '../../../../test/support.js';
import { DEMO_TEXTS, seedDemoReports } from './demo-reports.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

test('demo reports: every status, inside their ward, consistent timelines and codes, fast', async () => {
  const db = server.database.db;
  const started = performance.now();
  const { reports, photos } = await db
    .transaction()
    .execute((trx) => seedDemoReports(trx, server.services.audit, { count: 300, files: server.services.files }));
  const ms = performance.now() - started;
  assert.equal(reports, 300);
  assert.ok(ms < 10_000, `seeding took ${Math.round(ms)} ms`);
  console.log(JSON.stringify({ demoReports: reports, photos, ms: Math.round(ms) }));

  const rows = await db
    .selectFrom('reports')
    .select([
      'id',
      'code',
      'status',
      'lat',
      'lon',
      'area_unit_id',
      'reject_reason',
      'overdue_at',
      'due_at',
      'created_at',
    ])
    .execute();
  const statuses = new Set(rows.map((r) => r.status));
  for (const s of [
    'received',
    'verified',
    'assigned',
    'in_progress',
    'answer_drafted',
    'answer_approved',
    'published',
    'rated',
    'closed',
    'rejected',
  ])
    assert.ok(statuses.has(s as never), `no ${s} report`);
  assert.ok(rows.some((r) => r.reject_reason === 'duplicate'));
  assert.ok(rows.some((r) => r.overdue_at !== null && ['in_progress', 'assigned'].includes(r.status)));
  assert.equal(new Set(rows.map((r) => r.code)).size, 300);
  for (const r of rows) {
    const at = await server.services.org.unitAt(r.lat, r.lon);
    assert.equal(at?.id, r.area_unit_id, `${r.code} outside its ward`);
  }
  // Codes come from the year's sequence, in reception order: a submission now takes the next number.
  const byTime = [...rows].sort((x, y) => +x.created_at - +y.created_at || x.code.localeCompare(y.code));
  const numbers = byTime.map((r) => Number(r.code.slice(8)));
  assert.deepEqual(
    numbers,
    [...numbers].sort((x, y) => x - y),
    'numbered in time order',
  );
  // Timelines: the last entry that changes status ends where the report is.
  const last = await db
    .selectFrom('report_history as h')
    .select(['h.report_id', 'h.to_status'])
    .distinctOn('h.report_id')
    .where('h.action', '!=', 'overdue')
    .orderBy('h.report_id')
    .orderBy('h.at', 'desc')
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r.status]));
  for (const h of last) assert.equal(h.to_status, byId.get(h.report_id));
});

test('demo reports read like their category: each title is one of its leaf category’s texts', async () => {
  const db = server.database.db;
  const leaves = await db.selectFrom('report_categories').select(['code']).where('parent_id', 'is not', null).execute();
  for (const { code } of leaves) assert.ok(DEMO_TEXTS[code]?.length, `no demo texts for ${code}`);
  const rows = await db
    .selectFrom('reports as r')
    .innerJoin('report_categories as c', 'c.id', 'r.category_id')
    .select(['r.code', 'r.title', 'r.description', 'c.code as category'])
    .where('r.code', 'like', 'PA-%')
    .execute();
  assert.ok(rows.length >= 300);
  for (const r of rows) {
    const texts = DEMO_TEXTS[r.category] ?? [];
    assert.ok(
      texts.some(([title, description]) => r.title.startsWith(title) && r.description === description),
      `${r.code} (${r.category}): "${r.title}"`,
    );
  }
});

test('demo photos: most reports have 1–3 generated JPEGs; a public report’s photos open for anyone, others not', async () => {
  const db = server.database.db;
  const perReport = await db
    .selectFrom('reports as r')
    .leftJoin('files as f', (j) => j.onRef('f.attached_id', '=', 'r.id').on('f.attached_type', '=', 'report'))
    .select(['r.id', 'r.status', 'r.is_public', 'r.area_unit_id'])
    .select((eb) => eb.fn.count<string>('f.id').as('n'))
    .groupBy('r.id')
    .execute();
  const withPhotos = perReport.filter((r) => Number(r.n) > 0);
  assert.ok(withPhotos.length >= 0.7 * perReport.length, `${withPhotos.length} of ${perReport.length} have photos`);
  assert.ok(withPhotos.every((r) => Number(r.n) >= 1 && Number(r.n) <= 3));

  const open = withPhotos.find((r) => r.is_public && r.status === 'published')!;
  const hidden = withPhotos.find((r) => r.status === 'received')!;
  const [photo] = await server.services.files.listAttached('report', open.id);
  assert.equal(photo!.mime, 'image/jpeg');
  assert.equal(photo!.unitId, open.area_unit_id, 'in the report’s ward, as intake attaches');
  const res = await server.app.inject({ url: photo!.url });
  assert.equal(res.statusCode, 200, 'the public opens a public report’s photo');
  const meta = await sharp(res.rawPayload).metadata();
  assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', 640, 480]);
  assert.equal((await server.app.inject({ url: photo!.thumbnailUrl! })).statusCode, 200);
  // The scene is drawn, not blank: the caption band differs from the sky.
  const { data } = await sharp(res.rawPayload).raw().toBuffer({ resolveWithObject: true });
  assert.notEqual(data[0], data[(470 * 640 + 10) * 3]);
  const [private1] = await server.services.files.listAttached('report', hidden.id);
  assert.equal((await server.app.inject({ url: private1!.url })).statusCode, 404, 'not before verification');
});
