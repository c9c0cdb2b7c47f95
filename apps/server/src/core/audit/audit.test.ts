import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';
import { loadConfig } from '../../config.js';
import { canonicalJson } from './canonical.js';

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
  test('retention never removes an entry younger than the cutoff, even below older ones (linked at commit)', async () => {
    const other = await startTestServer();
    try {
      for (let i = 0; i < 4; i++)
        await other.services.audit.recordAlone(ctx, { action: 'test.mixed', targetId: String(i) });
      const pool = other.database.pool;
      const seqs = (await pool.query<{ seq: string }>('SELECT seq FROM audit_log ORDER BY seq')).rows.map((r) =>
        Number(r.seq),
      );
      const young = seqs[2]!;
      // Everything old except one entry in the middle: a transaction that recorded long ago and
      // committed late leaves an old `at` above a young one.
      await pool.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await pool.query("UPDATE audit_log SET at = at - interval '13 months' WHERE seq <> $1", [young]);
      await pool.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      const purged = await other.services.audit.purgeExpired();
      assert.equal(purged, 2, 'only the entries below the first young one');
      const left = (await pool.query<{ seq: string }>('SELECT seq FROM audit_log ORDER BY seq')).rows.map((r) =>
        Number(r.seq),
      );
      assert.deepEqual(left, seqs.slice(2));
      // (verify() would flag the rows whose `at` this test rewrote: the hash covers it.)
      const anchor = await pool.query<{ seq: string }>('SELECT seq FROM audit_anchor');
      assert.equal(Number(anchor.rows[0]!.seq), seqs[1]);
    } finally {
      await other.close();
    }
  });
});

describe('audit chain under concurrency (entries linked at commit)', () => {
  test('entries written at the same moment form one unbroken chain; a rolled-back write leaves nothing', async () => {
    const other = await startTestServer();
    try {
      const db = other.database.db;
      const count = async () =>
        Number(
          (
            await db
              .selectFrom('audit_log')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          other.services.audit.recordAlone(ctx, { action: 'test.parallel', targetId: String(i) }),
        ),
      );
      await assert.rejects(
        db.transaction().execute(async (trx) => {
          await other.services.audit.record(trx, ctx, { action: 'test.rolled_back' });
          throw new Error('the change failed');
        }),
        /the change failed/,
      );
      assert.equal(await count(), before + 25);
      const seqs = (await db.selectFrom('audit_log').select('seq').orderBy('seq').execute()).map((r) => Number(r.seq));
      assert.deepEqual(
        seqs,
        seqs.map((_, i) => seqs[0]! + i),
        'no gap, no fork',
      );
      assert.equal((await db.selectFrom('audit_log').where('action', '=', 'test.rolled_back').execute()).length, 0);
      assert.equal((await db.selectFrom('audit_pending').selectAll().execute()).length, 0, 'nothing left pending');
      assert.deepEqual(await other.services.audit.verify(), { ok: true, checked: before + 25 });
    } finally {
      await other.close();
    }
  });

  test('entries hashed the old way (hash_v 1) still verify next to new ones, and an edit to one is found', async () => {
    const other = await startTestServer();
    try {
      const pool = other.database.pool;
      // An entry as written before migration 0010: the hash covers the whole canonical row.
      const head = (
        await pool.query<{ seq: string; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')
      ).rows[0]!;
      const legacy = {
        seq: Number(head.seq) + 1,
        at: new Date(),
        actor_id: null,
        actor_label: 'legacy',
        action: 'test.legacy',
        outcome: 'ok',
        target_type: 'thing',
        target_id: 'L1',
        unit_id: null,
        ip: null,
        user_agent: null,
        before: null,
        after: { old: true },
        prev_hash: head.hash,
      };
      const hash = crypto
        .createHash('sha256')
        .update(`${legacy.prev_hash}\n${canonicalJson({ ...legacy, at: legacy.at.toISOString() })}`)
        .digest('hex');
      await pool.query(
        `INSERT INTO audit_log (seq, at, actor_id, actor_label, action, outcome, target_type, target_id, unit_id, ip,
           user_agent, before, after, prev_hash, hash, hash_v)
         VALUES ($1, $2, NULL, $3, $4, 'ok', 'thing', 'L1', NULL, NULL, NULL, NULL, $5, $6, $7, 1)`,
        [
          legacy.seq,
          legacy.at,
          legacy.actor_label,
          legacy.action,
          JSON.stringify(legacy.after),
          legacy.prev_hash,
          hash,
        ],
      );
      for (let i = 0; i < 3; i++)
        await other.services.audit.recordAlone(ctx, { action: 'test.new', targetId: String(i) });
      const ok = await other.services.audit.verify();
      assert.equal(ok.ok, true, JSON.stringify(ok));
      await pool.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await pool.query(`UPDATE audit_log SET after = '{"old": false}' WHERE seq = $1`, [legacy.seq]);
      await pool.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      const r = await other.services.audit.verify();
      assert.deepEqual(
        { ok: r.ok, seq: r.firstBrokenSeq, reason: r.reason },
        { ok: false, seq: legacy.seq, reason: 'content changed' },
      );
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

test('audit entries are kept at least 12 months: a shorter retention is refused at start', () => {
  assert.throws(() => loadConfig({ AUDIT_RETENTION_MONTHS: '6' }), /AUDIT_RETENTION_MONTHS/);
  assert.equal(loadConfig({ AUDIT_RETENTION_MONTHS: '24' }).AUDIT_RETENTION_MONTHS, 24);
  assert.equal(loadConfig({}).AUDIT_RETENTION_MONTHS, 12);
});
