/**
 * Fan-out: frames and events per second delivered to 2,000 connected
 * WebSocket clients by one server process.
 *
 * Same rig as realtime-latency (server in this process, publisher and clients
 * forked; 2,000 clients over 2 processes that read the numbers straight from
 * the frame bytes instead of JSON.parse, so the harness stays cheap). Every
 * client subscribes to the "bench" topic, so every event goes to all 2,000.
 *
 * Phases: a ladder of paced publish rates (each event is its own frame while
 * the server keeps up; the gateway batches the events that arrive in one turn
 * of its event loop into one frame per client once it falls behind), then
 * 10 s of publishing as fast as the publisher's 10 concurrent transactions go.
 * Reported per phase: frames/s and events/s received by all clients together,
 * losses, clients the gateway dropped as too slow (close 1013), latency from
 * the publish call, and CPU per process.
 */
import { log, machine } from './lib/common.js';
import { runPhase, startRig, type PhaseResult } from './lib/realtime.js';

export const description = 'Frames/s and events/s delivered to 2,000 WebSocket clients (paced ladder, then flat out)';

const env = (name: string, def: string) => process.env[name] ?? def;
const SETTINGS = {
  clients: Number(env('BENCH_CLIENTS', '2000')),
  clientProcesses: Number(env('BENCH_CLIENT_PROCESSES', '2')),
  /** Paced phases (events/s), 5 s each. */
  ladder: env('BENCH_LADDER', '25,50,100,200').split(',').map(Number),
  ladderSeconds: 5,
  maxSeconds: 10,
  publisherConcurrency: 10,
  clientParsing: 'numbers read from the frame bytes (no JSON.parse)',
};
const GOAL = { framesPerSecond: 50_000 };

const brief = (r: PhaseResult) => ({
  phase: r.label,
  publishedPerSecond: r.publisher.achievedRate,
  framesPerSecond: r.delivery.framesPerSecond,
  eventsPerSecond: r.delivery.eventsPerSecond,
  eventsPerFrame: r.delivery.eventsPerFrame,
  allReceivedEverything: r.delivery.allReceivedEverything,
  missing: r.delivery.missing,
  clientsClosedByServer: r.delivery.closed,
  latencyP50Ms: r.latencyMs.fromPublishCall.p50,
  latencyP99Ms: r.latencyMs.fromPublishCall.p99,
  cpuPercent: r.cpuPercent,
});

export default async function realtimeFanoutBench() {
  const m = machine();
  const rig = await startRig({
    clients: SETTINGS.clients,
    clientProcesses: SETTINGS.clientProcesses,
    parse: 'scan',
    publisherPool: SETTINGS.publisherConcurrency,
  });
  const phases: PhaseResult[] = [];
  let phase = 0;
  const common = { concurrency: SETTINGS.publisherConcurrency, keepReceipts: false, drainTimeoutMs: 15_000 };
  // Short warm-up (not reported): JIT, connections, caches.
  await runPhase(rig, 'warm-up', { ...common, phase: phase++, rate: 20, seconds: 2 });
  // BENCH_PROFILE=<rate> profiles the server during that paced phase (1 = the 50/s one), =max the flat-out one.
  const profileAt = process.env.BENCH_PROFILE === '1' ? '50' : process.env.BENCH_PROFILE;
  const profile = (at: string) => (profileAt === at ? { profile: `realtime-fanout-${at}` } : {});
  for (const rate of SETTINGS.ladder) {
    phases.push(
      await runPhase(rig, `paced ${rate}/s`, {
        ...common,
        phase: phase++,
        rate,
        seconds: SETTINGS.ladderSeconds,
        ...profile(String(rate)),
      }),
    );
  }
  const flatOut = await runPhase(rig, 'as fast as possible', {
    ...common,
    phase,
    rate: null,
    seconds: SETTINGS.maxSeconds,
    ...profile('max'),
  });
  phases.push(flatOut);
  await Promise.all(rig.clientProcs.map((c) => c.close()));
  await rig.publisher.close();

  // The best phase in which every client received every event.
  const clean = phases.filter((p) => p.delivery.allReceivedEverything);
  const best = clean.reduce<PhaseResult | undefined>(
    (b, p) => (!b || p.delivery.framesPerSecond > b.delivery.framesPerSecond ? p : b),
    undefined,
  );
  if (!best) log('WARNING: no phase delivered every event to every client');
  return {
    bench: 'realtime-fanout',
    machine: m,
    settings: {
      ...SETTINGS,
      event: 'bench.tick, audience {public:true}, one event per transaction; ~250-byte event JSON',
      path: 'publisher process → PostgreSQL (outbox + NOTIFY) → server LISTEN → event bus → gateway → 2 client processes',
    },
    goal: GOAL,
    /** Highest frames/s of a phase with no loss and no dropped client. */
    bestLossless: best ? brief(best) : null,
    goalMet: { framesPerSecond: (best?.delivery.framesPerSecond ?? 0) >= GOAL.framesPerSecond },
    summary: phases.map(brief),
    phases,
  };
}
