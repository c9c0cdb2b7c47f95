import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database } from '../db/index.js';

export type Tx = Kysely<Database>;
type NewDelivery = Insertable<Database['notification_deliveries']>;

/** SQL for the tables core/notify owns: notifications, preferences, push subscriptions, deliveries. */
export function notifyRepo(db: Kysely<Database>) {
  return {
    // inbox
    insertNotification: (trx: Tx, n: Insertable<Database['notifications']>) =>
      trx.insertInto('notifications').values(n).returning(['id', 'created_at']).executeTakeFirstOrThrow(),
    unreadCount: async (userId: string, trx: Tx = db) => {
      const r = await trx
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    listNotifications: (userId: string, f: { unreadOnly: boolean; limit: number; offset: number }) => {
      const base = db
        .selectFrom('notifications')
        .where('user_id', '=', userId)
        .$if(f.unreadOnly, (q) => q.where('read_at', 'is', null));
      return Promise.all([
        base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute(),
        base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ]);
    },
    /** Marks one of the user's notifications read; undefined when it is not theirs (or does not exist). */
    markRead: (trx: Tx, userId: string, id: string, at: Date) =>
      trx
        .updateTable('notifications')
        .set({ read_at: sql<Date>`coalesce(read_at, ${at}::timestamptz)` })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .returning(['id'])
        .executeTakeFirst(),
    markAllRead: async (trx: Tx, userId: string, at: Date) => {
      const r = await trx
        .updateTable('notifications')
        .set({ read_at: at })
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    // preferences
    preferences: (userId: string, trx: Tx = db) =>
      trx
        .selectFrom('notification_preferences')
        .select(['category', 'channels'])
        .where('user_id', '=', userId)
        .execute(),
    upsertPreference: (trx: Tx, userId: string, category: string, channels: string[]) =>
      trx
        .insertInto('notification_preferences')
        .values({ user_id: userId, category, channels })
        .onConflict((oc) => oc.columns(['user_id', 'category']).doUpdateSet({ channels, updated_at: new Date() }))
        .execute(),

    // push subscriptions
    pushSubscriptionsOf: (userId: string, trx: Tx = db) =>
      trx.selectFrom('push_subscriptions').select(['id']).where('user_id', '=', userId).orderBy('created_at').execute(),
    pushSubscription: (id: string) =>
      db.selectFrom('push_subscriptions').selectAll().where('id', '=', id).executeTakeFirst(),
    /** An endpoint belongs to whoever subscribed with it last. */
    savePushSubscription: (s: {
      user_id: string;
      endpoint: string;
      p256dh: string;
      auth: string;
      user_agent: string | null;
    }) =>
      db
        .insertInto('push_subscriptions')
        .values(s)
        .onConflict((oc) =>
          oc
            .column('endpoint')
            .doUpdateSet({ user_id: s.user_id, p256dh: s.p256dh, auth: s.auth, user_agent: s.user_agent }),
        )
        .returning(['id'])
        .executeTakeFirstOrThrow(),
    deletePushSubscription: async (userId: string, endpoint: string) => {
      const r = await db
        .deleteFrom('push_subscriptions')
        .where('user_id', '=', userId)
        .where('endpoint', '=', endpoint)
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    dropPushSubscription: (id: string) => db.deleteFrom('push_subscriptions').where('id', '=', id).execute(),
    pushSucceeded: (id: string) =>
      db.updateTable('push_subscriptions').set({ last_success_at: new Date() }).where('id', '=', id).execute(),

    // deliveries
    insertDeliveries: (trx: Tx, rows: NewDelivery[]) =>
      rows.length
        ? trx.insertInto('notification_deliveries').values(rows).returning(['id', 'channel']).execute()
        : Promise.resolve([]),
    /**
     * Takes a queued delivery for one attempt: counts it and leases it, so a
     * job that runs twice (at-least-once) or concurrently never sends twice.
     */
    claimDelivery: (id: string, leaseSeconds: number) =>
      db
        .updateTable('notification_deliveries')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          locked_until: sql<Date>`now() + make_interval(secs => ${leaseSeconds})`,
          last_attempt_at: sql<Date>`now()`,
          updated_at: sql<Date>`now()`,
        }))
        .where('id', '=', id)
        .where('status', '=', 'queued')
        .where('content', 'is not', null)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', sql<Date>`now()`)]))
        .returningAll()
        .executeTakeFirst(),
    markSent: (id: string, providerId: string | null, eraseContent: boolean) =>
      db
        .updateTable('notification_deliveries')
        .set({
          status: 'sent',
          provider_id: providerId?.slice(0, 500) ?? null,
          last_error: null,
          locked_until: null,
          sent_at: sql<Date>`now()`,
          updated_at: sql<Date>`now()`,
          ...(eraseContent && { content: null }),
        })
        .where('id', '=', id)
        .execute(),
    /** Queued deliveries whose lease lapsed after their last allowed attempt (see sweepInterrupted). */
    interruptedDeliveries: (attempts: number) =>
      db
        .selectFrom('notification_deliveries')
        .select(['id', 'template'])
        .where('status', '=', 'queued')
        .where('attempts', '>=', attempts)
        .where('locked_until', '<', sql<Date>`now()`)
        .limit(1000)
        .execute(),
    /** A failed attempt: back to the queue for the next retry, or failed for good. */
    markAttemptFailed: (id: string, error: string, final: boolean, eraseContent: boolean) =>
      db
        .updateTable('notification_deliveries')
        .set({
          status: final ? 'failed' : 'queued',
          last_error: error.slice(0, 2000),
          locked_until: null,
          updated_at: sql<Date>`now()`,
          ...(eraseContent && { content: null }),
        })
        .where('id', '=', id)
        .execute(),
    delivery: (id: string) =>
      db.selectFrom('notification_deliveries').selectAll().where('id', '=', id).executeTakeFirst(),
    deliveriesOf: (notificationId: string) =>
      db
        .selectFrom('notification_deliveries')
        .selectAll()
        .where('notification_id', '=', notificationId)
        .orderBy('created_at')
        .execute(),
    listDeliveries: (f: { status?: string; channel?: string; limit: number; offset: number }) =>
      db
        .selectFrom('notification_deliveries')
        .select([
          'id',
          'notification_id',
          'user_id',
          'channel',
          'recipient',
          'template',
          'status',
          'attempts',
          'last_error',
          'provider_id',
          'created_at',
          'updated_at',
          'last_attempt_at',
          'sent_at',
        ])
        .$if(Boolean(f.status), (q) => q.where('status', '=', f.status as 'failed'))
        .$if(Boolean(f.channel), (q) => q.where('channel', '=', f.channel as 'email'))
        .orderBy('created_at', 'desc')
        .limit(f.limit)
        .offset(f.offset)
        .execute(),
    /** A failed delivery whose content is still kept goes back to the queue. */
    requeueFailed: (trx: Tx, id: string) =>
      trx
        .updateTable('notification_deliveries')
        .set({ status: 'queued', locked_until: null, updated_at: sql<Date>`now()` })
        .where('id', '=', id)
        .where('status', '=', 'failed')
        .where('content', 'is not', null)
        .returning(['id'])
        .executeTakeFirst(),
  };
}

export type NotifyRepo = ReturnType<typeof notifyRepo>;
