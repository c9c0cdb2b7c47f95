/**
 * Event publisher child process (forked by the realtime benches): publishes
 * `bench.tick` events through the real event bus (createEventBus().publish),
 * one event per transaction, exactly as a service does inside its own
 * transaction, on its own connection pool. It runs in its own process, so the
 * subscriber server only learns of the events through PostgreSQL
 * (LISTEN/NOTIFY), as a second server process would.
 *
 * Each event's payload is { p: phase, n: index, sentAt: epoch ms taken right
 * before bus.publish() }. The time right before COMMIT is sent is recorded per
 * event too (it cannot go into the payload: the NOTIFY is already queued by
 * then) and returned so that clients can measure from the commit.
 */
import pino from 'pino';
import { createDatabase } from '../../apps/server/src/core/db/index.js';
import { createEventBus } from '../../apps/server/src/core/events/index.js';
import { serve } from './child.js';
import { epochMs, quantile, round, sleep } from './common.js';

export const EVENT_TYPE = 'bench.tick';

/** The bench's own event joins the catalogue (its bare bus declares no types, so nothing checks it at run time). */
export interface BenchEvents {
  'bench.tick': { p: number; n: number; sentAt: number };
}
declare module '@vioc/contracts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface EventCatalog extends BenchEvents {}
}
export const EVENT_TOPIC = 'bench';

export interface PublishSpec {
  phase: number;
  /** Events per second, paced evenly; null: as fast as `concurrency` transactions allow. */
  rate: number | null;
  seconds: number;
  /** Transactions in flight at most. */
  concurrency: number;
  /** Return the per-event pre-COMMIT timestamps. */
  recordCommitTimes: boolean;
}

export interface PublishResult {
  phase: number;
  published: number;
  failed: number;
  startedAt: number;
  endedAt: number;
  achievedRate: number;
  /** How far behind its schedule the publisher started an event (paced runs), ms. */
  scheduleLagMsP99: number | null;
  scheduleLagMsMax: number | null;
  /** COMMIT sent → COMMIT acknowledged, ms. */
  commitRoundTripMs: { p50: number; p99: number; max: number };
  /** bus.publish() called → COMMIT acknowledged (the whole transaction), ms. */
  transactionMs: { p50: number; p99: number; max: number };
  cpuMs: number;
  /** Epoch ms right before COMMIT was sent, by event index n (when recordCommitTimes). */
  commitAt?: number[];
}

let database: ReturnType<typeof createDatabase> | undefined;
let bus: ReturnType<typeof createEventBus> | undefined;

async function run(spec: PublishSpec): Promise<PublishResult> {
  const { db } = database!;
  const total = spec.rate === null ? Number.POSITIVE_INFINITY : Math.round(spec.rate * spec.seconds);
  const commitAt: number[] = [];
  const commitRtt: number[] = [];
  const txMs: number[] = [];
  const lag: number[] = [];
  let started = 0;
  let published = 0;
  let failed = 0;
  let inflight = 0;
  const cpu0 = process.cpuUsage();
  const t0 = epochMs();
  const deadline = t0 + spec.seconds * 1000;

  async function publishOne(n: number): Promise<void> {
    const trx = await db.startTransaction().execute();
    try {
      const sentAt = epochMs();
      await bus!.publish(trx, {
        type: EVENT_TYPE,
        aggregateType: 'bench',
        aggregateId: `${spec.phase}-${n}`,
        audience: { public: true },
        payload: { p: spec.phase, n, sentAt },
      });
      const beforeCommit = epochMs();
      await trx.commit().execute();
      const acked = epochMs();
      if (spec.recordCommitTimes) commitAt[n] = beforeCommit;
      commitRtt.push(acked - beforeCommit);
      txMs.push(acked - sentAt);
      published++;
    } catch (err) {
      failed++;
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      if (failed <= 3) process.stderr.write(`[publisher] publish failed: ${String(err)}\n`);
    }
  }

  await new Promise<void>((resolve) => {
    const pump = () => {
      const now = epochMs();
      const due =
        spec.rate === null
          ? now < deadline
            ? total
            : started
          : Math.min(total, Math.floor(((now - t0) / 1000) * spec.rate) + 1);
      while (started < due && inflight < spec.concurrency) {
        const n = started++;
        if (spec.rate !== null) lag.push(now - (t0 + (n / spec.rate) * 1000));
        inflight++;
        void publishOne(n).finally(() => {
          inflight--;
          if (spec.rate === null) pump();
          else if (started >= total && inflight === 0) resolve();
        });
      }
      if (spec.rate === null) {
        if (now >= deadline && inflight === 0) resolve();
        return;
      }
      if (started < total) setTimeout(pump, 1);
    };
    pump();
  });
  const endedAt = epochMs();
  const cpu = process.cpuUsage(cpu0);
  const sorted = (a: number[]) => Float64Array.from(a).sort();
  const rtt = sorted(commitRtt);
  const tx = sorted(txMs);
  const lg = sorted(lag);
  const three = (s: Float64Array) => ({
    p50: round(quantile(s, 0.5)),
    p99: round(quantile(s, 0.99)),
    max: round(s[s.length - 1] ?? Number.NaN),
  });
  return {
    phase: spec.phase,
    published,
    failed,
    startedAt: t0,
    endedAt,
    achievedRate: round(published / ((endedAt - t0) / 1000), 1),
    scheduleLagMsP99: spec.rate === null ? null : round(quantile(lg, 0.99)),
    scheduleLagMsMax: spec.rate === null ? null : round(lg[lg.length - 1] ?? Number.NaN),
    commitRoundTripMs: three(rtt),
    transactionMs: three(tx),
    cpuMs: round((cpu.user + cpu.system) / 1000, 0),
    ...(spec.recordCommitTimes && { commitAt }),
  };
}

serve({
  async init(args: { url: string; poolSize: number }) {
    database = createDatabase(args.url, args.poolSize);
    bus = createEventBus({ db: database.db, url: args.url, logger: pino({ level: 'warn' }) });
    // Open the pool's connections before anything is timed.
    await Promise.all(
      Array.from({ length: args.poolSize }, () => database!.db.selectNoFrom((eb) => eb.val(1).as('x')).execute()),
    );
    return { pid: process.pid };
  },
  run: (spec: PublishSpec) => run(spec),
  async close() {
    await database?.db.destroy();
    await sleep(0);
  },
});
