/**
 * The web app's realtime client against a real WebSocket server that plays the gateway: after a
 * reconnect it resumes from the last seq, and events the resume repeats (late commits below that
 * seq are replayed with their neighbours) reach the page once.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, test } from 'node:test';
import { WebSocketServer, type WebSocket as ServerSocket } from 'ws';
import { RealtimeClient, type RealtimeEvent } from '../src/shared/realtime.js';

// The client schedules its reconnects with window.setTimeout; Node has the same timers.
Object.assign(globalThis, { window: globalThis });

const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
after(() => wss.close());

const event = (seq: number): RealtimeEvent => ({
  seq,
  id: `e${seq}`,
  type: 'reports.received',
  aggregateType: 'report',
  aggregateId: `r${seq}`,
  unitId: null,
  payload: {},
  createdAt: new Date().toISOString(),
});

function nextConnection(): Promise<{ socket: ServerSocket; subscribe: { topics: string[]; lastEventId?: number } }> {
  return new Promise((resolve) =>
    wss.once('connection', (socket) =>
      socket.once('message', (raw) => resolve({ socket, subscribe: JSON.parse(String(raw)) })),
    ),
  );
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('after a reconnect the client resumes from its last seq and hands repeated events to the page once', async () => {
  if (!wss.address()) await new Promise((r) => wss.once('listening', r));
  const { port } = wss.address() as AddressInfo;
  const client = new RealtimeClient({ url: () => `ws://127.0.0.1:${port}/api/realtime`, baseDelayMs: 20 });
  const seen: number[] = [];
  const first = nextConnection();
  const stop = client.subscribe(['reports'], { onEvents: (es) => seen.push(...es.map((e) => e.seq)) });

  const one = await first;
  assert.deepEqual(one.subscribe.topics, ['reports']);
  assert.equal(one.subscribe.lastEventId, undefined);
  one.socket.send(JSON.stringify({ type: 'events', events: [event(5), event(6)] }));
  await until(() => seen.length === 2);

  const second = nextConnection();
  one.socket.terminate();
  const two = await second;
  assert.equal(two.subscribe.lastEventId, 6, 'resumes from the highest seq seen');
  // Seq 4 committed late (while the client was away); 5 and 6 come again with it.
  two.socket.send(JSON.stringify({ type: 'events', events: [event(4), event(5), event(6), event(7)] }));
  await until(() => seen.length >= 4);
  await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(seen, [5, 6, 4, 7]);
  stop();
});
