import type { EventPattern } from '@vioc/contracts';
import { z } from 'zod';
import type { App } from '../http/index.js';
import { assertUnique, orderModules, PlatformError } from './graph.js';
import type { AnyModule, DepRefs, InitContext, ModuleInfo, ModuleRef, RootContext, SeedContext } from './module.js';
import { createSeedsRepo } from './seeds.repo.js';

type AnyContext = InitContext<DepRefs, z.ZodRawShape>;

/** Where module jobs and subscribers are registered: the jobs and events core modules provide them. */
export interface Registrars {
  defineJob(
    name: string,
    handler: (data: never, job: { id: string; retryCount: number }) => Promise<void>,
    options: object,
  ): void;
  scheduleJob(name: string, cron: string): void;
  subscribe(
    name: string,
    types: readonly EventPattern[],
    handler: (event: never) => Promise<void>,
    opts: { maxAttempts?: number },
  ): void;
  /** The event types modules declare: publishing any other, or a payload breaking its schema, is refused. */
  declareEvents(types: Readonly<Record<string, z.ZodType | undefined>>): void;
  registerTemplates(owner: string, templates: Readonly<Record<string, object>>): void;
}

export interface PlatformOptions {
  modules: readonly AnyModule[];
  /** Every module known to the build (for "switched off" vs "unknown" in messages). */
  known?: readonly AnyModule[];
  root: Omit<RootContext, 'modules'>;
  /** Raw environment the modules' configuration slices are read from. */
  env: Record<string, string | undefined>;
  app: App;
  /** Found among the initialised modules' APIs (core jobs and events). */
  registrars: (api: <A>(ref: ModuleRef<A>) => A) => Registrars;
  stopTimeoutMs?: number;
}

export interface Platform {
  /** The modules in start order. */
  readonly modules: readonly ModuleInfo[];
  api<A>(ref: ModuleRef<A>): A;
  has(name: string): boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Each module's demo data not yet in this database, in dependency order; returns what each wrote. */
  seed(ctx: Omit<SeedContext, 'db'>): Promise<Record<string, Record<string, number>>>;
  housekeeping(): Promise<Record<string, Record<string, number>>>;
}

/** Parses every module's configuration slice; all problems in one message, by module. */
function readConfigs(modules: readonly AnyModule[], env: Record<string, string | undefined>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const problems: string[] = [];
  for (const m of modules) {
    const parsed = (m.config ?? z.object({})).safeParse(env);
    if (parsed.success) out.set(m.ref.name, parsed.data);
    else for (const i of parsed.error.issues) problems.push(`  ${m.ref.name}: ${i.path.join('.')}: ${i.message}`);
  }
  if (problems.length) throw new PlatformError(`Invalid configuration:\n${problems.join('\n')}`);
  return out;
}

function checkDeclarations(modules: readonly AnyModule[]): void {
  const each = <T>(pick: (m: AnyModule) => readonly T[] | undefined, name: (t: T) => string) =>
    modules.flatMap((m) => (pick(m) ?? []).map((t) => ({ module: m.ref.name, name: name(t) })));
  assertUnique(
    'permission',
    each(
      (m) => m.permissions,
      (p) => p.name,
    ),
  );
  assertUnique(
    'event type',
    each(
      (m) => Object.keys(m.events ?? {}),
      (t) => t,
    ),
  );
}

/** Runs one module hook, naming the module in whatever it throws. */
async function inModule<T>(m: AnyModule, phase: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof PlatformError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new PlatformError(`Module "${m.ref.name}" failed in ${phase}: ${message}`, m.ref.name);
  }
}

/**
 * Builds the modules in dependency order and wires what they declare: config
 * slices, APIs, jobs, subscribers, event types, request hooks and routes.
 * Anything wrong stops here with one message naming the module; nothing has
 * started yet (start() does that, in order; stop() in reverse).
 */
