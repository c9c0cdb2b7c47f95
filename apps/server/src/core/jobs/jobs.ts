import { PgBoss } from 'pg-boss';
import { VN_TIME_ZONE } from '@vioc/contracts';
import { CompiledQuery, type Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/index.js';
import { isDatabaseUnavailable } from '../http/index.js';

export interface JobOptions {
  /** Retries after the first attempt (default 3), with exponential backoff from retryDelaySeconds. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Parallel jobs of this queue per process. */
  concurrency?: number;
  /** Jobs fetched per poll (default 20); they run one after the other in a worker. */
  batchSize?: number;
  /**
   * pg-boss queue policy: 'short' keeps at most one queued job per singleton
   * key (a deadline per report), 'singleton' at most one active, 'stately' both.
   */
  policy?: 'standard' | 'short' | 'singleton' | 'stately';
}

export type JobHandler<T> = (data: T, job: { id: string; retryCount: number }) => Promise<void>;

interface Definition {
  name: string;
  handler: JobHandler<unknown>;
  options: JobOptions;
}

export const JOBS_SCHEMA = 'pgboss';
const DEFAULT_BATCH = 20;
const UNAVAILABLE_LOG_MS = 10_000;

/**
 * Durable background jobs on the same PostgreSQL (pg-boss): delayed jobs for
 * deadlines, retries with backoff, cron schedules, singletons. A job is taken
 * by exactly one process even when several run.
 */
export function createJobs(deps: { url: string; logger: FastifyBaseLogger }) {
  const boss = new PgBoss({ connectionString: deps.url, schema: JOBS_SCHEMA, max: 4, application_name: 'vioc-jobs' });
  // pg-boss errors can carry the whole pg client; log what an operator needs. While the
  // database is away every worker fails each poll (several lines a second): one line per
  // UNAVAILABLE_LOG_MS says so, and the workers carry on polling until it is back.
  let unavailableLoggedAt = 0;
  let unavailableSuppressed = 0;
  boss.on('error', (err: unknown) => {
    const e = err as { message?: string; code?: string };
    if (isDatabaseUnavailable(err)) {
      if (Date.now() - unavailableLoggedAt < UNAVAILABLE_LOG_MS) {
        unavailableSuppressed++;
        return;
      }
      deps.logger.warn(
        { error: e.message, code: e.code, suppressed: unavailableSuppressed },
        'job queue: database unavailable, retrying',
      );
      unavailableLoggedAt = Date.now();
      unavailableSuppressed = 0;
      return;
    }
    deps.logger.error({ error: e.message, code: e.code }, 'job queue error');
  });
  const definitions = new Map<string, Definition>();
  const schedules: { name: string; cron: string; data: object }[] = [];
  let started = false;

  /** Declares a queue and its handler; call before start(). */
  function define<T>(name: string, handler: JobHandler<T>, options: JobOptions = {}): void {
    if (definitions.has(name)) throw new Error(`job ${name} is already defined`);
    definitions.set(name, { name, handler: handler as JobHandler<unknown>, options });
  }

  function schedule(name: string, cron: string, data: object = {}): void {
    schedules.push({ name, cron, data });
  }

  async function start(): Promise<void> {
    await boss.start();
    for (const d of definitions.values()) {
      await boss.createQueue(d.name, {
        retryLimit: d.options.retryLimit ?? 3,
        retryDelay: d.options.retryDelaySeconds ?? 5,
        retryBackoff: true,
        policy: d.options.policy ?? 'standard',
      });
      await boss.work(
        d.name,
        {
          // pg-boss waits a polling interval after every fetch unless told to fetch again at
          // once when a batch came back full: with batch 1 and no burst a queue ran 2 jobs/s.
          batchSize: d.options.batchSize ?? DEFAULT_BATCH,
          burstWhenBatchFull: true,
          localConcurrency: d.options.concurrency ?? 1,
          pollingIntervalSeconds: 0.5,
        },
        async (jobs) => {
          // pg-boss fails a whole batch when the handler throws; then jobs that
          // already ran would run again. Each failure is reported for its own job.
          const failed: { id: string; message: string }[] = [];
          for (const job of jobs) {
            try {
              await d.handler(job.data, { id: job.id, retryCount: (job as { retryCount?: number }).retryCount ?? 0 });
            } catch (err) {
              if (jobs.length === 1) throw err;
              failed.push({ id: job.id, message: err instanceof Error ? err.message : String(err) });
            }
          }
          for (const f of failed) await boss.fail(d.name, f.id, { message: f.message });
        },
      );
    }
    for (const s of schedules) await boss.schedule(s.name, s.cron, s.data, { tz: VN_TIME_ZONE });
    started = true;
  }

  async function stop(): Promise<void> {
    if (!started) return;
    started = false;
    await boss.stop({ graceful: true, timeout: 10_000 });
  }

  /**
   * Queues a job; startAfter delays it (a deadline), singletonKey keeps one of
   * a kind. With trx the job is inserted on the caller's transaction: it
   * exists exactly when the change that scheduled it commits.
   */
  function send(
    name: string,
    data: object,
    opts: { startAfter?: Date | number; singletonKey?: string; trx?: Kysely<Database> } = {},
  ) {
    const trx = opts.trx;
    return boss.send(name, data, {
      ...(opts.startAfter !== undefined && { startAfter: opts.startAfter }),
      ...(opts.singletonKey && { singletonKey: opts.singletonKey }),
      ...(trx && {
        db: {
          executeSql: async (text: string, values: unknown[] = []) => ({
            rows: (await trx.executeQuery(CompiledQuery.raw(text, values))).rows as unknown[],
          }),
        },
      }),
    });
  }

  return {
    define,
    schedule,
    start,
    stop,
    send,
    queues: () => boss.getQueues(),
    retry: (name: string, id: string) => boss.retry(name, id),
    boss,
  };
}

export type Jobs = ReturnType<typeof createJobs>;
