import type { AnyModule } from './module.js';

/** A start that cannot go on: one message naming the module, never a half-started server. */
export class PlatformError extends Error {
  constructor(
    message: string,
    readonly module?: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

/**
 * Which modules run: every core module, plus the ones `MODULES` lists
 * ("all" or unset: every module). Unknown names are refused so a typo does
 * not silently switch a service off.
 */
export function selectModules(modules: readonly AnyModule[], selection: string | undefined): AnyModule[] {
  const byName = new Map<string, AnyModule>();
  for (const m of modules) {
    if (byName.has(m.ref.name)) throw new PlatformError(`Two modules are named "${m.ref.name}".`, m.ref.name);
    byName.set(m.ref.name, m);
  }
  const wanted = (selection ?? 'all').trim();
  if (wanted === '' || wanted === 'all') return [...modules];
  const names = new Set(
    wanted
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  for (const n of names) {
    if (!byName.has(n))
      throw new PlatformError(`MODULES names "${n}", which is not a module (known: ${[...byName.keys()].join(', ')}).`);
  }
  return modules.filter((m) => m.core || names.has(m.ref.name));
}

/**
 * Orders modules so each comes after what it depends on (stable: the listed
 * order where dependencies allow). A missing dependency or a cycle is a
 * PlatformError naming the module and the path.
 */
export function orderModules(modules: readonly AnyModule[], all: readonly AnyModule[] = modules): AnyModule[] {
  const byName = new Map(modules.map((m) => [m.ref.name, m]));
  const known = new Set(all.map((m) => m.ref.name));
  const ordered: AnyModule[] = [];
  const state = new Map<string, 'visiting' | 'done'>();

  const visit = (m: AnyModule, path: string[]): void => {
    const name = m.ref.name;
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(name)), name].join(' → ');
      throw new PlatformError(`Module "${name}" is in a dependency cycle: ${cycle}.`, name);
    }
    state.set(name, 'visiting');
    for (const dep of dependencyNames(m)) {
      const target = byName.get(dep);
      if (!target) {
        const why = known.has(dep) ? 'which MODULES switches off' : 'which no module provides';
        throw new PlatformError(`Module "${name}" depends on "${dep}", ${why}.`, name);
      }
      visit(target, [...path, name]);
    }
    state.set(name, 'done');
    ordered.push(m);
  };
  for (const m of modules) visit(m, []);
  return ordered;
}

export function dependencyNames(m: AnyModule): string[] {
  return Object.values(m.deps ?? {}).map((ref) => (ref as { name: string }).name);
}

/** Names that must be unique across modules (permissions, events, jobs, subscribers). */
export function assertUnique(kind: string, entries: readonly { module: string; name: string }[]): void {
  const seen = new Map<string, string>();
  for (const e of entries) {
    const other = seen.get(e.name);
    if (other !== undefined) {
      const where = other === e.module ? `twice in module "${e.module}"` : `by "${other}" and "${e.module}"`;
      throw new PlatformError(`The ${kind} "${e.name}" is declared ${where}.`, e.module);
    }
    seen.set(e.name, e.module);
  }
}