export async function buildPlatform(opts: PlatformOptions): Promise<Platform> {
  const ordered = orderModules(opts.modules, opts.known ?? opts.modules);
  checkDeclarations(ordered);
  const configs = readConfigs(ordered, opts.env);
  const infos: ModuleInfo[] = ordered.map((m) => ({
    name: m.ref.name,
    description: m.description,
    core: Boolean(m.core),
  }));
  const root: RootContext = { ...opts.root, modules: infos };
  const apis = new Map<string, unknown>();
  const contexts = new Map<string, AnyContext>();
  const api = <A>(ref: ModuleRef<A>): A => {
    if (!apis.has(ref.name)) throw new PlatformError(`Module "${ref.name}" is not running in this process.`);
    return apis.get(ref.name) as A;
  };

  for (const m of ordered) {
    const deps = Object.fromEntries(
      Object.entries(m.deps ?? {}).map(([k, ref]) => [k, api(ref as ModuleRef<unknown>)]),
    );
    const ctx = { ...root, deps, config: configs.get(m.ref.name) } as AnyContext;
    contexts.set(m.ref.name, ctx);
    apis.set(m.ref.name, await inModule(m, 'init', () => m.init(ctx)));
  }

  const reg = opts.registrars(api);
  reg.declareEvents(
    Object.fromEntries(
      ordered.flatMap((m) => Object.entries(m.events ?? {}).map(([t, schema]) => [t, schema ?? undefined])),
    ),
  );
  for (const m of ordered)
    if (m.templates) await inModule(m, 'templates', () => reg.registerTemplates(m.ref.name, m.templates!));
  const jobNames: { module: string; name: string }[] = [];
  const subscriberNames: { module: string; name: string }[] = [];
  for (const m of ordered) {
    const [a, c] = [apis.get(m.ref.name), contexts.get(m.ref.name)!];
    for (const j of m.jobs?.(a, c) ?? []) {
      jobNames.push({ module: m.ref.name, name: j.name });
      assertUnique('job', jobNames);
      await inModule(m, `job ${j.name}`, () => reg.defineJob(j.name, j.handler, j.options ?? {}));
      if (j.cron) reg.scheduleJob(j.name, j.cron);
    }
    for (const s of m.subscribers?.(a, c) ?? []) {
      subscriberNames.push({ module: m.ref.name, name: s.name });
      assertUnique('subscriber', subscriberNames);
      reg.subscribe(s.name, [...s.types], s.handler, s.maxAttempts === undefined ? {} : { maxAttempts: s.maxAttempts });
    }
  }
  const hookArgs = (m: AnyModule) => [apis.get(m.ref.name), contexts.get(m.ref.name)!] as const;
  for (const m of ordered) if (m.http) await inModule(m, 'http', () => m.http!(opts.app, ...hookArgs(m)));
  for (const m of ordered) if (m.routes) await inModule(m, 'routes', () => m.routes!(opts.app, ...hookArgs(m)));

  const started: AnyModule[] = [];
  const timeout = opts.stopTimeoutMs ?? 15_000;
  const log = opts.root.logger;

  async function stopModule(m: AnyModule): Promise<void> {
    if (!m.stop) return;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      // Not unref'd: a stop waiting on nothing but this timer must still reach the next module.
      timer = setTimeout(() => resolve('late'), timeout);
    });
    try {
      const r = await Promise.race([m.stop(...hookArgs(m)).then(() => 'done' as const), late]);
      if (r === 'late') log.warn({ module: m.ref.name, timeoutMs: timeout }, 'module did not stop in time; going on');
    } catch (err) {
      log.error({ err, module: m.ref.name }, 'module failed to stop');
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    modules: infos,
    api,
    has: (name) => apis.has(name),
    async start() {
      for (const m of ordered) {
        try {
          await m.start?.(...hookArgs(m));
          started.push(m);
        } catch (err) {
          log.error({ err, module: m.ref.name }, 'module failed to start');
          for (const s of [...started].reverse()) await stopModule(s);
          started.length = 0;
          const message = err instanceof Error ? err.message : String(err);
          throw new PlatformError(`Module "${m.ref.name}" failed to start: ${message}`, m.ref.name);
        }
      }
    },
    async stop() {
      for (const m of [...started].reverse()) await stopModule(m);
      started.length = 0;
    },
    async seed(seedCtx) {
      const repo = createSeedsRepo(opts.root.db);
      const done = await repo.seeded();
      const out: Record<string, Record<string, number>> = {};
      for (const m of ordered) {
        if (!m.seed || done.has(m.ref.name)) continue;
        const [a, c] = hookArgs(m);
        out[m.ref.name] = await inModule(m, 'seed', () =>
          opts.root.db.transaction().execute(async (trx) => {
            const summary = (await m.seed!(a, { ...c, ...seedCtx, db: trx })) ?? {};
            // Two processes starting on one new database: the second one's seed rolls back here.
            if (!(await repo.markSeeded(trx, m.ref.name, summary)))
              throw new PlatformError(`Module "${m.ref.name}" was seeded by another process meanwhile.`, m.ref.name);
            return summary;
          }),
        );
      }
      return out;
    },
    async housekeeping() {
      const out: Record<string, Record<string, number>> = {};
      for (const m of ordered) {
        if (!m.housekeeping) continue;
        try {
          const r = await m.housekeeping(...hookArgs(m));
          if (r) out[m.ref.name] = r;
        } catch (err) {
          log.error({ err, module: m.ref.name }, 'housekeeping failed');
        }
      }
      return out;
    },
  };
}
