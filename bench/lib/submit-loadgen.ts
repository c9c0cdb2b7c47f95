/**
 * Load generator child for report submission (forked by bench/reports-submit.ts):
 * autocannon in its own Node process, like loadgen.ts, but with a different
 * JSON body per request — a point inside the province, a leaf category and a
 * phone that change with every request, so the duplicate search and the
 * per-contact count work on realistic data. Same IPC protocol as loadgen.ts.
 */
import type autocannon from 'autocannon';
import { runMeasured, serveOneSpec } from './measured.js';

export interface SubmitLoadSpec {
  url: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  points: { lat: number; lon: number }[];
  categoryIds: string[];
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
  await runMeasured(base, spec);
}

serveOneSpec<SubmitLoadSpec>(run);
