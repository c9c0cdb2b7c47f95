/**
 * The realtime gateway inside one server: resume after a late commit, the
 * operators' "area served" rule, and the overload limit. (Two processes are
 * covered by test/realtime.test.ts.)
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import WebSocket from 'ws';
import { freePort, sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';
import type { NewEvent } from '../events/index.js';

let server: TestServer;
let wsUrl: string;
let ward: Record<string, string>;

before(async () => {
  server = await startTestServer({ REALTIME_MAX_BACKLOG: '50' });
  // The bus refuses types no module declares; this suite publishes its own.
  server.services.bus.declareTypes({ 'test.ping': undefined });
  const port = await freePort();
  await server.app.listen({ port, host: '127.0.0.1' });
  wsUrl = `ws://127.0.0.1:${port}/api/realtime`;
  const units = await server.database.db
    .selectFrom('units')
    .select(['id', 'admin_code'])
    .where('admin_code', 'in', ['25459', '25480'])
    .execute();
  ward = Object.fromEntries(units.map((u) => [u.admin_code!, u.id]));
});
after(() => server.close());

interface Frame {
  type: string;
  reason?: string;
  events?: { seq: number; type: string; aggregateId: string }[];
}

async function connect(caller?: Caller) {
  const ws = new WebSocket(wsUrl, { headers: caller ? { cookie: caller.cookie } : {} });
  const frames: Frame[] = [];
  ws.on('message', (raw) => frames.push(JSON.parse(String(raw)) as Frame));
  await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
  const until = async (pred: (f: Frame) => boolean, ms = 5000) => {
    const end = Date.now() + ms;
    for (;;) {
      const found = frames.find(pred);
      if (found) return found;
      if (Date.now() > end) throw new Error(`no matching frame in ${JSON.stringify(frames).slice(0, 500)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const subscribe = async (topics: string[], lastEventId?: number) => {
    ws.send(JSON.stringify({ type: 'subscribe', topics, lastEventId }));
    await until((f) => f.type === 'subscribed');
  };
  return { ws, frames, until, subscribe };
}

const received = (frames: Frame[]) => frames.flatMap((f) => f.events ?? []);
const hasEvent = (id: string) => (f: Frame) => Boolean(f.events?.some((e) => e.aggregateId === id));

function publicEvent(id: string): NewEvent {
  return { type: 'test.ping', aggregateType: 'test', aggregateId: id, audience: { public: true }, payload: {} };
}

async function publish(...events: NewEvent[]) {
  return server.database.db.transaction().execute(async (trx) => {
    const out = [];
    for (const e of events) out.push(await server.services.bus.publish(trx, e));
    return out;
  });
}

describe('realtime gateway', () => {
  test('a client resuming from its last event id gets an event with a lower seq that committed after it left', async () => {
    const client = await connect();
    await client.subscribe(['test']);
    // T1 takes a seq and stays open; T2 takes a higher one and commits first.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let heldSeq = 0;
    let t1Ran!: () => void;
    const ran = new Promise<void>((r) => (t1Ran = r));
    const t1 = server.database.db.transaction().execute(async (trx) => {
      heldSeq = (await server.services.bus.publish(trx, publicEvent('late-commit'))).seq;
      t1Ran();
      await gate;
    });
    await ran;
    const [early] = await publish(publicEvent('early-commit'));
    assert.ok(heldSeq < early!.seq);
    await client.until(hasEvent('early-commit'));
    const lastSeq = Math.max(...received(client.frames).map((e) => e.seq));
    client.ws.terminate();
    release();
    await t1; // committed while the client was away

    const again = await connect();
    await again.subscribe(['test'], lastSeq);
    await again.until(hasEvent('late-commit'));
    assert.ok(!received(again.frames).some((e) => e.seq === lastSeq), 'the event the client named is not sent again');
    again.ws.close();
  });

  test('an IOC operator receives staff events of the wards the centre serves, live', async () => {
    // trucioc is an operator of the provincial IOC, an agency: the area it serves is the province.
    const operator = await connect(await sessionFor(server, 'trucioc'));
    const otherWardOfficer = await connect(await sessionFor(server, 'cbbinhminh'));
    await operator.subscribe(['reports']);
    await otherWardOfficer.subscribe(['reports']);
    await publish({
      type: 'reports.received',
      aggregateType: 'report',
      aggregateId: 'staff-only-report',
      unitId: ward['25459']!,
      payload: { id: randomUUID(), code: 'PA-1', categoryId: randomUUID(), lat: 10.8, lon: 106.7, channel: 'web' },
    });
    await operator.until(hasEvent('staff-only-report'));
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(!otherWardOfficer.frames.some(hasEvent('staff-only-report')), 'another ward’s officer gets nothing');
    operator.ws.close();
    otherWardOfficer.ws.close();
  });

  test('a ward operator receives staff events of a report of the ward handled by a provincial department', async () => {
    const db = server.database.db;
    const user = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'cbbinhminh')
      .executeTakeFirstOrThrow();
    // cbbinhminh also does IOC duty for ward 25459 (an operator membership on the ward).
    await db
      .insertInto('memberships')
      .values({ user_id: user.id, unit_id: ward['25459']!, role: 'operator' })
      .execute();
    const department = await db
      .selectFrom('units')
      .select('id')
      .where('kind', '=', 'agency')
      .where('name', 'like', 'Sở Xây dựng%')
      .executeTakeFirstOrThrow();
    const wardOperator = await connect(await sessionFor(server, 'cbbinhminh'));
    const wardOfficer = await connect(await sessionFor(server, 'cbtanninh'));
    await wardOperator.subscribe(['reports']);
    await wardOfficer.subscribe(['reports']);
    // reports.updated: a staff event whose payload does not name the place (the check below is textual).
    const handledElsewhere = (id: string, areaUnitId?: string): NewEvent => ({
      type: 'reports.updated',
      aggregateType: 'report',
      aggregateId: id,
      unitId: department.id,
      ...(areaUnitId && { audience: { areaUnitId } }),
      payload: { id: randomUUID(), code: 'PA-2', what: 'comment' },
    });
    await publish(handledElsewhere('no-place'), handledElsewhere('in-the-ward', ward['25459']!));
    await wardOperator.until(hasEvent('in-the-ward'));
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(!wardOperator.frames.some(hasEvent('no-place')), 'without the place, the department is not theirs');
    assert.ok(!wardOfficer.frames.some(hasEvent('in-the-ward')), 'the place counts for operators only');
    assert.ok(!JSON.stringify(wardOperator.frames).includes('areaUnitId'), 'the audience stays on the server');
    wardOperator.ws.close();
    wardOfficer.ws.close();
  });

  test('when more events wait for fan-out than the limit, clients are told to reload and then get events again', async () => {
    const client = await connect();
    await client.subscribe(['test']);
    // One transaction of 500 events arrives in a few big batches: more than REALTIME_MAX_BACKLOG (50).
    await publish(...Array.from({ length: 500 }, (_, i) => publicEvent(`flood-${i}`)));
    const reset = await client.until((f) => f.type === 'reset');
    assert.equal(reset.reason, 'overloaded');
    assert.ok(received(client.frames).length < 500, 'the backlog beyond the limit was dropped');
    await publish(publicEvent('after-the-flood'));
    await client.until(hasEvent('after-the-flood'));
    client.ws.close();
  });

  test('hostile frames get an error or are ignored, and the server keeps serving', async () => {
    const client = await connect();
    for (const frame of ['null', '[]', '42', '"subscribe"']) {
      const before = client.frames.length;
      client.ws.send(frame);
      await client.until((f) => client.frames.indexOf(f) >= before && f.type === 'error');
    }
    // Not a seq: fractional, beyond 2^53, negative — subscribed, no resume, no crash.
    for (const lastEventId of [1.5, 1e19, -3]) {
      client.ws.send(JSON.stringify({ type: 'subscribe', topics: ['test'], lastEventId }));
    }
    await new Promise((r) => setTimeout(r, 200));
    await publish(publicEvent('still-alive'));
    await client.until(hasEvent('still-alive'));
    assert.equal((await server.app.inject({ url: '/healthz' })).statusCode, 200);
    client.ws.close();
  });
});
