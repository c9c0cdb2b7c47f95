/**
 * Delayed jobs: how many fire per second and how late, through the app's job
 * queue wrapper (core/jobs createJobs → pg-boss) on a scratch PostgreSQL.
 *
 * For each configuration: a fresh queue is defined with the given batchSize and
 * concurrency (pg-boss localConcurrency: that many workers, each fetching up to
 * batchSize due jobs per poll, polling every 0.5 s), then N jobs are sent
 * through jobs.send() with startAfter spread evenly over a window that opens a
 * few seconds later (after sending has finished). The handler records when
 * each job fired; lateness = fired − startAfter (same clock: PostgreSQL runs
 * on this machine). pg-boss finds due jobs by polling, so lateness includes
 * up to one polling interval by design.
 */
import { createJobs } from '../apps/server/src/core/jobs/index.js';
import pino from 'pino';
import { epochMs, log, machine, quantile, round, sleep } from './lib/common.js';
import { cpuWindow, scratchDatabase } from './lib/setup.js';

export const description =
  'Delayed jobs (pg-boss via createJobs): fired/s and lateness p50/p99 for 5,000 jobs due in 5 s';

interface JobsConfig {
  label: string;
  jobs: number;
  windowSeconds: number;
  batchSize: number;
  concurrency: number;
  /** Leave batchSize/concurrency to createJobs().define()'s defaults (batch 20, burst when full). */
  wrapperDefaults?: boolean;
}

const env = (name: string, def: number) => Number(process.env[name] ?? def);
const LEAD_SECONDS = 8;
const SEND_CONCURRENCY = 4;
const POLLING_INTERVAL_SECONDS = 0.5; // set by createJobs
const CONFIGS: JobsConfig[] = [
  {
    label: 'batch 100 × concurrency 4',
    jobs: env('BENCH_JOBS', 5000),
    windowSeconds: 5,
    batchSize: env('BENCH_JOBS_BATCH', 100),
    concurrency: env('BENCH_JOBS_CONCURRENCY', 4),
  },
  {
    label: 'batch 100 × concurrency 8',
    jobs: env('BENCH_JOBS', 5000),
    windowSeconds: 5,
    batchSize: 100,
    concurrency: 8,
  },
  // What a queue gets without options: batch 20, one worker, re-fetch at once while batches are full.
  {
    label: 'wrapper defaults (batch 20 × concurrency 1)',
    jobs: env('BENCH_JOBS', 5000),
    windowSeconds: 5,
    batchSize: 20,
    concurrency: 1,
    wrapperDefaults: true,
  },
];
const GOAL_NOTE = 'no numeric goal in the issue: report fired/s and lateness p99';

