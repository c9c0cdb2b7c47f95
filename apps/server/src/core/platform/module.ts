import type { EventPattern, EventPayload, EventType, MatchingType } from '@vioc/contracts';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../db/index.js';
import type { App } from '../http/index.js';

/**
 * A typed handle on a module's public API, by name (Backstage's service refs).
 * A module depends on refs, not on another module's objects, so the platform
 * can order, check and switch modules off without anyone importing internals.
 */
export interface ModuleRef<Api> {
  readonly name: string;
  /** Never set: carries the API type for the compiler. */
  readonly __api?: Api;
}

export function moduleRef<Api>(name: string): ModuleRef<Api> {
  return { name };
}

type ApiOf<R> = R extends ModuleRef<infer A> ? A : never;
export type DepRefs = Record<string, ModuleRef<unknown>>;
/** What `init` receives as `deps`: each declared ref resolved to its module's API. */
export type ResolvedDeps<D extends DepRefs> = { [K in keyof D]: ApiOf<D[K]> };

/** What every module stands on, given by the platform (Backstage's core services). */
export interface RootContext {
  /** Core configuration (config.ts); a module's own slice is `config` in its init context. */
  core: Config;
  db: Db;
  pool: pg.Pool;
  /** The database URL, for connections of their own (LISTEN, the job queue). */
  url: string;
  logger: Logger;
  clock: () => number;
  /** The modules switched on in this process, in start order (for the web shell's menu). */
  modules: readonly ModuleInfo[];
}

export interface ModuleInfo {
  name: string;
  description: string;
  core: boolean;
}

export interface InitContext<D extends DepRefs, C extends z.ZodRawShape> extends RootContext {
  deps: ResolvedDeps<D>;
  /** This module's configuration slice, validated at start with the rest. */
  config: z.infer<z.ZodObject<C>>;
}

/** One declared permission: an action name and the roles that hold it by default. */
export interface PermissionDecl {
  /** `<module>.<action>`, e.g. `reports.verify`; unique across modules. */
  name: string;
  vi: string;
  en: string;
  roles: readonly string[];
}

export interface JobDecl {
  name: string;
  handler: (data: never, job: { id: string; retryCount: number }) => Promise<void>;
  options?: { retryLimit?: number; retryDelaySeconds?: number; batchSize?: number; concurrency?: number };
  /** Cron (Asia/Ho_Chi_Minh) when the job also runs on a schedule. */
  cron?: string;
}

/** What a subscriber's handler gets: one of the matched types, its payload typed (narrow on `type`). */
export type SubscribedEvent<T extends EventType = EventType> = {
  [K in T]: { type: K; payload: EventPayload<K>; seq: number; aggregateId: string };
}[T];

export interface SubscriberDecl<P extends EventPattern = EventPattern> {
  /** Unique across modules: deliveries are kept per subscriber name. */
  name: string;
  /** Event types (`reports.received`), a domain (`reports.*`) or `*`. */
  types: readonly P[];
  handler: (event: SubscribedEvent<MatchingType<P>>) => Promise<void>;
  maxAttempts?: number;
}

/**
 * Declares one subscriber with its handler typed by the patterns it names (without it, a handler in
 * a module's list gets the union of every event and narrows on `type`).
 */
export function subscriber<const P extends EventPattern>(decl: SubscriberDecl<P>): SubscriberDecl {
  // Erased for the module's list: the bus hands the handler only events whose type `types` match.
  return decl as unknown as SubscriberDecl;
}

/** A module's declared events: catalogue types only, each with a schema of exactly that type's payload. */
export type EventDecls = { readonly [T in EventType]?: z.ZodType<EventPayload<T>> };

/** The hooks of a module; each gets the API its init returned and the context init had (deps, config). */
/** The demo province's ids, found by their official codes, for modules' demo data. */
export interface SeedProvince {
  provinceId: string;
  /** Ward/commune id by its official administrative code. */
  wardIds: ReadonlyMap<string, string>;
  /** Provincial agency id by the demo seed's key (`ioc`, `sxd`, `ca`…). */
  agencyIds: ReadonlyMap<string, string>;
  /** Demo account id by username. */
  userIds: ReadonlyMap<string, string>;
}

