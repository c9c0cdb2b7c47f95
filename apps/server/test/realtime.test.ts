/**
 * Realtime across processes: the publisher (a spawned server process) and the
 * subscribers (this process's server) share one database; events travel
 * through the outbox and LISTEN/NOTIFY, and each socket receives only what its
 * user may see.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import WebSocket from 'ws';
import { freePort, sessionFor, startTestServer, type Caller, type TestServer } from './support.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

let subscriberSide: TestServer;
let publisher: ChildProcess;
let publisherUrl: string;
let subscriberUrl: string;
let admin: Caller;
const ids: Record<string, string> = {};

async function waitReady(url: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error(`${url} not ready`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

before(async () => {
  subscriberSide = await startTestServer();
  const port = await freePort();
  await subscriberSide.app.listen({ port, host: '127.0.0.1' });
  subscriberUrl = `http://127.0.0.1:${port}`;
  const pubPort = await freePort();
  publisherUrl = `http://127.0.0.1:${pubPort}`;
  publisher = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: subscriberSide.database.url,
      PORT: String(pubPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      WEB_DIST: '/nonexistent',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitReady(publisherUrl);
  admin = await sessionFor(subscriberSide, 'admin');
  const units = await subscriberSide.database.db
    .selectFrom('units')
    .select(['id', 'admin_code'])
    .where('admin_code', 'in', ['25459', '25480'])
    .execute();
  for (const u of units) ids[u.admin_code!] = u.id;
});

after(async () => {
  publisher?.kill('SIGTERM');
  await new Promise((r) => publisher?.once('exit', r));
  await subscriberSide.close();
});

interface Frame {
  type: string;
  events?: { seq: number; type: string; unitId: string; payload: { changes: Record<string, unknown> } }[];
}

async function connect(
  caller?: Caller,
): Promise<{ ws: WebSocket; frames: Frame[]; next: (pred: (f: Frame) => boolean, ms?: number) => Promise<Frame> }> {
  const ws = new WebSocket(`${subscriberUrl.replace('http', 'ws')}/api/realtime`, {
    headers: caller ? { cookie: caller.cookie } : {},
  });
  const frames: Frame[] = [];
  const waiters: { pred: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
  ws.on('message', (raw) => {
    const f = JSON.parse(String(raw)) as Frame;
    frames.push(f);
    for (const w of [...waiters])
      if (w.pred(f)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(f);
      }
  });
  await new Promise((r, j) => {
    ws.once('open', r);
    ws.once('error', j);
  });
  const next = (pred: (f: Frame) => boolean, ms = 5000) =>
    new Promise<Frame>((resolve, reject) => {
      const found = frames.find(pred);
      if (found) return resolve(found);
      const t = setTimeout(() => reject(new Error('no matching frame')), ms);
      waiters.push({ pred, resolve: (f) => (clearTimeout(t), resolve(f)) });
    });
  return { ws, frames, next };
}

async function setPhone(unitCode: string, phone: string): Promise<void> {
  const res = await fetch(`${publisherUrl}/api/units/${ids[unitCode]}`, {
    method: 'PATCH',
    headers: { ...admin.headers(), 'content-type': 'application/json' },
    body: JSON.stringify({ phone }),
  });
  assert.equal(res.status, 200, await res.text());
}

const phoneEvent = (phone: string) => (f: Frame) =>
  f.type === 'events' && Boolean(f.events?.some((e) => e.payload.changes.phone === phone));

describe('realtime gateway across two server processes', () => {
  test('an event published by one process reaches a permitted subscriber of the other, filtered by scope', async () => {
    const officerA = await connect(await sessionFor(subscriberSide, 'cbtanninh'));
    const anonymous = await connect();
    for (const c of [officerA, anonymous]) {
      c.ws.send(JSON.stringify({ type: 'subscribe', topics: ['org'] }));
      await c.next((f) => f.type === 'subscribed');
    }
    await setPhone('25480', '0276 111 111'); // ward B: not the officer's
    await setPhone('25459', '0276 222 222'); // ward A: the officer's
    const got = await officerA.next(phoneEvent('0276 222 222'));
    assert.equal(got.events![0]!.type, 'org.unit_updated');
    assert.equal(got.events![0]!.unitId, ids['25459']);
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(!officerA.frames.some(phoneEvent('0276 111 111')), 'ward B’s event is not sent to ward A’s officer');
    assert.ok(!anonymous.frames.some((f) => f.type === 'events'), 'nothing internal reaches an anonymous socket');
    assert.ok(!JSON.stringify(officerA.frames).includes('audience'), 'routing details stay on the server');
    officerA.ws.close();
    anonymous.ws.close();
  });

  test('a client that reconnects with its last event id receives what it missed', async () => {
    const leader = await sessionFor(subscriberSide, 'lanhdao');
    const first = await connect(leader);
    first.ws.send(JSON.stringify({ type: 'subscribe', topics: ['org:unit/' + ids['25459']] }));
    await first.next((f) => f.type === 'subscribed');
    await setPhone('25459', '0276 333 333');
    const seen = await first.next(phoneEvent('0276 333 333'));
    const lastSeq = seen.events!.at(-1)!.seq;
    first.ws.terminate();

    await setPhone('25459', '0276 444 444'); // while disconnected

    const again = await connect(leader);
    again.ws.send(JSON.stringify({ type: 'subscribe', topics: ['org:unit/' + ids['25459']], lastEventId: lastSeq }));
    const missed = await again.next(phoneEvent('0276 444 444'));
    assert.ok(missed.events!.every((e) => e.seq > lastSeq));
    again.ws.close();
  });

  test('malformed messages get an error frame, not a dropped server', async () => {
    const c = await connect();
    c.ws.send('{not json');
    const err = await c.next((f) => f.type === 'error');
    assert.equal((err as unknown as { code: string }).code, 'MALFORMED_JSON');
    c.ws.close();
  });
});
