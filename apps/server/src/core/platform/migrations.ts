import { MIGRATIONS_DIR, readMigrations, type Migration } from '../db/index.js';
import { PlatformError } from './graph.js';
import type { AnyModule } from './module.js';

/**
 * Core's migrations and those of the given modules, in one order by number.
 * Numbers are unique across core and modules (a module takes the next free
 * one), so one sequence says what ran before what on every installation.
 */
/** Which tables each module with migrations owns (for the generated table types). */
export function tableOwners(modules: readonly AnyModule[]): { name: string; tables: readonly string[] }[] {
  return modules
    .filter((m) => m.migrations)
    .map((m) => ({ name: m.ref.name, tables: m.tables ?? [m.ref.name, `${m.ref.name}_*`] }));
}

export function collectMigrations(modules: readonly AnyModule[], coreDir = MIGRATIONS_DIR): Migration[] {
  const owned: { owner: string; m: Migration }[] = readMigrations(coreDir).map((m) => ({ owner: 'core', m }));
  for (const mod of modules) {
    if (!mod.migrations) continue;
    for (const m of readMigrations(mod.migrations)) owned.push({ owner: mod.ref.name, m });
  }
  const byVersion = new Map<string, string>();
  for (const { owner, m } of owned) {
    const other = byVersion.get(m.version);
    if (other !== undefined)
      throw new PlatformError(
        `Migration number ${m.version} is used by both "${other}" and "${owner}" (${m.name}); take the next free number.`,
        owner,
      );
    byVersion.set(m.version, owner);
  }
  return owned.map((o) => o.m).sort((a, b) => a.version.localeCompare(b.version));
}
