import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { freshDatabase, type TestDatabase } from '../../../test/support.js';
import { isDatabaseUnavailable } from '../http/errors.js';

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
