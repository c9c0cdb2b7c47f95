/**
 * Load generator child process (forked by load.ts): runs autocannon's
 * programmatic API in its own Node process, so the load generator never
 * shares an event loop (or a V8 heap) with the server under test.
 * Protocol over IPC: receives one LoadSpec, sends {type:'measuring'} when the
 * warm-up is over, then {type:'result'} or {type:'error'}, and exits.
 */
import autocannon from 'autocannon';
import type { LoadSpec, ChildMessage, LoadSummary } from './load.js';

function send(msg: ChildMessage): Promise<void> {
  return new Promise((resolve) => process.send!(msg, () => resolve()));
}

async function run(spec: LoadSpec): Promise<void> {
  const base: autocannon.Options = {
    url: spec.url,
    headers: spec.headers,
    connections: spec.connections,
    pipelining: spec.pipelining,
  };
  if (spec.warmupSeconds > 0) await autocannon({ ...base, duration: spec.warmupSeconds });
  await send({ type: 'measuring' });
  const cpu0 = process.cpuUsage();
  const r = await autocannon({ ...base, duration: spec.durationSeconds });
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
  await send({ type: 'result', result: summary });
}

process.once('message', (spec: LoadSpec) => {
  run(spec)
    .catch((err: unknown) => send({ type: 'error', message: err instanceof Error ? err.message : String(err) }))
    .finally(() => process.disconnect());
});
