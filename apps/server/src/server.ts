import crypto from 'node:crypto';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Db } from './core/db/database.js';
import { createAuditService, registerAuditRoutes, type AuditContext } from './core/audit/index.js';
import { createOrgService, registerOrgRoutes } from './core/org/index.js';
import { createFilesService, filesOptionsFrom, registerFilesRoutes } from './core/files/index.js';
import { createCalendarService, registerCalendarRoutes } from './core/calendar/index.js';
import { createNotifyService, notifyOptionsFrom, registerNotifyRoutes } from './core/notify/index.js';
import {
  accountsRepo,
  createAccountsService,
  createApiKeyService,
  createAuthService,
  createOidc,
  createSessionStore,
  installGuard,
  registerAccountRoutes,
  registerAuthRoutes,
  type CodeSender,
} from './core/auth/index.js';
import { createHttpApp } from './core/http/app.js';
import { createMetrics } from './core/http/metrics.js';
import { registerSystemRoutes } from './core/http/system.routes.js';
import { createEventBus, eventsRepo } from './core/events/index.js';
import { registerRealtime } from './core/realtime/index.js';
import { createJobs, registerOpsRoutes } from './core/jobs/index.js';
import {
  createMailIntake,
  createReportsService,
  registerCategoryRoutes,
  registerIntakeRoutes,
  registerOpen311Routes,
  registerReportRoutes,
} from './modules/reports/index.js';

export interface ServerDeps {
  config: Config;
  db: Db;
  pool: pg.Pool;
  /** The same database as `pool`, for the LISTEN connection and the job queue. */
  url: string;
  logger: Logger;
  /** Injected by tests to move time (idle timeouts, lockouts, inactivity). */
  clock?: () => number;
  codeSender?: CodeSender;
}

export const SYSTEM_CONTEXT: AuditContext = { actorId: null, actorLabel: 'system', ip: null, userAgent: null };

