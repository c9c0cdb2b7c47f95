/**
 * The part every forked load generator shares: warm up, tell the parent the
 * measured window starts, run autocannon for it and send back the summary
 * (IPC protocol of load.ts).
 */
import autocannon from 'autocannon';
import type { ChildMessage, LoadSummary } from './load.js';

export function sendToParent(msg: ChildMessage): Promise<void> {
  return new Promise((resolve) => process.send!(msg, () => resolve()));
}

export async function runMeasured(
  base: autocannon.Options,
  window: { warmupSeconds: number; durationSeconds: number },
): Promise<void> {
  if (window.warmupSeconds > 0) await autocannon({ ...base, duration: window.warmupSeconds });
  await sendToParent({ type: 'measuring' });
  const cpu0 = process.cpuUsage();
  const r = await autocannon({ ...base, duration: window.durationSeconds });
  const cpu = process.cpuUsage(cpu0);
  const statusCodes: Record<string, number> = {};
  for (const [code, v] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = Number(v?.count ?? 0);
  const summary: LoadSummary = {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    latencyAvg: r.latency.average,
    latencyMax: r.latency.max,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes,
    durationSeconds: r.duration,
    loadgenCpuMs: (cpu.user + cpu.system) / 1000,
  };
  await sendToParent({ type: 'result', result: summary });
}

/** Runs `run` with the one spec the parent sends, reports a failure, and exits. */
export function serveOneSpec<S>(run: (spec: S) => Promise<void>): void {
  process.once('message', (spec: S) => {
    run(spec)
      .catch((err: unknown) =>
        sendToParent({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
      )
      .finally(() => process.disconnect());
  });
}
