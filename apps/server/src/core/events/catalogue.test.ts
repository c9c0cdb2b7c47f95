/**
 * The event catalogue (@vioc/contracts): publish and subscribe are typed by
 * the event's name, and the bus checks the same schemas at run time. The
 * `@ts-expect-error` lines are the compile-time half: `npm run typecheck`
 * fails if any of them stops being an error.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { eventSchemas, reportsEvents } from '@vioc/contracts';
import pino from 'pino';
import { z } from 'zod';
import { freshDatabase, type TestDatabase } from '../../../test/support.js';
import { defineModule, moduleRef, subscriber } from '../platform/index.js';
import { createEventBus, EventRejected, type EventBus } from './event-bus.js';

let database: TestDatabase;
let bus: EventBus;

before(async () => {
  database = await freshDatabase();
  bus = createEventBus({ db: database.db, url: database.url, logger: pino({ level: 'silent' }) });
  bus.declareTypes(eventSchemas);
});
after(() => database.drop());

const received = () => ({
  type: 'reports.received' as const,
  aggregateType: 'report',
  aggregateId: randomUUID(),
  payload: { id: randomUUID(), code: 'PA-1', categoryId: randomUUID(), lat: 10.8, lon: 106.7, channel: 'web' as const },
});

async function outboxCount(): Promise<number> {
  const r = await database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_events');
  return r.rows[0]!.n;
}

describe('the event catalogue at run time', () => {
  test('a declared type with a payload that fits its schema is written', async () => {
    const before_ = await outboxCount();
    const e = await database.db.transaction().execute((trx) => bus.publish(trx, received()));
    assert.equal(e.type, 'reports.received');
    assert.equal(e.payload.channel, 'web');
    assert.equal(await outboxCount(), before_ + 1);
  });

  test('an unknown type or a wrong payload is refused, naming the type and the issue; nothing is written', async () => {
    const before_ = await outboxCount();
    const publish = (e: unknown) =>
      // Typed as `never` on purpose: these events are what the compiler refuses (see below).
      database.db.transaction().execute((trx) => bus.publish(trx, e as never));
    await assert.rejects(publish({ ...received(), type: 'reports.vanished' }), (err: unknown) => {
      assert.ok(err instanceof EventRejected);
      assert.equal(err.type, 'reports.vanished');
      assert.match(err.message, /^event reports\.vanished: the type is not declared by any running module$/);
      return true;
    });
    const wrong = { ...received(), payload: { ...received().payload, channel: 'fax', extra: 1 } };
    await assert.rejects(publish(wrong), (err: unknown) => {
      assert.ok(err instanceof EventRejected);
      assert.match(err.message, /^event reports\.received: the payload does not match its schema: /);
      assert.match(err.message, /channel: /, 'names the field at fault');
      assert.match(err.message, /extra/, 'and the key no schema knows');
      return true;
    });
    assert.equal(await outboxCount(), before_);
  });
});

describe('the event catalogue at compile time', () => {
  test('the type-level checks below are compiled (npm run typecheck), never run', () => {
    assert.equal(typeof compileTimeChecks, 'function');
  });
});

/** Never called: each `@ts-expect-error` must stay an error, or the typecheck fails. */
function compileTimeChecks(trx: TestDatabase['db']): void {
  const base = { aggregateType: 'report', aggregateId: 'x' };
  // @ts-expect-error -- an event type no catalogue declares
  void bus.publish(trx, { ...base, type: 'reports.vanished', payload: {} });
  // @ts-expect-error -- the payload of another type (reports.updated's)
  void bus.publish(trx, { ...base, type: 'reports.received', payload: { id: 'x', code: 'c', what: 'comment' } });
  // @ts-expect-error -- a field of the wrong type
  void bus.publish(trx, { ...received(), payload: { ...received().payload, lat: '10.8' } });

  // @ts-expect-error -- a pattern that matches nothing in the catalogue
  bus.subscribe('nobody', ['weather.*'], async () => undefined);
  bus.subscribe('typed', ['reports.overdue'], async (e) => {
    const due: string = e.payload.dueAt; // typed by the pattern: reports.overdue's payload
    // @ts-expect-error -- reports.overdue carries no channel
    void e.payload.channel;
    void due;
  });
  bus.subscribe('domain', ['reports.*'], async (e) => {
    // Narrowing on the type narrows the payload.
    if (e.type === 'reports.updated')
      void (e.payload.what satisfies 'assignee' | 'info' | 'extension' | 'checklist' | 'comment');
  });
  subscriber({
    name: 'declared',
    types: ['org.unit_updated'],
    handler: async (e) => void (e.payload.changes satisfies Record<string, unknown>),
  });

  const wrong = { ref: moduleRef<object>('wrong'), description: 'declares events wrongly', init: () => ({}) };
  defineModule({
    ...wrong,
    events: {
      'reports.received': reportsEvents['reports.received'],
      // @ts-expect-error -- a schema whose payload is not the catalogue's for this type
      'reports.overdue': z.object({ id: z.string() }),
    },
  });
  // @ts-expect-error -- a type the catalogue does not have
  defineModule({ ...wrong, events: { 'reports.vanished': z.object({}) } });
}
