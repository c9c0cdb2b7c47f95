import type { Kysely } from 'kysely';
import type { EventPayload, EventType } from '@vioc/contracts';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/index.js';
import type { AuditContext, AuditService } from '../audit/index.js';
import type { Actor } from '../auth/index.js';
import type { CodeSender } from '../auth/index.js';
import type { NewEvent } from '../events/index.js';
import type { Jobs } from '../jobs/index.js';
import type { Lang } from '../http/index.js';
import { notifyRepo, type Tx } from './notify.repo.js';
import { notifyErrors } from './notify.errors.js';
import type { NotifyOptions } from './notify.config.js';
import type { EmailContent, PushContent, SmsContent } from './notify.channels.js';
import { createDeliveryQueue } from './notify.deliver.js';
import { assertPushSubscription } from './notify.push.js';
import {
  CATEGORIES,
  CATEGORY_KEYS,
  CHANNELS,
  findTemplate,
  render,
  templateSpec,
  type Category,
  type Channel,
  type ExternalChannel,
  type TemplateData,
  type TemplateKey,
} from './notify.templates.js';
import { normalizePhone, type TemplateValues } from './notify.text.js';

export const INBOX_CHANGED = 'notify.inbox_changed' satisfies EventType;

/** A user (id) — preferences, language and contacts from the account — or raw contacts (a registration). */
export type Recipient = string | { userId?: string; email?: string; phone?: string; lang?: Lang };

export interface NotifyResult {
  notificationId: string | null;
  deliveries: { id: string; channel: ExternalChannel }[];
}

interface Target {
  userId: string | null;
  email: string | null;
  phone: string | null;
  lang: Lang;
  active: boolean;
}

export interface NotificationDto {
  id: string;
  template: string;
  category: string | null;
  title: string;
  body: string;
  data: Record<string, unknown>;
  readAt: string | null;
  createdAt: string;
}

export interface NotifyDeps {
  db: Kysely<Database>;
  publish: (trx: Kysely<Database>, e: NewEvent) => Promise<unknown>;
  jobs: Pick<Jobs, 'define' | 'boss' | 'schedule'>;
  audit: AuditService;
  /** Contacts of an account, read through core/auth. */
  contactOf: (
    userId: string,
  ) => Promise<{ id: string; email: string | null; phone: string | null; locale: Lang; status: string } | undefined>;
  logger: FastifyBaseLogger;
  options: NotifyOptions;
  clock?: () => number;
}

function categoryOf(template: string): Category | null {
  return findTemplate(template)?.category ?? null;
}

/** Province administrators see the delivery log: it holds every person's contacts. */
function assertProvinceAdmin(actor: Actor): void {
  if (!actor.memberships.some((m) => m.role === 'admin' && !m.unitPath.includes('.')))
    throw notifyErrors.error('DELIVERY_ADMIN_ONLY');
}

/**
 * Notifications: one call, notify(recipient, template, data, channels?),
 * writes the inbox row and its realtime event at once and queues one delivery
 * per external channel (email, SMS, each web-push subscription) in the same
 * transaction; the pg-boss queue `notify.deliver` sends them with retries and
 * backoff and records each attempt on the delivery row.
 */
