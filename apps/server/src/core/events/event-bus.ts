import pg from 'pg';
import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/index.js';
import { isDatabaseUnavailable } from '../http/index.js';
import { eventsRepo } from './events.repo.js';
import type { EventPattern, EventType, MatchingType } from '@vioc/contracts';
import { typeMatches, type DomainEvent, type EventHandler, type NewEvent, type Subscription } from './events.types.js';

export const EVENTS_CHANNEL = 'vioc_events';
// NOTIFY payloads are limited to 8000 bytes; bigger events travel as their seq only.
const MAX_NOTIFY_BYTES = 7800;
const LEASE_SECONDS = 60;
const BATCH = 200;
const POLL_MS = 1000;
const CATCH_UP_PAGE = 1000;

/** What the bus needs of a payload schema (zod's safeParse). */
export interface PayloadSchema {
  safeParse(
    v: unknown,
  ): { success: true } | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } };
}

/** Publishing an undeclared type or a payload that breaks its schema: a programming error, nothing is written. */
export class EventRejected extends Error {
  override readonly name = 'EventRejected';
  constructor(
    readonly type: string,
    reason: string,
  ) {
    super(`event ${type}: ${reason}`);
  }
}

export type BroadcastListener = (events: DomainEvent[]) => void;

/**
 * Transactional outbox. publish() writes the event, one delivery row per
 * matching subscriber and a NOTIFY, all in the caller's transaction: nothing
 * is announced that was not saved, nothing saved is lost. A dispatcher in every
 * process leases due deliveries (SKIP LOCKED), runs handlers at least once,
 * retries with backoff and dead-letters after maxAttempts. Every process hears
 * every committed event through LISTEN and, after a reconnect, catches up from
 * the table.
 */
