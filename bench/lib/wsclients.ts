/**
 * WebSocket client child process (forked by the realtime benches): opens
 * `count` connections to /api/realtime, subscribes each to the bench topic and
 * counts, per client and per phase, the frames and events it receives.
 * Latency = receipt time − payload.sentAt (epoch ms with sub-ms resolution,
 * same clock on the same machine), taken when this process's event loop hands
 * the frame to the client's 'message' handler.
 *
 * parse 'json': every frame is JSON.parse'd, as a browser client would.
 * parse 'scan': the numbers are read straight from the frame's bytes (the
 * gateway writes `{"type":"events","events":[…]}` and the payload keys in the
 * publisher's order), so that 2,000 clients in one or two processes cost as
 * little as possible and the harness does not become the bottleneck.
 */
import WebSocket from 'ws';
import { serve } from './child.js';
import { epochMs, round } from './common.js';
import { Histogram, type SparseHistogram } from './histogram.js';

export interface ConnectSpec {
  url: string;
  count: number;
  topics: string[];
  parse: 'json' | 'scan';
  /** Connection attempts in flight at once. */
  concurrency: number;
}

export interface PhaseSpec {
  phase: number;
  /** Events the publisher may send in this phase at most (sizes the per-client bookkeeping). */
  capacity: number;
  /** Keep each receipt time, to measure from the publisher's commit timestamps afterwards. */
  keepReceipts: boolean;
  /** Epoch ms the phase starts at: per-second delivery counts are relative to it. */
  startAt: number;
}

export interface PhaseStats {
  phase: number;
  clients: number;
  /** Clients still open at the end of the phase. */
  openAtEnd: number;
  /** Close codes/reasons of clients closed during the phase (1013 "too slow" = dropped by the gateway). */
  closed: Record<string, number>;
  frames: number;
  events: number;
  eventsPerClient: { min: number; max: number };
  duplicates: number;
  /** Events of another phase (late arrivals). */
  stray: number;
  /** Deliveries of an event whose seq is lower than one the same client had already received. */
  belowMaxSeq: number;
  lastReceiptAt: number;
  perSecond: { frames: number[]; events: number[] };
  latency: SparseHistogram;
  /** Receipt − pre-COMMIT time (only when keepReceipts and commit times were given). */
  fromCommit?: SparseHistogram;
  cpuMs: number;
}

interface Client {
  ws: WebSocket;
  open: boolean;
  events: number;
  seen: Uint32Array;
  maxSeq: number;
}

const clients: Client[] = [];
let spec: ConnectSpec;
let phase: PhaseSpec | undefined;
let frames = 0;
let stray = 0;
let duplicates = 0;
let belowMaxSeq = 0;
let lastReceiptAt = 0;
let closed: Record<string, number> = {};
let perSecondFrames: number[] = [];
let perSecondEvents: number[] = [];
let latency = new Histogram();
let receipts: Float64Array | undefined;
let cpu0 = process.cpuUsage();

const PREFIX = Buffer.from('{"type":"events"');
const SEQ_KEY = Buffer.from('{"seq":');
const PAYLOAD_KEY = Buffer.from('"payload":{"p":');

function readNumber(buf: Buffer, at: number): { value: number; end: number } {
  let end = at;
  while (end < buf.length) {
    const c = buf[end]!;
    if ((c >= 48 && c <= 57) || c === 46 || c === 45 || c === 101 || c === 69 || c === 43) end++;
    else break;
  }
  return { value: Number(buf.toString('latin1', at, end)), end };
}

/** Yields [p, n, sentAt, seq] of every event in an events frame. */
function* scanEvents(buf: Buffer): Generator<[number, number, number, number]> {
  let pos = 0;
  for (;;) {
    const atSeq = buf.indexOf(SEQ_KEY, pos);
    if (atSeq < 0) return;
    const seq = readNumber(buf, atSeq + SEQ_KEY.length);
    const at = buf.indexOf(PAYLOAD_KEY, seq.end);
    if (at < 0) return;
    const p = readNumber(buf, at + PAYLOAD_KEY.length);
    // ,"n":
    const n = readNumber(buf, p.end + 5);
    // ,"sentAt":
    const s = readNumber(buf, n.end + 10);
    pos = s.end;
    yield [p.value, n.value, s.value, seq.value];
  }
}

function* jsonEvents(buf: Buffer): Generator<[number, number, number, number]> {
  const frame = JSON.parse(buf.toString('utf8')) as {
    type: string;
    events?: { seq: number; payload: { p: number; n: number; sentAt: number } }[];
  };
  if (frame.type !== 'events') return;
  for (const e of frame.events ?? []) yield [e.payload.p, e.payload.n, e.payload.sentAt, e.seq];
}