export function createNotifyService(deps: NotifyDeps) {
  const repo = notifyRepo(deps.db);
  const { senders } = deps.options;
  const now = deps.clock ?? Date.now;
  const { enqueue, sweepInterrupted } = createDeliveryQueue({
    repo,
    jobs: deps.jobs,
    senders,
    retryLimit: deps.options.retryLimit,
    retryDelaySeconds: deps.options.retryDelaySeconds,
    logger: deps.logger,
  });

  /** Channels this server can use now. */
  function available(): Channel[] {
    return CHANNELS.filter((c) => c === 'inbox' || Boolean(senders[c]));
  }

  async function publishInbox(
    trx: Tx,
    userId: string,
    latest?: EventPayload<typeof INBOX_CHANGED>['latest'],
  ): Promise<number> {
    const unread = await repo.unreadCount(userId, trx);
    await deps.publish(trx, {
      type: INBOX_CHANGED,
      aggregateType: 'inbox',
      aggregateId: userId,
      audience: { userIds: [userId] },
      payload: { unread, ...(latest && { latest }) },
    });
    return unread;
  }

  async function resolveTarget(recipient: Recipient): Promise<Target | null> {
    const r = typeof recipient === 'string' ? { userId: recipient } : recipient;
    const user = r.userId ? await deps.contactOf(r.userId) : undefined;
    if (r.userId && !user) {
      deps.logger.warn({ userId: r.userId }, 'notify: no such user');
      return null;
    }
    return {
      userId: user?.id ?? null,
      email: r.email ?? user?.email ?? null,
      phone: r.phone ?? user?.phone ?? null,
      lang: r.lang ?? user?.locale ?? 'vi',
      active: !user || user.status !== 'disabled',
    };
  }

  async function preferredChannels(userId: string, category: Category): Promise<readonly Channel[]> {
    const spec = CATEGORIES[category];
    if ('locked' in spec && spec.locked) return spec.defaults;
    const row = (await repo.preferences(userId)).find((p) => p.category === category);
    return row ? (row.channels as Channel[]) : spec.defaults;
  }

  async function channelsFor(target: Target, key: TemplateKey, explicit?: readonly Channel[]): Promise<Set<Channel>> {
    const spec = templateSpec(key);
    const wanted =
      explicit ??
      (target.userId
        ? await preferredChannels(target.userId, spec.category)
        : ([target.email && 'email', target.phone && 'sms'].filter(Boolean) as Channel[]));
    return new Set(
      wanted.filter((c) => {
        if (c !== 'inbox' && (!senders[c] || !target.active)) return false;
        if (c === 'inbox' || c === 'push') return Boolean(target.userId) && !(c === 'inbox' && spec.sensitive);
        return c === 'email' ? Boolean(target.email) : Boolean(target.phone);
      }),
    );
  }

  /**
   * Notifies one person. `channels` overrides the person's preferences (a
   * message they must get by a given way); otherwise their preferences for the
   * template's category apply, or its defaults. Pass `trx` to notify as part
   * of the caller's own transaction: nothing is sent if it rolls back.
   */
  async function notify<K extends TemplateKey>(
    recipient: Recipient,
    template: K,
    data: TemplateData<K>,
    channels?: readonly Channel[],
    opts: { trx?: Tx } = {},
  ): Promise<NotifyResult> {
    const target = await resolveTarget(recipient);
    if (!target) return { notificationId: null, deliveries: [] };
    const values = data as TemplateValues;
    const r = render(template, target.lang, values, deps.options.publicUrl);
    const wanted = await channelsFor(target, template, channels);
    const url = r.link ?? (typeof values.url === 'string' && /^\/(?!\/)/.test(values.url) ? values.url : null);

    const run = async (trx: Tx): Promise<NotifyResult> => {
      let notificationId: string | null = null;
      if (wanted.has('inbox') && target.userId) {
        const n = await repo.insertNotification(trx, {
          user_id: target.userId,
          template,
          title: r.subject,
          body: r.body,
          data: JSON.stringify(values),
        });
        notificationId = n.id;
        await publishInbox(trx, target.userId, {
          id: n.id,
          template,
          title: r.subject,
          createdAt: new Date(n.created_at).toISOString(),
        });
      }
      const base = { notification_id: notificationId, user_id: target.userId, template };
      const rows: Parameters<typeof repo.insertDeliveries>[1] = [];
      if (wanted.has('email'))
        rows.push({
          ...base,
          channel: 'email',
          recipient: target.email!,
          content: JSON.stringify({ subject: r.subject, text: r.text, html: r.html } satisfies EmailContent),
        });
      if (wanted.has('sms'))
        rows.push({
          ...base,
          channel: 'sms',
          recipient: normalizePhone(target.phone!),
          content: JSON.stringify({ text: r.sms } satisfies SmsContent),
        });
      if (wanted.has('push')) {
        const push: PushContent = { title: r.subject, body: r.body, url, notificationId, tag: template };
        for (const s of await repo.pushSubscriptionsOf(target.userId!, trx))
          rows.push({ ...base, channel: 'push', recipient: s.id, content: JSON.stringify(push) });
      }
      const deliveries = await repo.insertDeliveries(trx, rows);
      await enqueue(
        trx,
        deliveries.map((d) => d.id),
      );
      return { notificationId, deliveries };
    };
    return opts.trx ? run(opts.trx) : deps.db.transaction().execute(run);
  }

  // ── inbox ──────────────────────────────────────────────────────────────

  function toDto(n: Awaited<ReturnType<typeof repo.listNotifications>>[0][number]): NotificationDto {
    return {
      id: n.id,
      template: n.template,
      category: categoryOf(n.template),
      title: n.title,
      body: n.body,
      data: (n.data ?? {}) as Record<string, unknown>,
      readAt: n.read_at ? n.read_at.toISOString() : null,
      createdAt: n.created_at.toISOString(),
    };
  }

  async function inbox(userId: string, q: { unreadOnly: boolean; limit: number; offset: number }) {
    const [[rows, total], unread] = await Promise.all([repo.listNotifications(userId, q), repo.unreadCount(userId)]);
    return { items: rows.map(toDto), total: Number(total.n), unread };
  }

  async function markRead(userId: string, id: string): Promise<{ unread: number }> {
    return deps.db.transaction().execute(async (trx) => {
      // Someone else's notification is "not found", never "forbidden": ids reveal nothing.
      if (!(await repo.markRead(trx, userId, id, new Date(now())))) throw notifyErrors.error('NOTIFICATION_NOT_FOUND');
      return { unread: await publishInbox(trx, userId) };
    });
  }

  async function markAllRead(userId: string): Promise<{ updated: number; unread: number }> {
    return deps.db.transaction().execute(async (trx) => {
      const updated = await repo.markAllRead(trx, userId, new Date(now()));
      const unread = updated ? await publishInbox(trx, userId) : await repo.unreadCount(userId, trx);
      return { updated, unread };
    });
  }

  // ── preferences ────────────────────────────────────────────────────────

  async function preferences(userId: string) {
    const rows = new Map((await repo.preferences(userId)).map((p) => [p.category, p.channels as Channel[]]));
    return {
      available: available(),
      categories: CATEGORY_KEYS.map((key) => {
        const spec = CATEGORIES[key];
        const locked = 'locked' in spec && spec.locked;
        return {
          key,
          label: { vi: spec.vi, en: spec.en },
          locked,
          defaults: [...spec.defaults],
          channels: locked ? [...spec.defaults] : (rows.get(key) ?? [...spec.defaults]),
        };
      }),
    };
  }

  async function setPreferences(
    userId: string,
    ctx: AuditContext,
    changes: Partial<Record<Category, Channel[]>>,
  ): Promise<Awaited<ReturnType<typeof preferences>>> {
    const entries = Object.entries(changes) as [Category, Channel[]][];
    for (const [key] of entries) {
      const spec = CATEGORIES[key];
      if ('locked' in spec && spec.locked) throw notifyErrors.error('NOTIFY_CATEGORY_LOCKED', { category: key });
    }
    await deps.db.transaction().execute(async (trx) => {
      for (const [key, channels] of entries) await repo.upsertPreference(trx, userId, key, [...new Set(channels)]);
      await deps.audit.record(trx, ctx, {
        action: 'notify.preferences_update',
        targetType: 'user',
        targetId: userId,
        after: changes,
      });
    });
    return preferences(userId);
  }

  // ── web push subscriptions ─────────────────────────────────────────────

  async function subscribePush(
    userId: string,
    ctx: AuditContext,
    sub: { endpoint: string; keys: { p256dh: string; auth: string } },
  ): Promise<{ id: string }> {
    if (!senders.push) throw notifyErrors.error('PUSH_NOT_CONFIGURED');
    assertPushSubscription(sub, deps.options.pushAllowHttp);
    const saved = await repo.savePushSubscription({
      user_id: userId,
      endpoint: sub.endpoint,
      p256dh: sub.keys.p256dh,
      auth: sub.keys.auth,
      user_agent: ctx.userAgent,
    });
    await deps.audit.recordAlone(ctx, {
      action: 'notify.push_subscribe',
      targetType: 'push_subscription',
      targetId: saved.id,
    });
    return saved;
  }

  async function unsubscribePush(userId: string, ctx: AuditContext, endpoint: string): Promise<{ removed: number }> {
    const removed = await repo.deletePushSubscription(userId, endpoint);
    if (removed)
      await deps.audit.recordAlone(ctx, { action: 'notify.push_unsubscribe', targetType: 'user', targetId: userId });
    return { removed };
  }

  // ── delivery log (administrators) ──────────────────────────────────────

  async function listDeliveries(actor: Actor, f: { status?: string; channel?: string; limit: number; offset: number }) {
    assertProvinceAdmin(actor);
    const rows = await repo.listDeliveries(f);
    return rows.map((d) => ({
      id: d.id,
      notificationId: d.notification_id,
      userId: d.user_id,
      channel: d.channel,
      recipient: d.recipient,
      template: d.template,
      status: d.status,
      attempts: d.attempts,
      lastError: d.last_error,
      providerId: d.provider_id,
      createdAt: d.created_at.toISOString(),
      updatedAt: d.updated_at.toISOString(),
      lastAttemptAt: d.last_attempt_at?.toISOString() ?? null,
      sentAt: d.sent_at?.toISOString() ?? null,
    }));
  }

  /** Sends a failed delivery again (after an outage), with a fresh series of retries. */
  async function retryDelivery(actor: Actor, ctx: AuditContext, id: string): Promise<void> {
    assertProvinceAdmin(actor);
    await retry(id, ctx);
  }

  async function retry(id: string, ctx: AuditContext): Promise<void> {
    await deps.db.transaction().execute(async (trx) => {
      if (!(await repo.requeueFailed(trx, id))) {
        throw (await repo.delivery(id))
          ? notifyErrors.error('DELIVERY_NOT_RETRYABLE')
          : notifyErrors.error('DELIVERY_NOT_FOUND');
      }
      await enqueue(trx, [id]);
      await deps.audit.record(trx, ctx, {
        action: 'notify.delivery_retry',
        targetType: 'notification_delivery',
        targetId: id,
      });
    });
  }

  /**
   * The registration code sender of core/auth: email or SMS through notify
   * when that channel is configured, otherwise `fallback` (development: logged).
   */
  function codeSender(fallback: CodeSender): CodeSender {
    return {
      async sendVerificationCode(contact, code, lang) {
        const channel = contact.includes('@') ? 'email' : 'sms';
        if (!senders[channel]) return fallback.sendVerificationCode(contact, code, lang);
        await notify(
          channel === 'email' ? { email: contact, lang } : { phone: contact, lang },
          'auth.verification_code',
          { code },
          [channel],
        );
      },
    };
  }

  return {
    notify,
    available,
    pushPublicKey: () => deps.options.pushPublicKey,
    inbox,
    unreadCount: (userId: string) => repo.unreadCount(userId),
    markRead,
    markAllRead,
    preferences,
    setPreferences,
    subscribePush,
    unsubscribePush,
    listDeliveries,
    retryDelivery,
    /** Retry without an actor: the system, or tests. */
    retrySystem: retry,
    /** Marks failed the deliveries whose last attempt was interrupted (cron `notify.sweep`). */
    sweepInterrupted,
    delivery: repo.delivery,
    deliveriesOf: repo.deliveriesOf,
    codeSender,
  };
}

export type NotifyService = ReturnType<typeof createNotifyService>;