async function cookieSecret(db: Db): Promise<string> {
  // Shared by every process through the database so signed cookies verify anywhere.
  await db
    .insertInto('app_secrets')
    .values({ name: 'cookie_secret', value: crypto.randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_secrets')
    .select('value')
    .where('name', '=', 'cookie_secret')
    .executeTakeFirstOrThrow();
  return row.value;
}

/** Wires the core services and their routes into one HTTP app. */
export async function buildServer(deps: ServerDeps) {
  const { config, db, pool, logger } = deps;
  const clock = deps.clock ?? Date.now;
  const metrics = createMetrics();
  const audit = createAuditService(db, { retentionMonths: config.AUDIT_RETENTION_MONTHS });
  const bus = createEventBus({ db, url: deps.url, logger });
  const jobs = createJobs({ url: deps.url, logger });
  const org = createOrgService({ db, audit, publish: bus.publish });
  const repo = accountsRepo(db);
  const notify = createNotifyService({
    db,
    publish: bus.publish,
    jobs,
    audit,
    contactOf: repo.contactOf,
    logger,
    options: notifyOptionsFrom(config),
    clock,
  });
  const sessions = createSessionStore(
    repo,
    {
      idleMinutes: config.SESSION_IDLE_MINUTES,
      adminIdleMinutes: config.ADMIN_SESSION_IDLE_MINUTES,
      absoluteHours: config.SESSION_ABSOLUTE_HOURS,
    },
    clock,
  );
  // Email/SMS through core/notify where configured; otherwise the development logger below.
  const codeSender: CodeSender =
    deps.codeSender ??
    notify.codeSender({
      async sendVerificationCode(contact, code) {
        // No SMS/email channel is configured in development: the code is logged for the operator.
        logger.info({ contact, code }, 'verification code (development delivery)');
      },
    });
  let provinceCache: { id: string; name: string } | undefined;
  const province = async () => {
    if (!provinceCache) {
      const p = await org.rootProvince();
      if (p) provinceCache = { id: p.id, name: p.full_name };
    }
    return provinceCache;
  };
  const auth = createAuthService({
    db,
    repo,
    sessions,
    audit,
    codes: codeSender,
    policy: {
      minLength: config.PASSWORD_MIN_LENGTH,
      minClasses: config.PASSWORD_MIN_CLASSES,
      lockoutThreshold: config.LOCKOUT_THRESHOLD,
      lockoutMinutes: config.LOCKOUT_MINUTES,
      inactiveDisableDays: config.INACTIVE_DISABLE_DAYS,
    },
    provinceUnitId: async () => (await province())?.id,
    clock,
  });
  const accounts = createAccountsService({ db, repo, audit, org, sessions, assertPassword: auth.assertPassword });
  const apiKeys = createApiKeyService({ db, repo, audit, org });
  const oidc = createOidc(
    config.OIDC_ISSUER && config.OIDC_CLIENT_ID
      ? {
          issuer: config.OIDC_ISSUER,
          clientId: config.OIDC_CLIENT_ID,
          clientSecret: config.OIDC_CLIENT_SECRET,
          allowHttp: config.OIDC_ALLOW_HTTP,
        }
      : undefined,
    repo,
  );

  const { app, routes } = await createHttpApp({
    logger,
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    publicUrl: config.PUBLIC_URL,
    mapTileUrl: config.MAP_TILE_URL,
    webDist: config.WEB_DIST,
    metrics,
    cookieSecret: await cookieSecret(db),
  });
  installGuard(app, { sessions, apiKeys, audit, publicUrl: config.PUBLIC_URL });
  registerSystemRoutes(app, {
    pool,
    metrics,
    publicConfig: async () => {
      const p = await province();
      return {
        provinceUnitId: p?.id ?? null,
        provinceName: p?.name ?? null,
        mapTileUrl: config.MAP_TILE_URL ?? null,
        oidc: { enabled: oidc.enabled, label: config.OIDC_LABEL },
      };
    },
  });
  registerAuthRoutes(app, {
    auth,
    oidc,
    signInPerMinute: config.RATE_LIMIT_SIGNIN_PER_MINUTE,
    publicPerMinute: config.RATE_LIMIT_PUBLIC_PER_MINUTE,
    publicUrl: config.PUBLIC_URL,
  });
  registerAccountRoutes(app, { accounts, apiKeys });
  registerOrgRoutes(app, { org });
  registerAuditRoutes(app, { audit });
  const realtime = registerRealtime(app, {
    bus,
    unitPaths: (ids) => org.unitPaths(ids),
    areaPaths: (ids) => org.areaPaths(ids),
    eventsSince: eventsRepo(db).eventsSince,
    maxBacklog: config.REALTIME_MAX_BACKLOG,
  });
  registerOpsRoutes(app, { db, jobs, bus, audit });
  // core services added by Foundation II register below this line (one line each)
  const files = createFilesService({ db, audit, org, log: logger, ...filesOptionsFrom(config) });
  await registerFilesRoutes(app, { files });
  const calendar = createCalendarService({ db, audit, publish: bus.publish, onBroadcast: bus.onBroadcast, clock });
  registerCalendarRoutes(app, { calendar });
  registerNotifyRoutes(app, { notify });
  // modules register below this line (one block each)
  const reports = createReportsService({
    db,
    audit,
    publish: bus.publish,
    org,
    files,
    calendar,
    notify: notify.notify,
    members: repo.activeMembers,
    contactOf: repo.contactOf,
    jobs,
    clock,
    options: {
      objectionDays: config.REPORTS_OBJECTION_DAYS,
      duplicateRadiusM: config.REPORTS_DUPLICATE_RADIUS_M,
      duplicateDays: config.REPORTS_DUPLICATE_DAYS,
      duplicateSimilarity: config.REPORTS_DUPLICATE_SIMILARITY,
      submitPerContactPerDay: config.REPORTS_SUBMIT_PER_CONTACT_PER_DAY,
    },
  });
  registerCategoryRoutes(app, { reports });
  registerReportRoutes(app, {
    reports,
    submitPerIpPerHour: config.REPORTS_SUBMIT_PER_IP_PER_HOUR,
    publicPerMinute: config.RATE_LIMIT_PUBLIC_PER_MINUTE,
  });
  registerIntakeRoutes(app, { reports });
  await registerOpen311Routes(app, {
    reports,
    apiKeys,
    ...(config.PUBLIC_URL && { publicUrl: config.PUBLIC_URL }),
    submitPerIpPerHour: config.REPORTS_SUBMIT_PER_IP_PER_HOUR,
  });
  // Email intake (SMTP in): only when MAIL_INTAKE_PORT is set; started and stopped with the server.
  const mailIntake =
    config.MAIL_INTAKE_PORT === undefined
      ? null
      : createMailIntake({
          reports,
          files,
          notify: notify.notify,
          logger,
          options: {
            port: config.MAIL_INTAKE_PORT,
            host: config.MAIL_INTAKE_HOST,
            address: config.MAIL_INTAKE_ADDRESS,
            maxBytes: config.MAIL_INTAKE_MAX_BYTES,
            categoryCode: config.MAIL_INTAKE_CATEGORY,
            ...(config.PUBLIC_URL && { publicUrl: config.PUBLIC_URL }),
          },
        });
  await app.ready();

  /** Daily housekeeping: inactive accounts, audit retention, dead sessions. */
  async function housekeeping(): Promise<void> {
    const disabled = await auth.disableInactiveAccounts(SYSTEM_CONTEXT);
    const purged = await audit.purgeExpired(new Date(clock()));
    await repo.deleteExpiredSessions(new Date(clock() - 86_400_000));
    if (disabled || purged) logger.info({ disabled, purged }, 'housekeeping');
  }

  /** Starts background work: event delivery (LISTEN + dispatcher) and the job queue. */
  async function start(): Promise<void> {
    await bus.start();
    await jobs.start();
    await mailIntake?.start();
  }

  async function stop(): Promise<void> {
    await mailIntake?.stop();
    await app.close();
    await jobs.stop();
    await bus.stop();
  }

  return {
    app,
    routes,
    services: {
      audit,
      org,
      auth,
      accounts,
      apiKeys,
      sessions,
      bus,
      jobs,
      calendar,
      files,
      notify,
      reports,
      mailIntake,
    },
    realtime,
    housekeeping,
    start,
    stop,
  };
}

export type Server = Awaited<ReturnType<typeof buildServer>>;
