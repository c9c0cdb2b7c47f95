/**
 * The rig shared by the realtime benches: a scratch PostgreSQL (migrated and
 * seeded), the real server built in this process (buildServer + start, as
 * main.ts does) serving /api/realtime, an event publisher in a forked process
 * (lib/publisher.ts) and WebSocket clients in one or more forked processes
 * (lib/wsclients.ts). Events travel publisher → PostgreSQL (outbox row +
 * NOTIFY) → the server's LISTEN connection → event bus → gateway → clients.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pino from 'pino';
import { buildServer, type Server } from '../../apps/server/src/server.js';
import { forkChild, type Child } from './child.js';
import { defer, epochMs, log, round } from './common.js';
import { Histogram, type LatencySummary } from './histogram.js';
import { startProfile, type ProfileSummary } from './profile.js';
import { EVENT_TOPIC, EVENT_TYPE, type PublishResult, type PublishSpec } from './publisher.js';
import { scratchDatabase, cpuWindow, type ScratchDatabase } from './setup.js';
import type { ConnectSpec, PhaseStats } from './wsclients.js';

export interface RigOptions {
  clients: number;
  clientProcesses: number;
  parse: ConnectSpec['parse'];
  publisherPool: number;
}

export interface Rig {
  database: ScratchDatabase;
  server: Server;
  wsUrl: string;
  publisher: Child;
  clientProcs: Child[];
  clients: number;
}

// What the subscriber server's event bus heard, per event of the current phase.
let heardPhase = -1;
let heardAt: number[] = [];
let heardFromSent = new Histogram();

export async function startRig(opts: RigOptions): Promise<Rig> {
  const database = await scratchDatabase({ seed: true });
  const { config, db, pool, url } = database;
  const server = await buildServer({ config, db, pool, url, logger: pino({ level: 'silent' }) });
  defer('vioc server', () => server.stop());
  await server.start();
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const port = (server.app.server.address() as AddressInfo).port;
  const wsUrl = `ws://127.0.0.1:${port}/api/realtime`;
  server.services.bus.onBroadcast((events) => {
    const now = epochMs();
    for (const e of events) {
      if (e.type !== EVENT_TYPE) continue;
      const { p, n, sentAt } = e.payload;
      if (p !== heardPhase) continue;
      heardAt[n] = now;
      heardFromSent.add(now - sentAt);
    }
  });

  const publisher = forkChild(path.join(import.meta.dirname, 'publisher.ts'), 'publisher');
  await publisher.call('init', { url, poolSize: opts.publisherPool });

  const clientProcs: Child[] = [];
  const per = Math.ceil(opts.clients / opts.clientProcesses);
  for (let i = 0; i < opts.clientProcesses; i++) {
    clientProcs.push(forkChild(path.join(import.meta.dirname, 'wsclients.ts'), `ws clients ${i + 1}`));
  }
  const t0 = performance.now();
  const connected = await Promise.all(
    clientProcs.map((c, i) =>
      c.call<{ connected: number; failed: number; errors: string[] }>('connect', {
        url: wsUrl,
        count: Math.min(per, opts.clients - i * per),
        topics: [EVENT_TOPIC],
        parse: opts.parse,
        concurrency: 20,
      } satisfies ConnectSpec),
    ),
  );
  const total = connected.reduce((a, c) => a + c.connected, 0);
  log(`${total} WebSocket clients connected and subscribed in ${round(performance.now() - t0, 0)} ms`, connected);
  if (total !== opts.clients) throw new Error(`only ${total} of ${opts.clients} clients connected`);
  if (server.realtime.clientCount() !== opts.clients)
    throw new Error(`the gateway counts ${server.realtime.clientCount()} clients, expected ${opts.clients}`);
  return { database, server, wsUrl, publisher, clientProcs, clients: total };
}

export interface PhaseOptions {
  phase: number;
  rate: number | null;
  seconds: number;
  concurrency: number;
  keepReceipts: boolean;
  drainTimeoutMs: number;
  profile?: string;
}

export interface PhaseResult {
  label: string;
  publisher: Omit<PublishResult, 'commitAt'>;
  delivery: {
    clients: number;
    expectedPerClient: number;
    eventsPerClient: { min: number; max: number };
    /** Deliveries that never arrived: clients × published − events received (dropped clients included). */
    missing: number;
    duplicates: number;
    stray: number;
    /**
     * Deliveries of an event with a lower seq than one the client already had: events reach
     * clients in commit order, and seqs are taken at INSERT, so concurrent transactions
     * arrive out of seq order.
     */
    belowMaxSeq: number;
    /** Clients closed by the server during the phase, by close code and reason. */
    closed: Record<string, number>;
    allReceivedEverything: boolean;
    drainMs: number;
    frames: number;
    events: number;
    eventsPerFrame: number;
    /** Frames and events received per second by all clients together, over publishing start → last receipt. */
    framesPerSecond: number;
    eventsPerSecond: number;
    perSecond: { frames: number[]; events: number[] };
  };
  latencyMs: {
    /** Receipt − pre-COMMIT timestamp (when receipts were kept). */
    fromCommit?: LatencySummary;
    /** Receipt − payload.sentAt (taken right before bus.publish, i.e. before the INSERT). */
    fromPublishCall: LatencySummary;
    /** Subscriber server's event bus heard the NOTIFY − pre-COMMIT timestamp. */
    serverHeardFromCommit?: LatencySummary;
    serverHeardFromPublishCall: LatencySummary;
  };
  /** The subscriber server's process (this one) during the window. */
  server: {
    /** Share of the window its event loop was busy (1 = never idle). */
    eventLoopUtilization: number;
    /** perf_hooks monitorEventLoopDelay at 10 ms resolution: the values include those 10 ms (10 ≈ no delay). */
    eventLoopDelayMs: { p50: number; p99: number; max: number };
    rssMaxMB: number;
  };
  windowMs: number;
  cpuPercent: Record<string, number | null>;
  profile?: ProfileSummary;
}

