/**
 * Citizen reports: submission throughput (POST /api/reports, JSON, guest with
 * a phone, no photo, no Idempotency-Key) with autocannon, then the public
 * list / map and the staff statistics over N generated reports (BENCH_REPORTS_N,
 * default 100,000; one INSERT … SELECT generate_series), p95 per query.
 *
 * autocannon runs in this process (it needs per-request bodies), so the load
 * generator shares the server's event loop: the submission rate is a lower
 * bound of what a separate load generator would see.
 */
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pino from 'pino';
import { buildServer } from '../apps/server/src/server.js';
import { defer, log, machine, quantile, round } from './lib/common.js';
import { scratchDatabase } from './lib/setup.js';

export const description = 'Report submission req/s + p99; public list/map/statistics p95 over N reports';

const N = Number(process.env.BENCH_REPORTS_N ?? 100_000);
const SUBMIT = { connections: 20, durationSeconds: Number(process.env.BENCH_REPORTS_SECONDS ?? 10) };
const QUERY_RUNS = 40;

export default async function reportsBench() {
  const m = machine();
  const s = await scratchDatabase({
    seed: true,
    env: {
      REPORTS_SUBMIT_PER_IP_PER_HOUR: '100000000',
      REPORTS_SUBMIT_PER_CONTACT_PER_DAY: '100000000',
      RATE_LIMIT_PUBLIC_PER_MINUTE: '100000000',
    },
  });
  const { db, pool } = s;
  const server = await buildServer({ config: s.config, db, pool, url: s.url, logger: pino({ level: 'silent' }) });
  defer('vioc server', () => server.stop());
  await server.start();
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;

  // Points inside the province (the server's own point-in-polygon), spread over the wards.
  const wards = await db.selectFrom('units').select(['id']).where('kind', '=', 'ward').execute();
  const province = await db
    .selectFrom('units')
    .select('boundary')
    .where('kind', '=', 'province')
    .executeTakeFirstOrThrow();
  const coords = JSON.stringify(province.boundary)
    .match(/-?\d+\.\d+/g)!
    .map(Number);
  const xs = coords.filter((_, i) => i % 2 === 0);
  const ys = coords.filter((_, i) => i % 2 === 1);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const points: { lat: number; lon: number; ward: string }[] = [];
  while (points.length < 2000) {
    const p = { lon: x1 + Math.random() * (x2 - x1), lat: y1 + Math.random() * (y2 - y1) };
    const at = await server.services.org.unitAt(p.lat, p.lon);
    if (at?.kind === 'ward') points.push({ ...p, ward: at.id });
  }
  const leaves = await db.selectFrom('report_categories').select(['id']).where('parent_id', 'is not', null).execute();
  log(`${wards.length} wards, ${leaves.length} leaf categories, ${points.length} sample points`);

  // ── submission ──
  let i = 0;
  const body = () => {
    const p = points[i % points.length]!;
    const n = i++;
    return JSON.stringify({
      categoryId: leaves[n % leaves.length]!.id,
      title: `Phản ánh thử nghiệm số ${n} về hạ tầng khu dân cư`,
      description: `Nội dung phản ánh thử nghiệm ${n}: đề nghị cơ quan chức năng kiểm tra, xử lý sớm.`,
      location: { lat: p.lat, lon: p.lon, source: 'map' },
      contact: { name: 'Người dân', phone: `09${String(10_000_000 + (n % 89_999_999)).slice(0, 8)}` },
    });
  };
  log(`--- POST /api/reports for ${SUBMIT.durationSeconds}s, ${SUBMIT.connections} connections`);
  const submitted = await autocannon({
    url: `${base}/api/reports`,
    method: 'POST',
    connections: SUBMIT.connections,
    duration: SUBMIT.durationSeconds,
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
  });
  const submission = {
    rps: round(submitted.requests.average),
    p50: submitted.latency.p50,
    p99: submitted.latency.p99,
    requests: submitted.requests.total,
    non2xx: submitted.non2xx,
    errors: submitted.errors,
  };
  log('submission', submission);

  // ── N reports for the queries ──
  log(`generating ${N} reports`);
  const t0 = performance.now();
  await sql`
    WITH p AS (SELECT ord, lat, lon, ward FROM unnest(${points.map((p) => p.lat)}::float8[], ${points.map((p) => p.lon)}::float8[], ${points.map((p) => p.ward)}::uuid[]) WITH ORDINALITY AS u(lat, lon, ward, ord)),
         c AS (SELECT row_number() OVER () AS ord, id, handling_days FROM report_categories WHERE parent_id IS NOT NULL),
         g AS (SELECT s, now() - (random() * 365) * interval '1 day' AS created, (s % 10) AS bucket FROM generate_series(1, ${N}) s)
    INSERT INTO reports (code, channel, category_id, title, description, lat, lon, location_source, area_unit_id,
      assigned_unit_id, status, is_public, created_at, updated_at, verified_at, assigned_at, due_at, published_at,
      rating, overdue_at)
    SELECT 'BENCH-' || g.s, 'web', c.id, 'Phản ánh mẫu ' || g.s, 'Nội dung phản ánh mẫu số ' || g.s, p.lat, p.lon, 'map', p.ward,
      CASE WHEN g.bucket >= 2 THEN p.ward END,
      (ARRAY['received','verified','assigned','in_progress','answer_drafted','answer_approved','published','rated','closed','rejected'])[g.bucket + 1],
      true, g.created, g.created,
      CASE WHEN g.bucket BETWEEN 1 AND 8 THEN g.created + interval '3 hours' END,
      CASE WHEN g.bucket BETWEEN 2 AND 8 THEN g.created + interval '4 hours' END,
      CASE WHEN g.bucket BETWEEN 1 AND 8 THEN g.created + c.handling_days * interval '1 day' END,
      CASE WHEN g.bucket BETWEEN 6 AND 8 THEN g.created + (random() * c.handling_days * 1.3) * interval '1 day' END,
      CASE WHEN g.bucket BETWEEN 7 AND 8 THEN 1 + floor(random() * 5)::int END,
      CASE WHEN g.bucket BETWEEN 1 AND 8 AND random() < 0.15 THEN g.created + c.handling_days * interval '1 day' END
    FROM g JOIN p ON p.ord = 1 + (g.s % ${points.length}) JOIN c ON c.ord = 1 + (g.s % ${leaves.length})
    WHERE g.bucket <> 9`.execute(db);
  await sql`ANALYZE reports`.execute(db);
  const generated = Number((await sql<{ n: string }>`SELECT count(*) n FROM reports`.execute(db)).rows[0]!.n);
  const generateMs = Math.round(performance.now() - t0);
  log(`${generated} reports in ${generateMs} ms`);

  // A session of the IOC operator (whole province) and of a ward officer.
  const session = async (username: string) => {
    const u = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    const { token } = await db.transaction().execute((trx) =>
      server.services.sessions.create(trx, {
        userId: u.id,
        isAdmin: false,
        mfaPassed: true,
        method: 'password',
        ip: '127.0.0.1',
        userAgent: 'bench',
      }),
    );
    return { cookie: `vioc_sid=${token}` };
  };
  const operator = await session('trucioc');
  const officer = await session('cbtanninh');
  const ward = points[0]!.ward;
  const p0 = points[0]!;
  const bbox = [p0.lon - 0.05, p0.lat - 0.05, p0.lon + 0.05, p0.lat + 0.05].join(',');
  const queries: [string, string, Record<string, string>?][] = [
    ['public list, page 1', '/api/public/reports?limit=20'],
    ['public list, one ward', `/api/public/reports?wardId=${ward}&limit=20`],
    ['public list, search', `/api/public/reports?q=${encodeURIComponent('mẫu 4242')}&limit=20`],
    ['public map, 10 km box', `/api/public/reports/map?bbox=${bbox}`],
    ['public map, whole province', '/api/public/reports/map'],
    ['stats by ward, 1 year (operator)', '/api/reports/stats?groupBy=ward', operator],
    ['stats by month (operator)', '/api/reports/stats?groupBy=period&period=month', operator],
    [
      'stats by category, 30 days (operator)',
      `/api/reports/stats?groupBy=category&from=${new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)}`,
      operator,
    ],
    ['stats by unit (ward officer)', '/api/reports/stats?groupBy=unit', officer],
  ];
  const results: Record<string, { status: number; p50: number; p95: number; max: number }> = {};
  for (const [label, url, headers] of queries) {
    const times: number[] = [];
    let status = 0;
    for (let k = 0; k < QUERY_RUNS; k++) {
      const s0 = performance.now();
      const res = await fetch(base + url, { headers: headers ?? {} });
      await res.arrayBuffer();
      times.push(performance.now() - s0);
      status = res.status;
    }
    times.sort((a, b) => a - b);
    results[label] = {
      status,
      p50: round(quantile(times, 0.5)),
      p95: round(quantile(times, 0.95)),
      max: round(times.at(-1)!),
    };
    log(label, results[label]);
  }
  return {
    machine: m,
    submission: { settings: SUBMIT, ...submission },
    n: generated,
    generateMs,
    runsPerQuery: QUERY_RUNS,
    queries: results,
  };
}
