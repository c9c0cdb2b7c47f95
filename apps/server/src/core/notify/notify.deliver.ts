import { CompiledQuery } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Jobs } from '../jobs/index.js';
import type { NotifyRepo, Tx } from './notify.repo.js';
import {
  PermanentDeliveryError,
  SubscriptionGoneError,
  type EmailContent,
  type PushContent,
  type Senders,
  type SmsContent,
} from './notify.channels.js';
import { findTemplate, type ExternalChannel } from './notify.templates.js';

export const DELIVER_QUEUE = 'notify.deliver';
export const SWEEP_QUEUE = 'notify.sweep';
const INTERRUPTED =
  'Lần gửi cuối bị gián đoạn (tiến trình dừng giữa chừng) / the last attempt was interrupted (the worker stopped)';
// Longer than the slowest send (SMTP socket timeout): a lease that lapses means the worker died.
const LEASE_SECONDS = 300;

/** pg-boss runs its INSERT on our transaction: the job exists exactly when the delivery row commits. */
function inTransaction(trx: Tx) {
  return {
    executeSql: async (text: string, values: unknown[] = []) => {
      const r = await trx.executeQuery(CompiledQuery.raw(text, values));
      return { rows: r.rows as unknown[] };
    },
  };
}

function isSensitive(template: string): boolean {
  return Boolean(findTemplate(template)?.sensitive);
}

/**
 * The external half of notify: the `notify.deliver` queue. Each job is one
 * attempt at one delivery row; failures are retried by pg-boss with
 * exponential backoff and recorded on the row (attempts, last_error), and the
 * row becomes `failed` after the last retry or at once on a final refusal.
 */
export function createDeliveryQueue(deps: {
  repo: NotifyRepo;
  jobs: Pick<Jobs, 'define' | 'boss' | 'schedule'>;
  senders: Senders;
  retryLimit: number;
  retryDelaySeconds: number;
  logger: FastifyBaseLogger;
}) {
  const { repo, senders, retryLimit, retryDelaySeconds } = deps;

  deps.jobs.define<{ deliveryId: string }>(DELIVER_QUEUE, (data, job) => deliver(data.deliveryId, job.retryCount), {
    retryLimit,
    retryDelaySeconds,
    concurrency: 4,
    batchSize: 10,
  });
  deps.jobs.define(SWEEP_QUEUE, async () => void (await sweepInterrupted()), { policy: 'singleton' });
  deps.jobs.schedule(SWEEP_QUEUE, '*/10 * * * *');

  /** Queues deliveries as part of the caller's transaction. */
  async function enqueue(trx: Tx, ids: string[]): Promise<void> {
    if (!ids.length) return;
    // Retry settings travel with each job, so they hold whatever the queue was created with.
    await deps.jobs.boss.insert(
      DELIVER_QUEUE,
      ids.map((deliveryId) => ({
        data: { deliveryId },
        retryLimit,
        retryDelay: retryDelaySeconds,
        retryBackoff: true,
      })),
      { db: inTransaction(trx) },
    );
  }

  /** One attempt of one delivery; retryCount is pg-boss's (0 on the first attempt). */
  async function deliver(deliveryId: string, retryCount: number): Promise<void> {
    const d = await repo.claimDelivery(deliveryId, LEASE_SECONDS);
    if (!d) return; // sent, failed for good, or another worker holds it
    const erase = isSensitive(d.template);
    try {
      const providerId = await sendOne(d.channel, d.recipient, d.content, d.id);
      await repo.markSent(d.id, providerId, erase);
    } catch (err) {
      const permanent = err instanceof PermanentDeliveryError;
      const final = permanent || retryCount >= retryLimit;
      const message = err instanceof Error ? err.message : String(err);
      // The subscription goes before the delivery is marked failed, so whoever sees "failed" sees it gone.
      if (err instanceof SubscriptionGoneError) await repo.dropPushSubscription(d.recipient);
      await repo.markAttemptFailed(d.id, message, final, erase && final);
      deps.logger.warn(
        { deliveryId: d.id, channel: d.channel, attempt: d.attempts, final, err: message },
        'notification delivery failed',
      );
      if (!permanent) throw err; // pg-boss retries with backoff, or records the job as failed
    }
  }

  async function sendOne(channel: ExternalChannel, recipient: string, content: unknown, ref: string) {
    if (channel === 'push') {
      if (!senders.push) throw new Error('web push is not configured');
      const sub = await repo.pushSubscription(recipient);
      if (!sub) throw new PermanentDeliveryError('the push subscription was removed');
      const id = await senders.push(sub, content as PushContent, ref);
      await repo.pushSucceeded(sub.id);
      return id;
    }
    // A channel switched off after queuing is retried: configured again, the message still goes.
    if (channel === 'email') {
      if (!senders.email) throw new Error('the email channel is not configured');
      return senders.email(recipient, content as EmailContent, ref);
    }
    if (!senders.sms) throw new Error('the sms channel is not configured');
    return senders.sms(recipient, content as SmsContent, ref);
  }

  /**
   * A worker that dies during the last attempt leaves its row `queued` with a lapsed lease,
   * and pg-boss has no retry left to take it: such rows are marked failed, so they show
   * in the admin list (and can be retried there) instead of looking queued forever.
   */
  async function sweepInterrupted(): Promise<number> {
    const stuck = await repo.interruptedDeliveries(retryLimit + 1);
    for (const d of stuck) await repo.markAttemptFailed(d.id, INTERRUPTED, true, isSensitive(d.template));
    if (stuck.length) deps.logger.warn({ count: stuck.length }, 'interrupted notification deliveries marked failed');
    return stuck.length;
  }

  return { enqueue, deliver, sweepInterrupted };
}
