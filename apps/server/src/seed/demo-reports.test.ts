import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '../../test/support.js';
import { seedDemoReports } from './demo-reports.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

test('demo reports: every status, inside their ward, consistent timelines and codes, fast', async () => {
  const db = server.database.db;
  const started = performance.now();
  const { reports } = await db
    .transaction()
    .execute((trx) => seedDemoReports(trx, server.services.audit, { count: 300 }));
  const ms = performance.now() - started;
  assert.equal(reports, 300);
  assert.ok(ms < 10_000, `seeding took ${Math.round(ms)} ms`);

  const rows = await db
    .selectFrom('reports')
    .select(['id', 'code', 'status', 'lat', 'lon', 'area_unit_id', 'reject_reason', 'overdue_at', 'due_at'])
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
  const counter = await db
    .selectFrom('report_code_counters')
    .select(({ fn }) => fn.sum<string>('last_value').as('n'))
    .executeTakeFirstOrThrow();
  assert.equal(Number(counter.n), 300);
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
