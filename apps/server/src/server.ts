import type pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Db } from './core/db/database.js';
import type { AuditContext } from './core/audit/index.js';
import { auditRef } from './core/audit/index.js';
import { authRef, type CodeSender } from './core/auth/index.js';
import { calendarRef } from './core/calendar/index.js';
import { eventsRef } from './core/events/index.js';
import { filesRef } from './core/files/index.js';
import { jobsRef } from './core/jobs/index.js';
import { notifyRef, registerTemplates, type TemplateSpec } from './core/notify/index.js';
import { orgRef } from './core/org/index.js';
import { realtimeRef } from './core/realtime/index.js';
import { buildPlatform, selectModules, type AnyModule, type Registrars } from './core/platform/index.js';
import { createHttpApp, createMetrics, registerSystemRoutes, sharedSecret } from './core/http/index.js';
import { reportsRef } from './modules/reports/index.js';
import { allMigrations, platformModules } from './modules.js';
import { loadDemoProvince, seedDemo } from './seed/demo.js';
import type { SeedProgress } from './seed/progress.js';

export interface ServerDeps {
  config: Config;
  db: Db;
  pool: pg.Pool;
  /** The same database as `pool`, for the LISTEN connection and the job queue. */
  url: string;
  logger: Logger;
  /** The environment modules read their configuration slices from (default: process.env). */
  env?: Record<string, string | undefined>;
  /** Modules beyond the build's list (tests plug one in this way). */
  extraModules?: readonly AnyModule[];
  /** Injected by tests to move time (idle timeouts, lockouts, inactivity). */
  clock?: () => number;
  codeSender?: CodeSender;
}

export const SYSTEM_CONTEXT: AuditContext = { actorId: null, actorLabel: 'system', ip: null, userAgent: null };

/** What the platform needs of the jobs and events core modules to wire every module's declarations. */
function registrarsFrom(api: <A>(ref: import('./core/platform/index.js').ModuleRef<A>) => A): Registrars {
  const jobs = api(jobsRef);
  const bus = api(eventsRef);
  return {
    defineJob: (name, handler, options) => jobs.define(name, handler as never, options),
    scheduleJob: (name, cron) => jobs.schedule(name, cron),
    subscribe: (name, types, handler, opts) => bus.subscribe(name, types, handler as never, opts),
    declareEvents: (types) => bus.declareTypes(types),
    // The specs are core/notify's TemplateSpec; the platform carries them without knowing notify.
    registerTemplates: (owner, templates) => registerTemplates(owner, templates as Record<string, TemplateSpec>),
  };
}

/** The HTTP shell, then the modules the configuration switches on (modules.ts lists them). */
export async function buildServer(deps: ServerDeps) {
  const { config, db, pool, logger } = deps;
  const clock = deps.clock ?? Date.now;
  const metrics = createMetrics();
  const known = [
    ...platformModules(deps.codeSender ? { codeSender: deps.codeSender } : {}),
    ...(deps.extraModules ?? []),
  ];
  const modules = selectModules(known, config.MODULES);
  const migrations = allMigrations(deps.extraModules);

  const { app, routes } = await createHttpApp({
    logger,
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    publicUrl: config.PUBLIC_URL,
    mapTileUrl: config.MAP_TILE_URL,
    webDist: config.WEB_DIST,
    metrics,
    cookieSecret: await sharedSecret(db, 'cookie_secret'),
  });
  const platform = await buildPlatform({
    modules,
    known,
    root: { core: config, db, pool, url: deps.url, logger, clock },
    env: deps.env ?? process.env,
    app,
    registrars: registrarsFrom,
  });
  const org = platform.api(orgRef);
  const auth = platform.api(authRef);
  let provinceCache: { id: string; name: string } | undefined;
  registerSystemRoutes(app, {
    pool,
    metrics,
    migrations,
    publicConfig: async () => {
      if (!provinceCache) {
        const p = await org.rootProvince();
        if (p) provinceCache = { id: p.id, name: p.full_name };
      }
      return {
        provinceUnitId: provinceCache?.id ?? null,
        provinceName: provinceCache?.name ?? null,
        mapTileUrl: config.MAP_TILE_URL ?? null,
        oidc: { enabled: auth.oidc.enabled, label: config.OIDC_LABEL },
        modules: platform.modules.filter((m) => !m.core).map((m) => m.name),
      };
    },
  });
  await app.ready();

  const reports = platform.has('reports') ? platform.api(reportsRef) : undefined;

  /** Daily housekeeping of every module (inactive accounts, audit retention, dead sessions…). */
  async function housekeeping(): Promise<void> {
    const done = await platform.housekeeping();
    const counts = Object.values(done).flatMap((r) => Object.values(r));
    if (counts.some((n) => n > 0)) logger.info(done, 'housekeeping');
  }

  /**
   * The demo province (on an empty database) and every module's demo data not yet in it. A database
   * holding another province is left alone. `sample`: volume data too (see SeedContext).
   */
  async function seedDemoProvince(opts: { sample: boolean; progress?: SeedProgress }) {
    let province = await loadDemoProvince(db);
    if (!province) {
      if (await org.rootProvince()) return {};
      province = await seedDemo(db, platform.api(auditRef), opts.progress ? { progress: opts.progress } : {});
    }
    return platform.seed({ province, sample: opts.sample, progress: opts.progress ?? (() => undefined) });
  }

  return {
    app,
    routes,
    platform,
    seedDemo: seedDemoProvince,
    services: {
      audit: platform.api(auditRef),
      org,
      auth: auth.auth,
      accounts: auth.accounts,
      apiKeys: auth.apiKeys,
      sessions: auth.sessions,
      bus: platform.api(eventsRef),
      jobs: platform.api(jobsRef),
      calendar: platform.api(calendarRef),
      files: platform.api(filesRef),
      notify: platform.api(notifyRef),
      // Tests and benches of the reports module reach its service here; undefined when MODULES leaves it out.
      reports: reports?.service as NonNullable<typeof reports>['service'],
      mailIntake: reports?.mailIntake ?? null,
    },
    realtime: platform.api(realtimeRef),
    housekeeping,
    /** Starts every module in dependency order (event delivery, the job queue, listeners). */
    start: () => platform.start(),
    /** Stops HTTP first, then every module in reverse order. */
    async stop(): Promise<void> {
      await app.close();
      await platform.stop();
    },
  };
}

export type Server = Awaited<ReturnType<typeof buildServer>>;

/**
 * The demo seed without a running server (db:reset, the test template, benches): the modules'
 * seeds are reached through the platform, built here without starting anything or listening.
 */
export async function seedDemoDatabase(
  deps: Pick<ServerDeps, 'config' | 'db' | 'pool' | 'url' | 'logger' | 'env'>,
  opts: { sample: boolean; progress?: SeedProgress },
) {
  const server = await buildServer(deps);
  try {
    return await server.seedDemo(opts);
  } finally {
    await server.app.close();
  }
}
