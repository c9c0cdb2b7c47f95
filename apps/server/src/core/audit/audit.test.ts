import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';

let server: TestServer;
let admin: Caller;
const ctx = { actorId: null, actorLabel: 'test', ip: '127.0.0.1', userAgent: 'test' };

before(async () => {
  server = await startTestServer();
  admin = await sessionFor(server, 'admin');
});
after(() => server.close());

async function appendSome(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await server.services.audit.recordAlone(ctx, {
      action: 'test.event',
      targetType: 'thing',
      targetId: String(i),
      after: { i, name: 'Ninh Thạnh' },
    });
  }
}

function cliVerify(): { status: number | null; out: string } {
  const root = path.resolve(import.meta.dirname, '../../../../..');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'apps/server/src/cli/audit-verify.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: server.database.url, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('hash-chained audit log', () => {
  test('the chain verifies, from the API and from npm run audit:verify', async () => {
    await appendSome(20);
    const res = await server.app.inject({ url: '/api/audit/verify', headers: admin.headers() });
    assert.equal(res.json().ok, true);
    assert.ok(res.json().checked >= 21);
    const cli = cliVerify();
    assert.equal(cli.status, 0, cli.out);
  });

  test('the table refuses updates and deletes', async () => {
    await assert.rejects(server.database.pool.query("UPDATE audit_log SET action = 'x' WHERE seq = 2"), /append-only/);
    await assert.rejects(server.database.pool.query('DELETE FROM audit_log WHERE seq = 2'), /append-only/);
  });

  test('an edited row is found even when someone bypassed the guard', async () => {
    const pool = server.database.pool;
    await pool.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    await pool.query(`UPDATE audit_log SET after = '{"i": 999}' WHERE seq = 5`);
    await pool.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    const r = await server.services.audit.verify();
    assert.deepEqual(
      { ok: r.ok, seq: r.firstBrokenSeq, reason: r.reason },
      { ok: false, seq: 5, reason: 'content changed' },
    );
    const cli = cliVerify();
    assert.equal(cli.status, 1);
    assert.match(cli.out, /"firstBrokenSeq":5/);
  });

  test('a deleted row is found', async () => {
    const other = await startTestServer();
    try {
      for (let i = 0; i < 5; i++)
        await other.services.audit.recordAlone(ctx, { action: 'test.event', targetId: String(i) });
      const pool = other.database.pool;
      await pool.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await pool.query('DELETE FROM audit_log WHERE seq = 3');
      await pool.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      const r = await other.services.audit.verify();
      assert.deepEqual(
        { ok: r.ok, seq: r.firstBrokenSeq, reason: r.reason },
        { ok: false, seq: 3, reason: 'missing entry' },
      );
    } finally {
      await other.close();
    }
  });

  test('retention removes old entries and the chain still verifies from its anchor', async () => {
    const other = await startTestServer();
    try {
      for (let i = 0; i < 3; i++)
        await other.services.audit.recordAlone(ctx, { action: 'test.old', targetId: String(i) });
      // Age every entry past the 12-month retention (bypassing the guard, as only a test may).
      const pool = other.database.pool;
      await pool.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await pool.query("UPDATE audit_log SET at = at - interval '13 months'");
      await pool.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      const purged = await other.services.audit.purgeExpired();
      assert.equal(purged, 4, 'the seed entry and the three old ones');
      for (let i = 0; i < 3; i++)
        await other.services.audit.recordAlone(ctx, { action: 'test.new', targetId: String(i) });
      const r = await other.services.audit.verify();
      assert.deepEqual({ ok: r.ok, checked: r.checked }, { ok: true, checked: 3 });
    } finally {
      await other.close();
    }
  });
});

describe('audit search and export', () => {
  test('filters by action and free text without diacritics', async () => {
    const res = await server.app.inject({
      url: '/api/audit?action=test.&q=ninh%20thanh&limit=5',
      headers: admin.headers(),
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().items.length, 5);
    assert.ok(res.json().items.every((i: { action: string }) => i.action === 'test.event'));
    assert.ok(res.json().nextBeforeSeq);
  });

  test('CSV export has a BOM for Excel and neutralises formulas', async () => {
    await server.services.audit.recordAlone({ ...ctx, actorLabel: '=HYPERLINK("http://x")' }, { action: 'test.csv' });
    const res = await server.app.inject({ url: '/api/audit?action=test.csv&format=csv', headers: admin.headers() });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /text\/csv/);
    assert.ok(res.body.startsWith('\uFEFFseq,at,'));
    assert.match(res.body, /'=HYPERLINK/);
  });

  test('only administrators read the audit log', async () => {
    const leader = await sessionFor(server, 'lanhdao');
    assert.equal((await server.app.inject({ url: '/api/audit', headers: leader.headers() })).statusCode, 403);
  });
});
