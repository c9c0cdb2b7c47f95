import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/index.js';
import type { App } from '../http/index.js';
import { responses } from '../http/index.js';
import type { AuditService } from '../audit/index.js';
import type { EventBus } from '../events/index.js';
import { JOBS_SCHEMA, type Jobs } from './jobs.js';
import { jobsErrors } from './jobs.errors.js';

const admin = { roles: ['admin'] } as const;
const tags = ['operations'];

/** Failed jobs live in pg-boss's own table; this is the one read of it. */
function failedJobs(db: Kysely<Database>, queue: string, limit: number) {
  return sql<{
    id: string;
    data: unknown;
    output: unknown;
    retry_count: number;
    created_on: Date;
    completed_on: Date | null;
  }>`
    SELECT id, data, output, retry_count, created_on, completed_on
      FROM ${sql.table(`${JOBS_SCHEMA}.job`)}
     WHERE name = ${queue} AND state = 'failed'
     ORDER BY completed_on DESC NULLS LAST
     LIMIT ${limit}`.execute(db);
}

/** Admin views of background work: job queues and failures, dead-lettered events; both can be retried. */
export function registerOpsRoutes(
  app: App,
  deps: { db: Kysely<Database>; jobs: Jobs; bus: EventBus; audit: AuditService },
): void {
  app.get(
    '/api/admin/jobs',
    {
      config: { permission: admin },
      schema: {
        tags,
        summary: 'Hàng đợi công việc nền',
        response: responses({
          200: z.array(
            z.object({
              name: z.string(),
              queuedCount: z.number(),
              activeCount: z.number(),
              deferredCount: z.number(),
              failedCount: z.number(),
              totalCount: z.number(),
            }),
          ),
        }),
      },
    },
    async () =>
      (await deps.jobs.queues())
        .filter((q) => !q.name.startsWith('__'))
        .map((q) => ({
          name: q.name,
          queuedCount: q.queuedCount,
          activeCount: q.activeCount,
          deferredCount: q.deferredCount,
          failedCount: q.failedCount,
          totalCount: q.totalCount,
        })),
  );

  app.get(
    '/api/admin/jobs/:queue/failed',
    {
      config: { permission: admin },
      schema: {
        tags,
        summary: 'Công việc thất bại của một hàng đợi',
        params: z.object({ queue: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/) }),
        response: responses({
          200: z.array(
            z.object({
              id: z.string(),
              data: z.unknown(),
              error: z.unknown(),
              retryCount: z.number(),
              createdAt: z.string(),
              failedAt: z.string().nullable(),
            }),
          ),
        }),
      },
    },
    async (req) => {
      const { rows } = await failedJobs(deps.db, req.params.queue, 200);
      return rows.map((r) => ({
        id: r.id,
        data: r.data,
        error: r.output,
        retryCount: r.retry_count,
        createdAt: new Date(r.created_on).toISOString(),
        failedAt: r.completed_on ? new Date(r.completed_on).toISOString() : null,
      }));
    },
  );

  app.post(
    '/api/admin/jobs/:queue/:id/retry',
    {
      config: { permission: admin },
      schema: {
        tags,
        summary: 'Chạy lại công việc thất bại',
        params: z.object({ queue: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/), id: z.uuid() }),
        response: responses({ 200: z.object({ ok: z.literal(true) }) }),
      },
    },
    async (req) => {
      const queue = await deps.jobs.boss.getQueue(req.params.queue);
      const job = queue ? await deps.jobs.boss.getJobById(req.params.queue, req.params.id) : null;
      if (!job) throw jobsErrors.error('JOB_NOT_FOUND');
      if (job.state !== 'failed') throw jobsErrors.error('JOB_NOT_FAILED');
      await deps.jobs.retry(req.params.queue, req.params.id);
      await deps.audit.recordAlone(req.auditCtx, {
        action: 'jobs.retry',
        targetType: 'job',
        targetId: `${req.params.queue}/${req.params.id}`,
      });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/admin/events/dead',
    {
      config: { permission: admin },
      schema: {
        tags,
        summary: 'Sự kiện xử lý thất bại (dead letter)',
        response: responses({
          200: z.array(
            z.object({
              seq: z.number(),
              subscriber: z.string(),
              type: z.string(),
              aggregate: z.string(),
              attempts: z.number(),
              error: z.string().nullable(),
              failedAt: z.string(),
              payload: z.unknown(),
            }),
          ),
        }),
      },
    },
    async () =>
      (await deps.bus.deadLetters()).map((d) => ({
        seq: Number(d.event_seq),
        subscriber: d.subscriber,
        type: d.type,
        aggregate: `${d.aggregate_type}:${d.aggregate_id}`,
        attempts: d.attempts,
        error: d.last_error,
        failedAt: new Date(d.updated_at).toISOString(),
        payload: d.payload,
      })),
  );

  app.post(
    '/api/admin/events/dead/:seq/:subscriber/retry',
    {
      config: { permission: admin },
      schema: {
        tags,
        summary: 'Xử lý lại sự kiện thất bại',
        params: z.object({ seq: z.coerce.number().int().positive(), subscriber: z.string().max(100) }),
        response: responses({ 200: z.object({ retried: z.boolean() }) }),
      },
    },
    async (req) => {
      const retried = await deps.bus.retryDead(req.params.seq, req.params.subscriber);
      await deps.audit.recordAlone(req.auditCtx, {
        action: 'events.retry',
        targetType: 'event',
        targetId: `${req.params.seq}/${req.params.subscriber}`,
        after: { retried },
      });
      return { retried };
    },
  );
}
