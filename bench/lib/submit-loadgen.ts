/**
 * Load generator child for report submission (forked by bench/reports-submit.ts):
 * autocannon in its own Node process, like loadgen.ts, but with a different
 * JSON body per request — a point inside the province, a leaf category and a
 * phone that change with every request, so the duplicate search and the
 * per-contact count work on realistic data. Same IPC protocol as loadgen.ts.
 */
import autocannon from 'autocannon';
import type { ChildMessage, LoadSummary } from './load.js';

export interface SubmitLoadSpec {
  url: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  points: { lat: number; lon: number }[];
  categoryIds: string[];
}

function send(msg: ChildMessage): Promise<void> {
  return new Promise((resolve) => process.send!(msg, () => resolve()));
}

async function run(spec: SubmitLoadSpec): Promise<void> {
  let i = 0;
  const body = () => {
    const n = i++;
    const p = spec.points[n % spec.points.length]!;
    return JSON.stringify({
      categoryId: spec.categoryIds[n % spec.categoryIds.length]!,
      title: `Phản ánh thử nghiệm số ${n} về hạ tầng khu dân cư`,
      description: `Nội dung phản ánh thử nghiệm ${n}: đề nghị cơ quan chức năng kiểm tra, xử lý sớm.`,
      location: { lat: p.lat, lon: p.lon, source: 'map' },
      contact: { name: 'Người dân', phone: `09${String(10_000_000 + (n % 89_999_999)).slice(0, 8)}` },
    });
  };
  const base: autocannon.Options = {
    url: spec.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: spec.connections,
    requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
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

process.once('message', (spec: SubmitLoadSpec) => {
  run(spec)
    .catch((err: unknown) => send({ type: 'error', message: err instanceof Error ? err.message : String(err) }))
    .finally(() => process.disconnect());
});
