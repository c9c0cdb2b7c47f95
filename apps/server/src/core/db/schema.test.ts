import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { freshDatabase, type TestDatabase } from '../../../test/support.js';
import { migrate, readMigrations } from './migrate.js';
import { generateTableTypes } from './codegen.js';
import { allMigrations, moduleTables } from '../../modules.js';

let database: TestDatabase;
before(async () => {
  database = await freshDatabase();
});
after(() => database.drop());

test('the committed table types are what `npm run db:types` generates from the migrations', async () => {
  for (const [file, text] of await generateTableTypes(database.db, moduleTables())) {
    const rel = path.relative(process.cwd(), file);
    assert.ok(fs.existsSync(file), `${rel} is missing: run npm run db:types`);
    assert.equal(fs.readFileSync(file, 'utf8'), text, `${rel} is out of date: run npm run db:types`);
  }
});

test('migrations are applied once, and an edited migration is refused', async () => {
  assert.deepEqual(await migrate(database.pool, allMigrations()), [], 'nothing pending on a migrated database');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vioc-mig-'));
  try {
    for (const m of allMigrations())
      fs.writeFileSync(path.join(dir, `${m.version}_${m.name}.sql`), m.sql + '\n-- edited\n');
    await assert.rejects(migrate(database.pool, readMigrations(dir)), /was edited after it was applied/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('migrations of core and modules are ordered and never reuse a version', () => {
  const versions = allMigrations().map((m) => m.version);
  assert.ok(versions.includes('0006'), "the reports module's migrations are among them");
  assert.deepEqual(versions, [...new Set(versions)].sort());
});
