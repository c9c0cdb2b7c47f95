import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import type { DomainEvent } from './events.types.js';

interface EventRow {
  id: number;
  event_id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  unit_id: string | null;
  audience: unknown;
  payload: unknown;
  actor_id: string | null;
  created_at: Date;
}

/**
 * A stored event. Its payload passed its schema when it was published (the bus refuses
 * any other), so the row is trusted to pair its type and payload as the catalogue says.
 */
export function toDomainEvent(r: EventRow): DomainEvent {
  return {
    seq: Number(r.id),
    id: r.event_id,
    type: r.type,
    aggregateType: r.aggregate_type,
    aggregateId: r.aggregate_id,
    unitId: r.unit_id,
    audience: (r.audience ?? {}) as DomainEvent['audience'],
    payload: r.payload ?? {},
    actorId: r.actor_id,
    createdAt: new Date(r.created_at).toISOString(),
  } as DomainEvent;
}

export interface ClaimedDelivery {
  event_seq: number;
  subscriber: string;
  attempts: number;
}

export function eventsRepo(db: Kysely<Database>) {
  return {
    insertEvent: (
      trx: Kysely<Database>,
      e: Omit<EventRow, 'id' | 'event_id' | 'created_at' | 'audience' | 'payload'> & {
        audience: string;
        payload: string;
      },
    ) => trx.insertInto('outbox_events').values(e).returningAll().executeTakeFirstOrThrow() as Promise<EventRow>,
    insertDeliveries: (
      trx: Kysely<Database>,
      rows: { event_seq: number; subscriber: string; aggregate_key: string }[],
    ) => (rows.length ? trx.insertInto('outbox_deliveries').values(rows).execute() : Promise.resolve([])),
    notify: (trx: Kysely<Database>, channel: string, payload: string) =>
      sql`SELECT pg_notify(${channel}, ${payload})`.execute(trx),
    eventsBySeq: async (seqs: number[]) =>
      (
        (await db.selectFrom('outbox_events').selectAll().where('id', 'in', seqs).orderBy('id').execute()) as EventRow[]
      ).map(toDomainEvent),
    eventsAfter: async (seq: number, limit: number) =>
      (
        (await db
          .selectFrom('outbox_events')
          .selectAll()
          .where('id', '>', seq)
          .orderBy('id')
          .limit(limit)
          .execute()) as EventRow[]
      ).map(toDomainEvent),
    /**
     * What a reader whose last event was `seq` may not have seen: everything
     * after it, and the events of transactions that were still running when
     * `seq` was written (they took lower seqs but committed later; see
     * migration 0011). Ordered by seq; the reader drops the ones it has.
     */
    eventsSince: async (seq: number, limit: number) => {
      const { rows } = await sql<EventRow>`
        SELECT * FROM (
          SELECT * FROM outbox_events WHERE id > ${seq}
          UNION ALL
          SELECT e.* FROM outbox_events e
           WHERE e.id < ${seq}
             AND e.xid >= (SELECT l.horizon FROM outbox_events l WHERE l.id = ${seq})
        ) s
        ORDER BY id
        LIMIT ${limit}`.execute(db);
      return rows.map(toDomainEvent);
    },
    latestSeq: async () => {
      const r = await db
        .selectFrom('outbox_events')
        .select((eb) => eb.fn.max('id').as('max'))
        .executeTakeFirst();
      return Number(r?.max ?? 0);
    },
    /**
     * Leases due deliveries: each is the oldest pending one of its subscriber and
     * aggregate, so a subscriber sees one aggregate's events in order. The lease
     * (next_attempt_at pushed forward) makes a crashed worker's rows come back.
     */
    claimDue: async (limit: number, leaseSeconds: number, subscribers: string[]): Promise<ClaimedDelivery[]> => {
      const { rows } = await sql<ClaimedDelivery>`
        UPDATE outbox_deliveries d
           SET attempts = d.attempts + 1,
               next_attempt_at = now() + make_interval(secs => ${leaseSeconds}),
               updated_at = now()
         WHERE (d.event_seq, d.subscriber) IN (
           SELECT c.event_seq, c.subscriber FROM outbox_deliveries c
            WHERE c.status = 'pending' AND c.next_attempt_at <= now()
              AND c.subscriber = ANY(${subscribers}::text[])
              AND NOT EXISTS (
                SELECT 1 FROM outbox_deliveries p
                 WHERE p.subscriber = c.subscriber AND p.aggregate_key = c.aggregate_key
                   AND p.status = 'pending' AND p.event_seq < c.event_seq)
            ORDER BY c.event_seq
            LIMIT ${limit}
            FOR UPDATE SKIP LOCKED)
        RETURNING d.event_seq, d.subscriber, d.attempts`.execute(db);
      return rows.map((r) => ({ ...r, event_seq: Number(r.event_seq) }));
    },
    markDone: (items: { event_seq: number; subscriber: string }[]) =>
      items.length === 0
        ? Promise.resolve()
        : sql`UPDATE outbox_deliveries SET status = 'done', last_error = NULL, updated_at = now()
               WHERE (event_seq, subscriber) IN (${sql.join(items.map((i) => sql`(${i.event_seq}::bigint, ${i.subscriber})`))})`
            .execute(db)
            .then(() => undefined),
    markFailed: (
      item: { event_seq: number; subscriber: string },
      error: string,
      dead: boolean,
      retryInSeconds: number,
    ) =>
      db
        .updateTable('outbox_deliveries')
        .set({
          status: dead ? 'dead' : 'pending',
          last_error: error.slice(0, 2000),
          next_attempt_at: sql<Date>`now() + make_interval(secs => ${retryInSeconds})`,
          updated_at: new Date(),
        })
        .where('event_seq', '=', item.event_seq)
        .where('subscriber', '=', item.subscriber)
        .execute(),
    deadLetters: (limit: number) =>
      db
        .selectFrom('outbox_deliveries as d')
        .innerJoin('outbox_events as e', 'e.id', 'd.event_seq')
        .select([
          'd.event_seq',
          'd.subscriber',
          'd.attempts',
          'd.last_error',
          'd.updated_at',
          'e.type',
          'e.aggregate_type',
          'e.aggregate_id',
          'e.payload',
        ])
        .where('d.status', '=', 'dead')
        .orderBy('d.updated_at', 'desc')
        .limit(limit)
        .execute(),
    retryDead: (seq: number, subscriber: string) =>
      db
        .updateTable('outbox_deliveries')
        .set({ status: 'pending', attempts: 0, next_attempt_at: new Date(), updated_at: new Date() })
        .where('event_seq', '=', seq)
        .where('subscriber', '=', subscriber)
        .where('status', '=', 'dead')
        .executeTakeFirst(),
  };
}

export type EventsRepo = ReturnType<typeof eventsRepo>;