function onFrame(c: Client, index: number, data: Buffer): void {
  const now = epochMs();
  if (!phase || data.length < PREFIX.length || data.compare(PREFIX, 0, PREFIX.length, 0, PREFIX.length) !== 0) return;
  const cap = phase.capacity;
  frames++;
  lastReceiptAt = now;
  const second = Math.floor((now - phase.startAt) / 1000);
  if (second >= 0) perSecondFrames[second] = (perSecondFrames[second] ?? 0) + 1;
  let got = 0;
  for (const [p, n, sentAt, seq] of spec.parse === 'json' ? jsonEvents(data) : scanEvents(data)) {
    // Delivered after an event with a higher seq: a client resuming from the highest seq it
    // has seen (lastEventId) could never get such an event back after a disconnect.
    if (seq < c.maxSeq) belowMaxSeq++;
    else c.maxSeq = seq;
    if (p !== phase.phase || n < 0 || n >= cap) {
      stray++;
      continue;
    }
    const word = n >>> 5;
    const bit = 1 << (n & 31);
    if (c.seen[word]! & bit) {
      duplicates++;
      continue;
    }
    c.seen[word]! |= bit;
    c.events++;
    got++;
    latency.add(now - sentAt);
    if (receipts) receipts[index * cap + n] = now;
  }
  if (second >= 0) perSecondEvents[second] = (perSecondEvents[second] ?? 0) + got;
}

function connectOne(index: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(spec.url, { perMessageDeflate: false });
    const c: Client = { ws, open: false, events: 0, seen: new Uint32Array(0), maxSeq: 0 };
    ws.once('error', reject);
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!c.open) {
        const msg = JSON.parse(data.toString('utf8')) as { type: string };
        if (msg.type === 'hello') ws.send(JSON.stringify({ type: 'subscribe', topics: spec.topics }));
        else if (msg.type === 'subscribed') {
          c.open = true;
          clients[index] = c;
          ws.off('error', reject);
          ws.on('error', () => undefined);
          resolve();
        }
        return;
      }
      if (!isBinary) onFrame(c, index, data);
    });
    ws.on('close', (code, reason) => {
      if (!c.open) return reject(new Error(`closed before subscribing (${code})`));
      c.open = false;
      const key = `${code}${reason.length ? ` ${reason.toString()}` : ''}`;
      closed[key] = (closed[key] ?? 0) + 1;
    });
  });
}

async function connect(s: ConnectSpec) {
  spec = s;
  const t0 = performance.now();
  let nextIndex = 0;
  let failed = 0;
  const errors: string[] = [];
  await Promise.all(
    Array.from({ length: s.concurrency }, async () => {
      while (nextIndex < s.count) {
        const i = nextIndex++;
        try {
          await connectOne(i);
        } catch (err) {
          failed++;
          if (errors.length < 3) errors.push(String(err));
        }
      }
    }),
  );
  return { connected: clients.filter(Boolean).length, failed, errors, ms: round(performance.now() - t0, 0) };
}

function startPhase(p: PhaseSpec) {
  phase = p;
  frames = 0;
  stray = 0;
  duplicates = 0;
  belowMaxSeq = 0;
  lastReceiptAt = 0;
  closed = {};
  perSecondFrames = [];
  perSecondEvents = [];
  latency = new Histogram();
  receipts = undefined;
  const live = clients.filter(Boolean);
  if (p.keepReceipts) receipts = new Float64Array(clients.length * p.capacity).fill(Number.NaN);
  for (const c of live) {
    c.events = 0;
    c.seen = new Uint32Array(Math.ceil(p.capacity / 32));
  }
  cpu0 = process.cpuUsage();
  return null;
}

/** Resolves once every open client has `expected` events of the phase, or after timeoutMs. */
async function waitFor(args: { expected: number; timeoutMs: number }) {
  const t0 = performance.now();
  const done = () => clients.every((c) => !c || !c.open || c.events >= args.expected);
  while (!done() && performance.now() - t0 < args.timeoutMs) await new Promise((r) => setTimeout(r, 20));
  return { complete: done(), waitedMs: round(performance.now() - t0, 0) };
}

function stats(args: { commitAt?: number[] }): PhaseStats {
  const cpu = process.cpuUsage(cpu0);
  const live = clients.filter(Boolean);
  const counts = live.map((c) => c.events);
  let fromCommit: SparseHistogram | undefined;
  if (receipts && args.commitAt && phase) {
    const h = new Histogram();
    const cap = phase.capacity;
    for (let i = 0; i < clients.length; i++) {
      for (let n = 0; n < cap; n++) {
        const r = receipts[i * cap + n]!;
        const c = args.commitAt[n];
        if (!Number.isNaN(r) && c !== undefined && c !== null) h.add(r - c);
      }
    }
    fromCommit = h.toSparse();
  }
  const fill = (a: number[]) => Array.from(a, (v) => v ?? 0);
  return {
    phase: phase?.phase ?? -1,
    clients: live.length,
    openAtEnd: live.filter((c) => c.open).length,
    closed,
    frames,
    events: counts.reduce((a, b) => a + b, 0),
    eventsPerClient: { min: Math.min(...counts), max: Math.max(...counts) },
    duplicates,
    stray,
    belowMaxSeq,
    lastReceiptAt,
    perSecond: { frames: fill(perSecondFrames), events: fill(perSecondEvents) },
    latency: latency.toSparse(),
    ...(fromCommit && { fromCommit }),
    cpuMs: round((cpu.user + cpu.system) / 1000, 0),
  };
}

serve({
  connect: (s: ConnectSpec) => connect(s),
  startPhase: (p: PhaseSpec) => startPhase(p),
  waitFor: (a: { expected: number; timeoutMs: number }) => waitFor(a),
  stats: (a: { commitAt?: number[] }) => stats(a),
  async close() {
    for (const c of clients) c?.ws.terminate();
  },
});
