/**
 * Event commit → WebSocket client receipt latency at a steady 1,000 events/s
 * with 200 subscribed clients; publisher and subscribers in different processes.
 *
 *   - this process: embedded PostgreSQL (scratch dir), the real server
 *     (buildServer + start) serving /api/realtime — the subscriber side;
 *   - a forked publisher (lib/publisher.ts): one `bench.tick` event per
 *     transaction through bus.publish, audience {public: true}, paced evenly;
 *   - a forked client process (lib/wsclients.ts) with 200 `ws` clients, each
 *     subscribed to the "bench" topic, JSON-parsing every frame.
 *
 * Latency per delivered event and client = receipt time − the publisher's
 * timestamp taken right before it sent COMMIT (joined after the run by event
 * index; all processes read the same clock). 2 s warm-up, then 10 s measured.
 */
import { log, machine } from './lib/common.js';
import { runPhase, startRig } from './lib/realtime.js';

export const description = 'Event commit → WebSocket receipt latency, 1,000 events/s, 200 clients, cross-process';

const env = (name: string, def: number) => Number(process.env[name] ?? def);
const SETTINGS = {
  clients: env('BENCH_CLIENTS', 200),
  clientProcesses: env('BENCH_CLIENT_PROCESSES', 1),
  ratePerSecond: env('BENCH_RATE', 1000),
  seconds: env('BENCH_SECONDS', 10),
  warmupSeconds: 2,
  /** Publisher pool size = transactions in flight at most. */
  publisherConcurrency: 10,
  clientParsing: 'JSON.parse of every frame',
};
const GOAL = { p99Ms: 100 };

export default async function realtimeLatencyBench() {
  const m = machine();
  const rig = await startRig({
    clients: SETTINGS.clients,
    clientProcesses: SETTINGS.clientProcesses,
    parse: 'json',
    publisherPool: SETTINGS.publisherConcurrency,
  });
  const common = { rate: SETTINGS.ratePerSecond, concurrency: SETTINGS.publisherConcurrency, drainTimeoutMs: 10_000 };
  const warmup = await runPhase(rig, 'warm-up', {
    ...common,
    phase: 0,
    seconds: SETTINGS.warmupSeconds,
    keepReceipts: false,
  });
  const measured = await runPhase(rig, 'measured', {
    ...common,
    phase: 1,
    seconds: SETTINGS.seconds,
    keepReceipts: true,
    ...(process.env.BENCH_PROFILE === '1' && { profile: 'realtime-latency' }),
  });
  await Promise.all(rig.clientProcs.map((c) => c.close()));
  await rig.publisher.close();

  const fromCommit = measured.latencyMs.fromCommit!;
  const d = measured.delivery;
  if (!d.allReceivedEverything) log('WARNING: not every client received every event, see delivery');
  return {
    bench: 'realtime-latency',
    machine: m,
    settings: {
      ...SETTINGS,
      event: 'bench.tick, audience {public:true}, payload {p, n, sentAt}, one event per transaction',
      path: 'publisher process → PostgreSQL (outbox INSERT + pg_notify, COMMIT) → server LISTEN → event bus → gateway → ws clients process',
    },
    goal: GOAL,
    goalMet: { p99: fromCommit.p99 <= GOAL.p99Ms, noLoss: d.allReceivedEverything },
    /** Receipt − pre-COMMIT timestamp, over every (client, event) pair, ms. */
    latencyMs: fromCommit,
    published: measured.publisher.published,
    publishedPerSecond: measured.publisher.achievedRate,
    eventsPerClient: { expected: d.expectedPerClient, ...d.eventsPerClient },
    missingDeliveries: d.missing,
    duplicates: d.duplicates,
    clientsClosedByServer: d.closed,
    eventsPerFrame: d.eventsPerFrame,
    cpuPercent: measured.cpuPercent,
    measured,
    warmup: {
      published: warmup.publisher.published,
      allReceivedEverything: warmup.delivery.allReceivedEverything,
      latencyMs: warmup.latencyMs.fromPublishCall,
    },
  };
}
