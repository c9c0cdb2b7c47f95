import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { loadConfig } from '../config.js';
import { freshDatabase, type TestDatabase } from '../../test/support.js';
import { seedDemo } from '../seed/demo.js';
import { createAuditService } from '../core/audit/index.js';
import { hashPassword } from '../core/auth/passwords.js';
import { startupLines } from './banner.js';

let database: TestDatabase;
before(async () => {
  database = await freshDatabase();
});
after(() => database.drop());

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { written, out: { isTTY, write: (s: string) => written.push(s) } };
}

test('auto: nothing but JSON when stderr is not a terminal; a ready line naming URL, demo accounts and data when it is', async () => {
  const config = loadConfig({ DATA_DIR: './data', PORT: '8080' });
  const piped = terminal(false);
  const quiet = startupLines(config, piped.out);
  assert.equal(quiet.seeding(), undefined, 'the seed gets no progress callback');
  await quiet.ready(database.db, 1234);
  assert.deepEqual(piped.written, []);

  const tty = terminal(true);
  await startupLines(config, tty.out).ready(database.db, 9_800);
  const ready = tty.written.at(-1)!;
  assert.match(ready, /^vioc sẵn sàng \/ ready: http:\/\/localhost:8080 \(9\.8 s\)/);
  assert.match(ready, /demo accounts: admin, lanhdao, trucioc… mật khẩu \/ password TayNinh@2026/);
  assert.ok(ready.includes(`data: ${path.resolve('./data')}`));
});

test('the password is not printed once it was changed, nor demo accounts without the demo', async () => {
  const config = loadConfig({ STARTUP_MESSAGES: 'true', PUBLIC_URL: 'https://ioc.example.vn' });
  await database.db
    .updateTable('users')
    .set({ password_hash: await hashPassword('Another#Secret1') })
    .execute();
  const changed = terminal(false);
  await startupLines(config, changed.out).ready(database.db, 1000);
  assert.match(
    changed.written.at(-1)!,
    /ready: https:\/\/ioc\.example\.vn .*demo accounts: admin, lanhdao, trucioc… \(README\.md\)/,
  );
  assert.doesNotMatch(changed.written.at(-1)!, /TayNinh@2026/);

  // A province that renamed or removed the demo accounts has none to be told about.
  await database.pool.query("UPDATE users SET username = 'x_' || username");
  const none = terminal(false);
  const external = loadConfig({ STARTUP_MESSAGES: 'true', DATABASE_URL: 'postgres://x/y', FILES_S3_BUCKET: 'b' });
  await startupLines(external, none.out).ready(database.db, 1000);
  const line = none.written.at(-1)!;
  assert.doesNotMatch(line, /demo accounts/);
  assert.doesNotMatch(line, /data:/, 'no local data directory to name');
});

test('seed progress: one line per step with its count and time', async () => {
  const db = await freshDatabase();
  try {
    await db.pool.query('TRUNCATE units, users CASCADE');
    const tty = terminal(true);
    const lines = startupLines(loadConfig({}), tty.out);
    await seedDemo(db.db, createAuditService(db.db, { retentionMonths: 12 }), {
      reports: true,
      progress: lines.seeding(),
    });
    const text = tty.written.join('');
    assert.match(text, /first start, seeding the demo province/);
    assert.match(text, /units: 110 \(\d+\.\d s\)/);
    assert.match(text, /categories: \d+ \(/);
    assert.match(text, /demo accounts: 9 \(/);
    assert.match(text, /demo reports: 300 \(/);
  } finally {
    await db.drop();
  }
});