export function createEventBus(deps: { db: Kysely<Database>; url: string; logger: FastifyBaseLogger }) {
  const repo = eventsRepo(deps.db);
  const subscriptions: Subscription[] = [];
  const listeners = new Set<BroadcastListener>();
  let listenClient: pg.Client | undefined;
  let lastSeq = 0;
  const recent = new Set<number>();
  let running = false;
  let dispatching = false;
  let again = false;
  let pollTimer: NodeJS.Timeout | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;

  /** Event types declared by the running modules, with their payload schemas; empty = not checked (bare bus). */
  const declared = new Map<string, PayloadSchema | undefined>();
  function declareTypes(types: Readonly<Record<string, PayloadSchema | undefined>>): void {
    for (const [t, schema] of Object.entries(types)) declared.set(t, schema);
  }
  /** An unknown type or a payload that breaks its schema is a programming error: refuse before writing. */
  function checkDeclared(e: { type: string; payload: unknown }): void {
    if (declared.size === 0) return;
    if (!declared.has(e.type)) throw new EventRejected(e.type, 'the type is not declared by any running module');
    const result = declared.get(e.type)?.safeParse(e.payload);
    if (result && !result.success) {
      const issues = result.error.issues.map((i) => `${i.path.map(String).join('.') || '(payload)'}: ${i.message}`);
      throw new EventRejected(e.type, `the payload does not match its schema: ${issues.join('; ')}`);
    }
  }

  /** Handles the types `types` match; the handler gets their payloads typed (`reports.*`: every reports event). */
  function subscribe<const P extends EventPattern>(
    name: string,
    types: readonly P[],
    handler: EventHandler<MatchingType<P>>,
    opts: { maxAttempts?: number } = {},
  ): void {
    if (subscriptions.some((s) => s.name === name)) throw new Error(`subscriber ${name} is already registered`);
    // Erased for the list: dispatch only hands this handler events whose type `types` match.
    const erased = handler as unknown as EventHandler;
    subscriptions.push({ name, types, handler: erased, maxAttempts: opts.maxAttempts ?? 8 });
  }

  /**
   * Writes the event in `trx`. Typed by its type: the payload must be that type's
   * (@vioc/contracts' catalogue); at run time the declared schema checks it again.
   */
  async function publish<T extends EventType>(trx: Kysely<Database>, e: NewEvent<T>): Promise<DomainEvent<T>> {
    checkDeclared(e);
    const row = await repo.insertEvent(trx, {
      type: e.type,
      aggregate_type: e.aggregateType,
      aggregate_id: e.aggregateId,
      unit_id: e.unitId ?? null,
      audience: JSON.stringify(e.audience ?? {}),
      payload: JSON.stringify(e.payload),
      actor_id: e.actorId ?? null,
    });
    // The same pairing of type and payload as `e`, which the compiler cannot follow through the spread union.
    const event = {
      seq: Number(row.id),
      id: row.event_id,
      type: e.type,
      aggregateType: e.aggregateType,
      aggregateId: e.aggregateId,
      unitId: e.unitId ?? null,
      audience: e.audience ?? {},
      payload: e.payload,
      actorId: e.actorId ?? null,
      createdAt: new Date(row.created_at).toISOString(),
    } as DomainEvent<T>;
    const aggregateKey = `${e.aggregateType}:${e.aggregateId}`;
    await repo.insertDeliveries(
      trx,
      subscriptions
        .filter((s) => typeMatches(s.types, e.type))
        .map((s) => ({ event_seq: event.seq, subscriber: s.name, aggregate_key: aggregateKey })),
    );
    const full = JSON.stringify(event);
    await repo.notify(
      trx,
      EVENTS_CHANNEL,
      Buffer.byteLength(full) <= MAX_NOTIFY_BYTES ? full : JSON.stringify({ seq: event.seq }),
    );
    return event;
  }

  function onBroadcast(listener: BroadcastListener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  function emit(events: DomainEvent[]): void {
    const fresh = events.filter((e) => !recent.has(e.seq));
    if (!fresh.length) return;
    for (const e of fresh) {
      recent.add(e.seq);
      if (e.seq > lastSeq) lastSeq = e.seq;
    }
    // Remember a window of seen seqs so a catch-up after reconnect does not repeat them.
    if (recent.size > 20_000) for (const s of [...recent].slice(0, 10_000)) recent.delete(s);
    for (const l of listeners) {
      try {
        l(fresh);
      } catch (err) {
        deps.logger.error({ err }, 'broadcast listener failed');
      }
    }
  }

  // Notifications arrive in commit order. Emits run one after the other so a
  // batch that must load its big events (sent as a seq only) is not overtaken
  // by the next batch, and big events keep their place inside their batch.
  let emitting: Promise<void> = Promise.resolve();
  function enqueueEmit(load: () => Promise<DomainEvent[]>): Promise<void> {
    emitting = emitting
      .then(load)
      .then(emit)
      .catch((err: unknown) => deps.logger.error({ err }, 'could not load notified events'));
    return emitting;
  }

  let batch: (DomainEvent | { seq: number })[] = [];
  let flushScheduled = false;
  function onNotification(payload: string | undefined): void {
    if (!payload) return;
    batch.push(JSON.parse(payload) as DomainEvent | { seq: number });
    wakeDispatcher();
    if (flushScheduled) return;
    flushScheduled = true;
    // Events that arrive in one turn of the loop are delivered together.
    setImmediate(() => {
      flushScheduled = false;
      const items = batch;
      batch = [];
      void enqueueEmit(async () => {
        const big = items.filter((i) => !('id' in i)).map((i) => i.seq);
        if (!big.length) return items as DomainEvent[];
        const loaded = new Map((await repo.eventsBySeq(big)).map((e) => [e.seq, e]));
        return items.flatMap((i) => ('id' in i ? [i] : loaded.has(i.seq) ? [loaded.get(i.seq)!] : []));
      });
    });
  }

  /**
   * LISTEN, then catch up from `lastSeq`. The first connection of a process has no
   * past to catch up: it starts from the newest event, read after LISTEN so
   * nothing committed in between is lost.
   */
  async function connectListener(first = false): Promise<void> {
    const client = new pg.Client({ connectionString: deps.url, application_name: 'vioc-listen' });
    client.on('notification', (msg) => onNotification(msg.payload));
    client.on('error', (err) => deps.logger.warn({ err }, 'event listener connection error'));
    client.on('end', () => {
      if (listenClient === client) listenClient = undefined;
      if (running) scheduleReconnect();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
      listenClient = client;
      if (first) lastSeq = Math.max(lastSeq, await repo.latestSeq());
      else await catchUp();
    } catch (err) {
      // The database went away again half-way: drop this client so the retry does not leave a
      // second LISTEN connection behind; the next attempt catches up from the same lastSeq.
      if (listenClient === client) listenClient = undefined;
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      throw err;
    }
  }

  function scheduleReconnect(): void {
    if (reconnectTimer) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      connectListener().catch((err: unknown) => {
        deps.logger.warn({ err }, 'event listener reconnect failed');
        scheduleReconnect();
      });
    }, 1000);
  }

  /**
   * After (re)connecting: everything committed since the last event seen,
   * including events with a lower seq whose transaction committed late
   * (eventsSince); `recent` drops the ones already emitted.
   */
  async function catchUp(): Promise<void> {
    let page = await repo.eventsSince(lastSeq, CATCH_UP_PAGE);
    for (;;) {
      const events = page;
      await enqueueEmit(() => Promise.resolve(events));
      if (events.length < CATCH_UP_PAGE) return;
      page = await repo.eventsAfter(events.at(-1)!.seq, CATCH_UP_PAGE);
    }
  }

  function wakeDispatcher(): void {
    if (!running) return;
    if (dispatching) {
      again = true;
      return;
    }
    void dispatch();
  }

  async function dispatch(): Promise<void> {
    dispatching = true;
    try {
      do {
        again = false;
        if (!subscriptions.length) break;
        // Only this process's own subscribers: during a rolling deploy an older
        // process must not take deliveries meant for code it does not have.
        const claimed = await repo.claimDue(
          BATCH,
          LEASE_SECONDS,
          subscriptions.map((s) => s.name),
        );
        if (!claimed.length) break;
        const events = new Map(
          (await repo.eventsBySeq([...new Set(claimed.map((c) => c.event_seq))])).map((e) => [e.seq, e]),
        );
        const done: { event_seq: number; subscriber: string }[] = [];
        // Deliveries of different subscribers run concurrently; one aggregate's
        // events reach a subscriber in order because claimDue hands out only
        // the oldest pending one per aggregate.
        await Promise.all(
          claimed.map(async (c) => {
            const sub = subscriptions.find((s) => s.name === c.subscriber);
            const event = events.get(c.event_seq);
            if (!sub || !event) return;
            try {
              await sub.handler(event);
              done.push(c);
            } catch (err) {
              const dead = c.attempts >= sub.maxAttempts;
              const delay = Math.min(2 ** c.attempts, 600);
              deps.logger.warn(
                { err, subscriber: sub.name, seq: c.event_seq, attempts: c.attempts, dead },
                'event handler failed',
              );
              await repo.markFailed(c, err instanceof Error ? (err.stack ?? err.message) : String(err), dead, delay);
            }
          }),
        );
        await repo.markDone(done);
        if (claimed.length === BATCH) again = true;
      } while (again && running);
    } catch (err) {
      // The next poll retries; an unreachable database is an outage already reported elsewhere.
      if (isDatabaseUnavailable(err)) deps.logger.warn({ error: (err as Error).message }, 'event dispatch paused');
      else deps.logger.error({ err }, 'event dispatch failed');
    } finally {
      dispatching = false;
    }
  }

  async function start(): Promise<void> {
    running = true;
    await connectListener(true);
    pollTimer = setInterval(wakeDispatcher, POLL_MS);
    pollTimer.unref();
    wakeDispatcher();
  }

  async function stop(): Promise<void> {
    running = false;
    if (pollTimer) clearInterval(pollTimer);
    if (reconnectTimer) clearTimeout(reconnectTimer);
    const c = listenClient;
    listenClient = undefined;
    await c?.end().catch(() => undefined);
    while (dispatching) await new Promise((r) => setTimeout(r, 20));
  }

  return {
    subscribe,
    declareTypes,
    publish,
    onBroadcast,
    start,
    stop,
    /** Runs one dispatch pass now (tests; admin "retry"). */
    dispatchNow: async () => {
      while (dispatching) await new Promise((r) => setTimeout(r, 10));
      await dispatch();
    },
    deadLetters: (limit = 100) => repo.deadLetters(limit),
    retryDead: async (seq: number, subscriber: string) => {
      const r = await repo.retryDead(seq, subscriber);
      wakeDispatcher();
      return Number(r.numUpdatedRows) > 0;
    },
    /** For tests: drop the LISTEN connection as a network failure would. */
    dropListenConnection: async () => {
      await listenClient?.end();
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;
