/**
 * A module's SQL names only its own tables and the read views other owners publish
 * (migration 0016: org_units, auth_user_names, files_attachments, calendar_official_days).
 * Anything else of another owner it asks through that owner's API. The check reads each
 * module's sources, so a join added on `units` fails here, naming the file and line.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { moduleTables } from '../src/modules.js';
import { freshDatabase, type TestDatabase } from './support.js';

const MODULES_DIR = path.resolve(import.meta.dirname, '../src/modules');

const matches = (patterns: readonly string[], table: string) =>
  patterns.some((p) => (p.endsWith('*') ? table.startsWith(p.slice(0, -1)) : table === p));

/** `file:line: table` for every SQL reference in `source` to a table outside `allowed`. */
export function foreignTableUses(file: string, source: string, tables: readonly string[], own: readonly string[]) {
  const foreign = tables.filter((t) => !matches(own, t));
  const found: string[] = [];
  source.split('\n').forEach((line, i) => {
    const code = line.trim();
    if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
    for (const t of foreign) {
      const raw = new RegExp(`\\b(FROM|JOIN|INTO|UPDATE)\\s+${t}\\b`, 'i');
      const built = new RegExp(
        `\\b(selectFrom|innerJoin|leftJoin|rightJoin|fullJoin|insertInto|updateTable|deleteFrom)\\(\\s*'${t}(\\s+as\\s+\\w+)?'`,
      );
      if (raw.test(code) || built.test(code)) found.push(`${file}:${i + 1}: ${t}`);
    }
  });
  return found;
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    // Tests and their fixtures set up what they check through any table; only the module's own code is held to it.
    return /\.ts$/.test(e.name) && !/\.(test|fixtures|generated)\.ts$/.test(e.name) ? [p] : [];
  });
}

let database: TestDatabase;
let baseTables: string[];
before(async () => {
  database = await freshDatabase();
  const { rows } = await database.pool.query<{ t: string }>(
    "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  baseTables = rows.map((r) => r.t);
});
after(() => database.drop());

test('every module’s SQL names only its own tables and the published read views', () => {
  const owners = moduleTables();
  assert.ok(owners.length > 0);
  const problems = owners.flatMap((m) => {
    const dir = path.join(MODULES_DIR, m.name);
    if (!fs.existsSync(dir)) return [];
    return sources(dir).flatMap((f) =>
      foreignTableUses(path.relative(MODULES_DIR, f), fs.readFileSync(f, 'utf8'), baseTables, m.tables),
    );
  });
  assert.deepEqual(problems, []);
});

test('the check catches a join on another owner’s table, raw or built, and lets a read view through', () => {
  const own = ['reports', 'report_*'];
  const bad = [
    "  .leftJoin('units as u', 'u.id', 'r.assigned_unit_id')",
    '  JOIN users asg ON asg.id = r.assignee_user_id',
    "  .selectFrom('report_history as h')",
    "  .innerJoin('org_units as area', 'area.id', 'r.area_unit_id')",
    '  // a comment about FROM units is not SQL',
  ].join('\n');
  assert.deepEqual(foreignTableUses('x.repo.ts', bad, baseTables, own), ['x.repo.ts:1: units', 'x.repo.ts:2: users']);
});
