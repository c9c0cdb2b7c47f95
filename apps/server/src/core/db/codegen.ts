import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { generate, PostgresDialect } from 'kysely-codegen';
import prettier from 'prettier';
import type { Database } from './schema.js';

/**
 * Generates the Kysely table types from a migrated database (kysely-codegen), one file per owner:
 * core's tables in core/db, each module's in its folder, so a module's tables are seen where the
 * module is. `npm run db:types` writes them; schema.test.ts regenerates them from the test
 * database and fails when the committed files differ.
 */

const SERVER_SRC = path.resolve(import.meta.dirname, '../..');

interface Owner {
  /** File the owner's types are written to, relative to apps/server/src. */
  file: string;
  /** Name of the interface listing the owner's tables (schema.ts intersects them into Database). */
  interfaceName: string;
  owns(table: string): boolean;
}

/** A module's tables, as its definition declares them (`tables`, default `<name>` and `<name>_*`). */
export interface TableOwner {
  name: string;
  /** Table names; a trailing `*` matches a prefix (`report_*`). */
  tables: readonly string[];
}

const matches = (patterns: readonly string[], t: string) =>
  patterns.some((p) => (p.endsWith('*') ? t.startsWith(p.slice(0, -1)) : t === p));

/**
 * Who owns which table, by name rather than by migration: a module owns the tables its definition
 * names (reports: `reports`, `report_*`), while some reports-era migrations (0007, 0010) also touch
 * core's tables (files.guest_token_hash, audit_log.hash_v, audit_pending), which stay core's.
 * Everything no module claims is core's.
 */
function ownersOf(modules: readonly TableOwner[]): Owner[] {
  const moduleOwners = modules.map((m) => ({
    file: `modules/${m.name}/${m.name}.schema.generated.ts`,
    interfaceName: `${m.name[0]!.toUpperCase()}${m.name.slice(1)}Tables`,
    owns: (t: string) => matches(m.tables, t),
  }));
  const core: Owner = {
    file: 'core/db/schema.generated.ts',
    interfaceName: 'CoreTables',
    owns: (t) => !moduleOwners.some((m) => m.owns(t)),
  };
  return [core, ...moduleOwners];
}

/** Absolute path of an owner's generated file. */
export function ownerFile(owner: Owner): string {
  return path.join(SERVER_SRC, owner.file);
}

const TYPE_MAPPING = {
  // database.ts registers a parser that reads int8 as a JS number.
  int8: 'number',
};

interface ColumnInfo {
  table_name: string;
  column_name: string;
  is_nullable: 'YES' | 'NO';
  has_default: boolean;
  check_def: string;
}

/**
 * Text columns constrained by `CHECK (col IN ('a', 'b'))` are typed as the union 'a' | 'b' rather
 * than string: the database already holds the closed set, so the types follow it instead of a
 * hand-kept copy. PostgreSQL stores such a check as `col = ANY (ARRAY['a'::text, …])`, or
 * `col = 'a'::text` for a single value.
 */
async function checkUnions(
  db: Kysely<Database>,
): Promise<{ unions: Record<string, string>; overrides: Record<string, string> }> {
  const { rows } = await sql<ColumnInfo>`
    SELECT c.relname AS table_name, a.attname AS column_name,
           CASE WHEN a.attnotnull THEN 'NO' ELSE 'YES' END AS is_nullable,
           (a.atthasdef OR a.attidentity <> '') AS has_default,
           pg_get_constraintdef(k.oid) AS check_def
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.conkey[1]
     WHERE k.contype = 'c' AND n.nspname = 'public' AND cardinality(k.conkey) = 1
       AND a.atttypid = 'text'::regtype
     ORDER BY 1, 2`.execute(db);
  const unions: Record<string, string> = {};
  const overrides: Record<string, string> = {};
  for (const r of rows) {
    const values = checkValues(r.column_name, r.check_def);
    if (!values) continue;
    const column = `${r.table_name}.${r.column_name}`;
    unions[column] = values.map((v) => `'${v}'`).join(' | ');
    const type = unions[column] + (r.is_nullable === 'YES' ? ' | null' : '');
    overrides[column] = r.has_default ? `Generated<${type}>` : type;
  }
  return { unions, overrides };
}

function checkValues(column: string, def: string): string[] | null {
  const col = column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const many = new RegExp(`^CHECK \\(\\(?${col} = ANY \\(ARRAY\\[(.*)\\]\\)\\)?\\)$`).exec(def);
  const list = many?.[1] ?? new RegExp(`^CHECK \\(\\(?${col} = ('[^']*'::text)\\)?\\)$`).exec(def)?.[1];
  if (!list) return null;
  const values = list.split(', ').map((v) => /^'([^']*)'::text$/.exec(v)?.[1]);
  return values.every((v): v is string => v !== undefined) ? values : null;
}

