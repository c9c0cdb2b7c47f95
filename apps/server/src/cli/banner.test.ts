import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { after, before, test } from 'node:test';
import { loadConfig } from '../config.js';
import { freshDatabase, type TestDatabase } from '../../test/support.js';
import { seedDemoDatabase } from '../server.js';
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

test("seed progress: one line per step with its count and time, modules' steps with their labels", async () => {
  const db = await freshDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vioc-banner-'));
  try {
    await db.pool.query('TRUNCATE units, users, module_seeds CASCADE');
    const tty = terminal(true);
    const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', DATA_DIR: dataDir });
    const lines = startupLines(config, tty.out);
    const deps = { config, db: db.db, pool: db.pool, url: db.url, logger: pino({ level: 'silent' }) };
    await seedDemoDatabase(deps, { sample: true, progress: lines.seeding()! });
    const text = tty.written.join('');
    assert.match(text, /seeding the demo province/);
    assert.match(text, /units: 110 \(\d+\.\d s\)/);
    assert.match(text, /categories: \d+ \(/);
    assert.match(text, /demo accounts: 9 \(/);
    assert.match(text, /demo reports: 300 \(/);
    assert.match(text, /photos: \d+ \(/);

    // A second start seeds nothing and says nothing about seeding.
    const again = terminal(true);
    const seeded = await seedDemoDatabase(deps, { sample: true, progress: startupLines(config, again.out).seeding()! });
    assert.deepEqual(seeded, {});
    assert.doesNotMatch(again.written.join(''), /seeding/);
  } finally {
    await db.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