/** One finished step of a seed; `label` is bilingual ("lĩnh vực / categories"), `what` when absent. */
export interface SeedStep {
  what: string;
  label?: string;
  count: number;
  ms: number;
}

export interface SeedContext {
  /** The seed's transaction: write through it, not through the module's API built on the pool. */
  db: RootContext['db'];
  province: SeedProvince;
  /**
   * `true` on a real first start: volume data (hundreds of reports, incidents in every state).
   * `false` for the test template: only the catalogues tests rely on (categories, rules).
   */
  sample: boolean;
  /** One finished step, for the human start-up lines. */
  progress(step: SeedStep): void;
}

export interface ModuleHooks<Api, Ctx> {
  /** Request hooks every route needs (the permission guard): run for every module before any routes. */
  http?(app: App, api: Api, ctx: Ctx): void | Promise<void>;
  /** Routes, mounted after every module's init and http hooks. */
  routes?(app: App, api: Api, ctx: Ctx): void | Promise<void>;
  jobs?(api: Api, ctx: Ctx): readonly JobDecl[];
  subscribers?(api: Api, ctx: Ctx): readonly SubscriberDecl[];
  /**
   * Demo data, once per database (SEED_DEMO): runs in a transaction (`ctx.db`) that also records it
   * in module_seeds, so a crash half-way seeds it again and a module added later is seeded on the
   * next start. Returns a few counts for the start-up lines and the audit log.
   */
  seed?(api: Api, ctx: Omit<Ctx, 'db'> & SeedContext): Promise<Record<string, number> | void>;
  /** Daily housekeeping: retention, clean-up. Returns a few numbers for the log. */
  housekeeping?(api: Api, ctx: Ctx): Promise<Record<string, number> | void>;
  start?(api: Api, ctx: Ctx): Promise<void>;
  stop?(api: Api, ctx: Ctx): Promise<void>;
}

export interface ModuleDefinition<
  Api = unknown,
  D extends DepRefs = DepRefs,
  C extends z.ZodRawShape = z.ZodRawShape,
> extends ModuleHooks<Api, InitContext<D, C>> {
  ref: ModuleRef<Api>;
  description: string;
  /** Core modules cannot be switched off with MODULES. */
  core?: boolean;
  deps?: D;
  /** The module's slice of the environment, e.g. `{ REPORTS_OBJECTION_DAYS: z.coerce.number()… }`. */
  config?: z.ZodObject<C>;
  /** Folder of its `NNNN_<what>.sql` migrations; numbers are unique across core and modules. */
  migrations?: string;
  /**
   * The tables it owns (a trailing `*` is a prefix); default `<name>` and `<name>_*`. Their types
   * are generated into its folder (`npm run db:types`); no other module writes them.
   */
  tables?: readonly string[];
  permissions?: readonly PermissionDecl[];
  /**
   * Event types it publishes (`<module>.<what>`), each with its payload schema from the event
   * catalogue (@vioc/contracts); unique across modules. Publishing a type no running module
   * declares, or a payload its schema refuses, throws.
   */
  events?: EventDecls;
  /** Its notification templates (vi/en, core/notify's TemplateSpec), registered with notify at start. */
  templates?: Readonly<Record<string, object>>;
  init(ctx: InitContext<D, C>): Api | Promise<Api>;
}

/** Erased form the platform handles in a list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a heterogeneous list of modules: each keeps its own types at its definition
export type AnyModule = ModuleDefinition<any, any, any>;

/**
 * Declares a module. The identity function gives the compiler one place to
 * check a definition: deps resolve to typed APIs in init, hooks get the API
 * init returns.
 */
export function defineModule<
  Api,
  D extends DepRefs = Record<never, never>,
  C extends z.ZodRawShape = Record<never, never>,
>(def: ModuleDefinition<Api, D, C>): ModuleDefinition<Api, D, C> {
  return def;
}
