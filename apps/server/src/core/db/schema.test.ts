import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { freshDatabase, type TestDatabase } from '../../../test/support.js';
import { migrate, readMigrations } from './migrate.js';
import { tableColumns } from './schema.js';
import { allMigrations } from '../../modules.js';

let database: TestDatabase;
before(async () => {
  database = await freshDatabase();
});
after(() => database.drop());

test('the Kysely schema description matches the migrated database', async () => {
  const { rows } = await database.pool.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  const live = new Map<string, string[]>();
  for (const r of rows) live.set(r.table_name, [...(live.get(r.table_name) ?? []), r.column_name]);
  for (const [table, columns] of Object.entries(tableColumns)) {
    assert.deepEqual([...(live.get(table) ?? [])].sort(), [...columns].sort(), `columns of ${table}`);
  }
  const described = new Set(Object.keys(tableColumns));
  const undescribed = [...live.keys()].filter((t) => !described.has(t));
  assert.deepEqual(undescribed, [], 'every table is described in schema.ts');
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
