import { z } from 'zod';
import type pg from 'pg';
import { ROLE_LABELS, ROLES, roleSchema } from '@vioc/contracts';
import type { App } from './app.js';
import { httpErrors, isDatabaseUnavailable } from './errors.js';
import type { Metrics } from './metrics.js';
import { pendingMigrations, type Migration } from '../db/index.js';

const publicConfigSchema = z.object({
  provinceUnitId: z.string().nullable(),
  provinceName: z.string().nullable(),
  mapTileUrl: z.string().nullable(),
  oidc: z.object({ enabled: z.boolean(), label: z.string() }),
  /** The service modules switched on (core modules always are): the web shell shows only their pages. */
  modules: z.array(z.string()),
});

export function registerSystemRoutes(
  app: App,
  deps: {
    pool: pg.Pool;
    metrics: Metrics;
    /** Core's and every module's migrations: /readyz waits for all of them. */
    migrations: Migration[];
    publicConfig: () => Promise<z.infer<typeof publicConfigSchema>>;
  },
): void {
  app.get(
    '/healthz',
    {
      config: { permission: { public: true } },
      schema: {
        tags: ['system'],
        summary: 'Tiến trình còn sống',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { permission: { public: true } },
      schema: {
        tags: ['system'],
        summary: 'Sẵn sàng phục vụ: cơ sở dữ liệu kết nối được, migration đã áp dụng',
        response: {
          200: z.object({ status: z.literal('ready') }),
          503: z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown() }) }),
        },
      },
    },
    async () => {
      let pending: string[];
      try {
        pending = await pendingMigrations(deps.pool, deps.migrations);
      } catch (err) {
        if (isDatabaseUnavailable(err))
          throw httpErrors.error('DATABASE_UNAVAILABLE', { database: (err as Error).message });
        throw httpErrors.error('NOT_READY', { database: (err as Error).message });
      }
      if (pending.length) throw httpErrors.error('NOT_READY', { pendingMigrations: pending });
      return { status: 'ready' as const };
    },
  );

  app.get(
    '/metrics',
    {
      config: { permission: { roles: ['admin', 'system'] } },
      schema: { tags: ['system'], summary: 'Prometheus metrics', response: { 200: z.string() } },
    },
    async (_req, reply) => reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics()),
  );

  app.get(
    '/api/config/public',
    {
      config: { permission: { public: true } },
      schema: {
        tags: ['system'],
        summary: 'Cấu hình công khai cho giao diện',
        response: {
          200: publicConfigSchema,
        },
      },
    },
    () => deps.publicConfig(),
  );

  app.get(
    '/api/roles',
    {
      config: { permission: { roles: ROLES } },
      schema: {
        tags: ['system'],
        summary: 'Các vai trò của hệ thống',
        response: { 200: z.array(z.object({ role: roleSchema, vi: z.string(), en: z.string() })) },
      },
    },
    async () => ROLES.map((role) => ({ role, ...ROLE_LABELS[role] })),
  );
}
