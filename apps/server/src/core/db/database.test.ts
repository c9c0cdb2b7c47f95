import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { freshDatabase, type TestDatabase } from '../../../test/support.js';
import { isDatabaseUnavailable } from '../http/errors.js';
import { prepare } from './prepared.js';

let database: TestDatabase;
before(async () => {
  database = await freshDatabase();
});
after(() => database.drop());

test('a connection killed in the middle of a transaction fails that transaction, not the process', async () => {
  let pid = 0;
  let released!: () => void;
  const killed = new Promise<void>((r) => (released = r));
  const tx = database.db.transaction().execute(async (trx) => {
    pid = (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(trx)).rows[0]!.pid;
    // Between two statements the client is checked out and idle: the moment its server going
    // away used to surface as an unhandled 'error' event that ended the process.
    await killed;
    await sql`SELECT 1`.execute(trx);
  });
  while (!pid) await new Promise((r) => setTimeout(r, 5));
  await database.pool.query('SELECT pg_terminate_backend($1)', [pid]);
  await new Promise((r) => setTimeout(r, 200));
  released();
  const err: unknown = await tx.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(err, 'the transaction failed');
  assert.ok(isDatabaseUnavailable(err), `a lost connection counts as database unavailable: ${String(err)}`);
  // The pool threw the broken client away and serves the next query.
  assert.equal((await sql<{ one: number }>`SELECT 1 AS one`.execute(database.db)).rows[0]!.one, 1);
});

test('connection failures are told apart from query failures', () => {
  for (const code of ['ECONNREFUSED', '57P01', '57P03', '08006', '08001'])
    assert.ok(isDatabaseUnavailable(Object.assign(new Error('x'), { code })), code);
  assert.ok(isDatabaseUnavailable(new Error('Connection terminated unexpectedly')));
  assert.ok(isDatabaseUnavailable(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })])));
  for (const code of ['23505', '22P02', '42P01', undefined])
    assert.ok(!isDatabaseUnavailable(Object.assign(new Error('x'), { code })), String(code));
});

test('a statement declared with prepare() runs as one named statement per connection, with each call its own values', async () => {
  const { db } = database;
  const byLevel = prepare(
    db,
    'test_units_by_kind',
    (kind: string, limit: number) =>
      db
        .selectFrom('units')
        .select(['id', 'kind'])
        .where('kind', '=', kind as 'ward')
        .orderBy('id')
        .limit(limit),
    ['sample-kind', -1],
  );
  const kinds = (await db.selectFrom('units').select('kind').distinct().execute()).map((r) => r.kind);
  assert.ok(kinds.length >= 2);
  await db.connection().execute(async (conn) => {
    for (const kind of kinds) {
      const rows = (
        await prepare(
          conn,
          'test_units_by_kind',
          (k: string, n: number) =>
            conn
              .selectFrom('units')
              .select(['id', 'kind'])
              .where('kind', '=', k as 'ward')
              .orderBy('id')
              .limit(n),
          ['sample-kind', -1],
        )(kind, 2)
      ).rows;
      assert.ok(rows.length > 0 && rows.length <= 2);
      assert.ok(rows.every((r) => r.kind === kind));
    }
    const named = await sql<{ name: string; calls: number }>`
      SELECT name, generic_plans + custom_plans AS calls FROM pg_prepared_statements WHERE name = 'vioc_test_units_by_kind'`.execute(
      conn,
    );
    assert.equal(named.rows.length, 1, 'prepared once on this connection');
    assert.equal(named.rows[0]!.calls, kinds.length);
  });
  // Through the pool too, with the same answers as the query built each time.
  const kind = kinds[0]!;
  assert.deepEqual(
    (await byLevel(kind, 3)).rows,
    await db.selectFrom('units').select(['id', 'kind']).where('kind', '=', kind).orderBy('id').limit(3).execute(),
  );
  // Another statement under the same name is refused.
  assert.throws(() => prepare(db, 'test_units_by_kind', () => db.selectFrom('units').select('id'), []));
  // Parameters must be the sample values, each used once.
  assert.throws(() =>
    prepare(
      db,
      'test_bad',
      (k: string) =>
        db
          .selectFrom('units')
          .select('id')
          .where('kind', '=', k as 'ward')
          .where('name', '=', 'x'),
      ['a'],
    ),
  );
});