/** Columns whose stored type says less than the code knows; each says why. */
const MANUAL_OVERRIDES: Record<string, string> = {
  // Filled in by the units_set_path trigger from parent_id; inserts never give it.
  'units.path': 'Generated<string>',
  // GENERATED ALWAYS AS (point(lon, lat)): read-only, and never null since lat/lon are NOT NULL.
  'reports.location': 'ColumnType<Point, never, never>',
};

/**
 * Columns holding values of another, CHECK-constrained column without a CHECK of their own (a history
 * row records a report's status; a pending audit entry becomes an audit_log row): typed like it.
 */
const SAME_AS: Record<string, string> = {
  'report_history.from_status': 'reports.status',
  'report_history.to_status': 'reports.status',
  'audit_pending.outcome': 'audit_log.outcome',
};

async function sameAsOverrides(db: Kysely<Database>, unions: Record<string, string>): Promise<Record<string, string>> {
  const { rows } = await sql<{ column: string; nullable: boolean; has_default: boolean }>`
    SELECT table_name || '.' || column_name AS column, is_nullable = 'YES' AS nullable,
           column_default IS NOT NULL AS has_default
      FROM information_schema.columns WHERE table_schema = 'public'`.execute(db);
  const info = new Map(rows.map((r) => [r.column, r]));
  const overrides: Record<string, string> = {};
  for (const [column, source] of Object.entries(SAME_AS)) {
    const values = unions[source];
    const target = info.get(column);
    if (!values || !target)
      throw new Error(`db:types: ${column} is typed like ${source}, which is no longer a CHECK list`);
    const type = values + (target.nullable ? ' | null' : '');
    overrides[column] = target.has_default ? `Generated<${type}>` : type;
  }
  return overrides;
}

const pascal = (table: string) => table.replace(/(^|_)([a-z0-9])/g, (_m, _s, c: string) => c.toUpperCase());

/**
 * Views over one table (the read contracts of migration 0016) typed as a Pick of that table's
 * interface: PostgreSQL reports every view column as nullable text-ish, which would lose the base
 * columns' NOT NULL and CHECK unions the code relies on.
 */
async function viewPicks(db: Kysely<Database>): Promise<Map<string, string>> {
  const { rows } = await sql<{ view: string; bases: string[]; columns: string[] }>`
    SELECT v.table_name AS view,
           (SELECT array_agg(DISTINCT t.table_name::text) FROM information_schema.view_table_usage t
             WHERE t.view_schema = 'public' AND t.view_name = v.table_name) AS bases,
           (SELECT array_agg(c.column_name::text ORDER BY c.column_name) FROM information_schema.columns c
             WHERE c.table_schema = 'public' AND c.table_name = v.table_name) AS columns
      FROM information_schema.views v WHERE v.table_schema = 'public' ORDER BY 1`.execute(db);
  const picks = new Map<string, string>();
  for (const r of rows) {
    if (r.bases.length !== 1)
      throw new Error(`db:types: view ${r.view} reads ${r.bases.length} tables; a read view reads one`);
    const cols = r.columns.map((c) => `'${c}'`).join(' | ');
    picks.set(pascal(r.view), `export type ${pascal(r.view)} = Pick<${pascal(r.bases[0]!)}, ${cols}>;`);
  }
  return picks;
}

function pickViews(text: string, picks: Map<string, string>): string {
  return text.replace(/^export interface (\w+) \{\n[^}]*\}\n/gm, (whole, name: string) =>
    picks.has(name) ? `${picks.get(name)!}\n` : whole,
  );
}

/** The generated files' text, keyed by absolute path. */
export async function generateTableTypes(
  db: Kysely<Database>,
  modules: readonly TableOwner[],
): Promise<Map<string, string>> {
  const { rows } = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`.execute(db);
  const checks = await checkUnions(db);
  const columns = { ...checks.overrides, ...(await sameAsOverrides(db, checks.unions)), ...MANUAL_OVERRIDES };
  const overrides = { columns };
  const picks = await viewPicks(db);
  const out = new Map<string, string>();
  for (const owner of ownersOf(modules)) {
    const tables = rows.map((r) => r.table_name).filter((t) => owner.owns(t));
    const text = await generate({
      db,
      dialect: new PostgresDialect({ dateParser: 'string', defaultSchemas: ['public'] }),
      includePattern: `public.+(${tables.join('|')})`,
      outFile: null,
      overrides,
      typeMapping: TYPE_MAPPING,
      skipAutogeneratedFileComment: true,
    });
    const file = ownerFile(owner);
    const header = `/**\n * Generated by \`npm run db:types\` from the migrated database; do not edit.\n * Tables owned by ${owner.file.startsWith('core/') ? 'core' : path.dirname(owner.file)}.\n */\n`;
    const body = pickViews(text, picks).replace(
      /^export interface DB \{/m,
      `export interface ${owner.interfaceName} {`,
    );
    const options = (await prettier.resolveConfig(file)) ?? {};
    out.set(file, await prettier.format(header + body, { ...options, filepath: file }));
  }
  return out;
}
