import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { eventually, freshDatabase, type TestDatabase } from '../../../test/support.js';
import { createEventBus, type EventBus } from './event-bus.js';
import type { DomainEvent, NewEvent } from './events.types.js';

let database: TestDatabase;
const buses: EventBus[] = [];
const logger = pino({ level: 'silent' });

before(async () => {
  database = await freshDatabase();
});
after(async () => {
  for (const b of buses) await b.stop();
  await database.drop();
});

function newBus(): EventBus {
  const bus = createEventBus({ db: database.db, url: database.url, logger });
  buses.push(bus);
  return bus;
}

const until = <T>(check: Parameters<typeof eventually<T>>[0], ms = 5000) => eventually(check, ms);

const event = (aggregateId: string, n: number): NewEvent<'test.happened'> => ({
  type: 'test.happened',
  aggregateType: 'thing',
  aggregateId,
  payload: { n },
});

describe('transactional outbox', () => {
  test('an event is delivered only if its transaction commits', async () => {
    const bus = newBus();
    const seen: DomainEvent[] = [];
    bus.subscribe('collector', ['test.*'], async (e) => {
      seen.push(e);
    });
    const heard: DomainEvent[] = [];
    bus.onBroadcast((es) => heard.push(...es));
    await bus.start();
    await assert.rejects(
      database.db.transaction().execute(async (trx) => {
        await bus.publish(trx, event('rolled-back', 1));
        throw new Error('abort');
      }),
    );
    await database.db.transaction().execute((trx) => bus.publish(trx, event('committed', 2)));
    await until(() => seen.length === 1 && heard.length === 1);
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(
      seen.map((e) => e.aggregateId),
      ['committed'],
    );
    assert.deepEqual(
      heard.map((e) => e.aggregateId),
      ['committed'],
    );
    await bus.stop();
  });

  test('one aggregate’s events reach a subscriber in commit order; a failing handler blocks nobody else and ends in the dead-letter view', async () => {
    const bus = newBus();
    const order: number[] = [];
    const others: number[] = [];
    let failures = 0;
    bus.subscribe('ordered', ['test.happened'], async (e) => {
      if (e.aggregateId === 'a') order.push(e.payload.n as number);
    });
    bus.subscribe(
      'fragile',
      ['test.happened'],
      async (e) => {
        if (e.aggregateId === 'poison') {
          failures++;
          throw new Error('cannot handle poison');
        }
        others.push(e.payload.n as number);
      },
      { maxAttempts: 2 },
    );
    await bus.start();
    for (let n = 1; n <= 30; n++) {
      await database.db
        .transaction()
        .execute((trx) => bus.publish(trx, event(n === 10 ? 'poison' : n % 3 === 0 ? 'a' : `b${n}`, n)));
    }
    await until(() => order.length === 10 && others.length === 29);
    assert.deepEqual(order, [3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
    // The poisoned delivery is retried with backoff, then dead-lettered with its error.
    await database.pool.query(`UPDATE outbox_deliveries SET next_attempt_at = now() WHERE status = 'pending'`);
    await bus.dispatchNow();
    await until(() => failures >= 2);
    const dead = await bus.deadLetters();
    assert.equal(dead.length, 1);
    assert.equal(dead[0]!.subscriber, 'fragile');
    assert.match(String(dead[0]!.last_error), /cannot handle poison/);
    assert.equal(await bus.retryDead(Number(dead[0]!.event_seq), 'fragile'), true);
    await until(() => failures >= 3);
    await bus.stop();
  });

  test('an event committed before a crash is dispatched when the next process starts', async () => {
    const crashed = newBus();
    crashed.subscribe('mailer', ['test.crash'], async () => undefined);
    // Published and committed, but this process "dies" before it ever dispatches.
    await database.db
      .transaction()
      .execute((trx) =>
        crashed.publish(trx, { type: 'test.crash', aggregateType: 'thing', aggregateId: 'x', payload: { n: 1 } }),
      );
    const restarted = newBus();
    const handled: string[] = [];
    restarted.subscribe('mailer', ['test.crash'], async (e) => {
      handled.push(e.id);
    });
    await restarted.start();
    await until(() => handled.length === 1);
    await restarted.stop();
  });

  test('after the LISTEN connection drops, events committed meanwhile are caught up', async () => {
    const bus = newBus();
    const heard: string[] = [];
    bus.onBroadcast((es) => heard.push(...es.map((e) => e.aggregateId)));
    await bus.start();
    await bus.dropListenConnection();
    const writer = newBus();
    await database.db.transaction().execute((trx) => writer.publish(trx, event('while-away', 1)));
    await until(() => heard.includes('while-away'), 8000);
    await database.db.transaction().execute((trx) => writer.publish(trx, event('after', 2)));
    await until(() => heard.includes('after'));
    assert.equal(heard.filter((h) => h === 'while-away').length, 1, 'no duplicate after catch-up');
    await bus.stop();
  });

  test('catch-up after a LISTEN drop includes an event with a lower seq whose transaction committed late', async () => {
    const bus = newBus();
    const heard: { seq: number; id: string }[] = [];
    bus.onBroadcast((es) => heard.push(...es.map((e) => ({ seq: e.seq, id: e.aggregateId }))));
    await bus.start();
    const writer = newBus();
    // T1 takes its seq first and stays open; T2 takes a higher seq and commits first.
    const { held, release, done } = holdOpenTransaction((trx) => writer.publish(trx, event('late', 1)));
    const early = await held;
    const later = await database.db.transaction().execute((trx) => writer.publish(trx, event('early', 2)));
    assert.ok(early.seq < later.seq);
    await until(() => heard.some((h) => h.id === 'early'));
    await bus.dropListenConnection();
    release(); // T1 commits while nobody listens
    await done;
    await until(() => heard.some((h) => h.id === 'late'), 8000);
    assert.equal(heard.filter((h) => h.id === 'early').length, 1, 'the replayed window is not emitted twice');
    await bus.stop();
  });

  test('an event too big for NOTIFY keeps its place among the small events of its batch', async () => {
    const bus = newBus();
    const heard: string[] = [];
    bus.onBroadcast((es) => heard.push(...es.map((e) => e.aggregateId)));
    await bus.start();
    const writer = newBus();
    await database.db.transaction().execute(async (trx) => {
      await writer.publish(trx, event('small-1', 1));
      await writer.publish(trx, { ...event('big', 2), payload: { n: 2, text: 'x'.repeat(10_000) } });
      await writer.publish(trx, event('small-2', 3));
    });
    await database.db.transaction().execute((trx) => writer.publish(trx, event('next-transaction', 4)));
    await until(() => heard.length >= 4);
    assert.deepEqual(heard, ['small-1', 'big', 'small-2', 'next-transaction']);
    await bus.stop();
  });
});

/** Runs `work` in a transaction that commits only when release() is called; `held` resolves once it ran. */
function holdOpenTransaction<T>(work: (trx: TestDatabase['db']) => Promise<T>) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let ran!: (v: T) => void;
  let failed!: (err: unknown) => void;
  const held = new Promise<T>((resolve, reject) => ((ran = resolve), (failed = reject)));
  const done = database.db
    .transaction()
    .execute(async (trx) => {
      const out = await work(trx);
      ran(out);
      await gate;
      return out;
    })
    .catch((err: unknown) => {
      failed(err);
      throw err;
    });
  return { held, release, done };
}