export async function runPhase(rig: Rig, label: string, o: PhaseOptions): Promise<PhaseResult> {
  const capacity = o.rate === null ? 200_000 : Math.round(o.rate * o.seconds);
  const startAt = epochMs();
  heardPhase = o.phase;
  heardAt = [];
  heardFromSent = new Histogram();
  await Promise.all(
    rig.clientProcs.map((c) =>
      c.call('startPhase', { phase: o.phase, capacity, keepReceipts: o.keepReceipts, startAt }),
    ),
  );
  const pids: Record<string, number | undefined> = { publisher: rig.publisher.pid };
  rig.clientProcs.forEach((c, i) => (pids[rig.clientProcs.length > 1 ? `clients${i + 1}` : 'clients'] = c.pid));
  log(`--- ${label}: ${o.rate === null ? 'as fast as possible' : `${o.rate} events/s`} for ${o.seconds} s`);
  const stopProfile = o.profile ? await startProfile(o.profile) : undefined;
  const endCpu = cpuWindow(rig.database.pgDir, pids);
  const elu0 = performance.eventLoopUtilization();
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let rssMax = process.memoryUsage.rss();
  const rssTimer = setInterval(() => (rssMax = Math.max(rssMax, process.memoryUsage.rss())), 100);
  const pub = await rig.publisher.call<PublishResult>('run', {
    phase: o.phase,
    rate: o.rate,
    seconds: o.seconds,
    concurrency: o.concurrency,
    recordCommitTimes: o.keepReceipts,
  } satisfies PublishSpec);
  const drains = await Promise.all(
    rig.clientProcs.map((c) =>
      c.call<{ complete: boolean; waitedMs: number }>('waitFor', {
        expected: pub.published,
        timeoutMs: o.drainTimeoutMs,
      }),
    ),
  );
  const cpu = endCpu();
  const elu = performance.eventLoopUtilization(elu0);
  delay.disable();
  clearInterval(rssTimer);
  const profile = stopProfile ? await stopProfile() : undefined;
  const { commitAt, ...publisher } = pub;
  const stats = await Promise.all(rig.clientProcs.map((c) => c.call<PhaseStats>('stats', { commitAt })));
  heardPhase = -1;

  const latency = new Histogram();
  const fromCommit = new Histogram();
  const closed: Record<string, number> = {};
  const perSecond = { frames: [] as number[], events: [] as number[] };
  let frames = 0;
  let events = 0;
  let duplicates = 0;
  let stray = 0;
  let belowMaxSeq = 0;
  let lastReceiptAt = 0;
  for (const s of stats) {
    latency.merge(s.latency);
    if (s.fromCommit) fromCommit.merge(s.fromCommit);
    for (const [k, v] of Object.entries(s.closed)) closed[k] = (closed[k] ?? 0) + v;
    s.perSecond.frames.forEach((v, i) => (perSecond.frames[i] = (perSecond.frames[i] ?? 0) + v));
    s.perSecond.events.forEach((v, i) => (perSecond.events[i] = (perSecond.events[i] ?? 0) + v));
    frames += s.frames;
    events += s.events;
    duplicates += s.duplicates;
    stray += s.stray;
    belowMaxSeq += s.belowMaxSeq;
    lastReceiptAt = Math.max(lastReceiptAt, s.lastReceiptAt);
  }
  const heardFromCommit = new Histogram();
  if (commitAt) {
    heardAt.forEach((h, n) => {
      const c = commitAt[n];
      if (h !== undefined && c !== undefined && c !== null) heardFromCommit.add(h - c);
    });
  }
  const clients = stats.reduce((a, s) => a + s.clients, 0);
  const min = Math.min(...stats.map((s) => s.eventsPerClient.min));
  const max = Math.max(...stats.map((s) => s.eventsPerClient.max));
  const deliverySeconds = Math.max(1e-3, (lastReceiptAt - pub.startedAt) / 1000);
  const result: PhaseResult = {
    label,
    publisher,
    delivery: {
      clients,
      expectedPerClient: pub.published,
      eventsPerClient: { min, max },
      missing: clients * pub.published - events,
      duplicates,
      stray,
      belowMaxSeq,
      closed,
      allReceivedEverything: min === pub.published && max === pub.published && duplicates === 0,
      drainMs: Math.max(...drains.map((d) => d.waitedMs)),
      frames,
      events,
      eventsPerFrame: round(events / Math.max(1, frames), 2),
      framesPerSecond: round(frames / deliverySeconds, 0),
      eventsPerSecond: round(events / deliverySeconds, 0),
      perSecond,
    },
    latencyMs: {
      ...(commitAt && { fromCommit: fromCommit.summary() }),
      fromPublishCall: latency.summary(),
      ...(commitAt && { serverHeardFromCommit: heardFromCommit.summary() }),
      serverHeardFromPublishCall: heardFromSent.summary(),
    },
    server: {
      eventLoopUtilization: round(elu.utilization, 3),
      eventLoopDelayMs: {
        p50: round(delay.percentile(50) / 1e6, 1),
        p99: round(delay.percentile(99) / 1e6, 1),
        max: round(delay.max / 1e6, 1),
      },
      rssMaxMB: round(rssMax / 1024 ** 2, 0),
    },
    windowMs: cpu.windowMs,
    cpuPercent: cpu.cpuPercent,
    ...(profile && { profile }),
  };
  log(`${label}:`, {
    published: pub.published,
    rate: pub.achievedRate,
    perClient: result.delivery.eventsPerClient,
    missing: result.delivery.missing,
    closed,
    framesPerSecond: result.delivery.framesPerSecond,
    eventsPerSecond: result.delivery.eventsPerSecond,
    latency: result.latencyMs.fromCommit ?? result.latencyMs.fromPublishCall,
    belowMaxSeq: result.delivery.belowMaxSeq,
    server: result.server,
    cpu: cpu.cpuPercent,
  });
  return result;
}