async function runConfig(url: string, pgDir: string, index: number, c: JobsConfig) {
  const queue = `bench-delayed-${index}`;
  const logger = pino({ level: 'warn' });
  const jobs = createJobs({ url, logger });
  const firedAt = new Float64Array(c.jobs).fill(Number.NaN);
  let fired = 0;
  let duplicates = 0;
  const record = (n: number) => {
    const now = epochMs();
    if (!Number.isNaN(firedAt[n]!)) duplicates++;
    else {
      firedAt[n] = now;
      fired++;
    }
  };
  jobs.define<{ n: number }>(
    queue,
    async ({ n }) => record(n),
    c.wrapperDefaults ? { retryLimit: 0 } : { batchSize: c.batchSize, concurrency: c.concurrency, retryLimit: 0 },
  );
  await jobs.start();
  try {
    log(`--- ${c.label}: ${c.jobs} jobs due over ${c.windowSeconds} s, starting in ${LEAD_SECONDS} s`);
    const t0 = epochMs();
    const opensAt = Math.ceil(t0 + LEAD_SECONDS * 1000);
    const dueAt = (n: number) => opensAt + Math.floor((n * c.windowSeconds * 1000) / c.jobs);
    let next = 0;
    await Promise.all(
      Array.from({ length: SEND_CONCURRENCY }, async () => {
        while (next < c.jobs) {
          const n = next++;
          await jobs.send(queue, { n }, { startAfter: new Date(dueAt(n)) });
        }
      }),
    );
    const sendMs = epochMs() - t0;
    log(`sent ${c.jobs} jobs in ${round(sendMs, 0)} ms`);
    if (epochMs() > opensAt) log('WARNING: sending was not finished when the first job became due');
    await sleep(Math.max(0, opensAt - epochMs() - 500));
    const endCpu = cpuWindow(pgDir, {}, 'jobsProcess');
    const deadline = opensAt + c.windowSeconds * 1000 + 60_000;
    while (fired < c.jobs && epochMs() < deadline) await sleep(20);
    await sleep(1000); // a duplicate would show up now
    const cpu = endCpu();

    const late: number[] = [];
    const times: number[] = [];
    for (let n = 0; n < c.jobs; n++) {
      if (Number.isNaN(firedAt[n]!)) continue;
      late.push(firedAt[n]! - dueAt(n));
      times.push(firedAt[n]!);
    }
    const sorted = Float64Array.from(late).sort();
    times.sort((a, b) => a - b);
    const first = times[0] ?? Number.NaN;
    const last = times.at(-1) ?? Number.NaN;
    const perSecond: number[] = [];
    for (const t of times) {
      const s = Math.floor((t - opensAt) / 1000);
      if (s >= 0) perSecond[s] = (perSecond[s] ?? 0) + 1;
    }
    const result = {
      label: c.label,
      settings: {
        jobs: c.jobs,
        windowSeconds: c.windowSeconds,
        dueRatePerSecond: round(c.jobs / c.windowSeconds, 1),
        batchSize: c.batchSize,
        concurrency: c.concurrency,
        pollingIntervalSeconds: POLLING_INTERVAL_SECONDS,
        // createJobs always sets burstWhenBatchFull: a full batch is followed by another fetch at once,
        // so workers × batch per polling interval is only the rate while batches come back short.
        burstWhenBatchFull: true,
      },
      sent: { jobs: c.jobs, ms: round(sendMs, 0), perSecond: round(c.jobs / (sendMs / 1000), 0) },
      fired,
      missing: c.jobs - fired,
      duplicates,
      early: late.filter((l) => l < 0).length,
      /** Jobs fired ÷ (last fired − window opened). */
      firedPerSecond: round(fired / Math.max(1e-3, (last - opensAt) / 1000), 1),
      firedPerSecondPeak: Math.max(0, ...perSecond.map((v) => v ?? 0)),
      perSecond: Array.from(perSecond, (v) => v ?? 0),
      firstFiredAfterOpenMs: round(first - opensAt, 0),
      lastFiredAfterWindowMs: round(last - (opensAt + c.windowSeconds * 1000), 0),
      latenessMs: {
        min: round(sorted[0] ?? Number.NaN, 1),
        p50: round(quantile(sorted, 0.5), 1),
        p90: round(quantile(sorted, 0.9), 1),
        p99: round(quantile(sorted, 0.99), 1),
        max: round(sorted[sorted.length - 1] ?? Number.NaN, 1),
      },
      windowMs: cpu.windowMs,
      cpuPercent: cpu.cpuPercent,
    };
    log(`${c.label}:`, {
      fired,
      duplicates,
      firedPerSecond: result.firedPerSecond,
      peak: result.firedPerSecondPeak,
      lateness: result.latenessMs,
      cpu: cpu.cpuPercent,
    });
    return result;
  } finally {
    await jobs.stop();
  }
}

export default async function jobsBench() {
  const m = machine();
  const database = await scratchDatabase({ seed: false });
  const results = [];
  for (const [i, c] of CONFIGS.entries()) results.push(await runConfig(database.url, database.pgDir, i, c));
  const main = results[0]!;
  return {
    bench: 'jobs',
    machine: m,
    settings: {
      leadSeconds: LEAD_SECONDS,
      sendConcurrency: SEND_CONCURRENCY,
      handler: 'records epoch ms and returns (no work)',
      queue:
        'createJobs().define(name, handler, { batchSize, concurrency, retryLimit: 0 }), jobs.send(name, data, { startAfter })',
      note: 'pg-boss polls every 0.5 s per worker (createJobs pollingIntervalSeconds); lateness includes that polling delay',
    },
    goal: GOAL_NOTE,
    headline: {
      config: main.label,
      firedPerSecond: main.firedPerSecond,
      firedPerSecondPeak: main.firedPerSecondPeak,
      latenessMs: main.latenessMs,
      missing: main.missing,
      duplicates: main.duplicates,
    },
    configs: results,
  };
}
