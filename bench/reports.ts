/**
 * Citizen reports, the reading side: the public list / map and the staff
 * statistics over N generated reports (BENCH_REPORTS_N, default 100,000;
 * 1,000,000 takes a few minutes), p95 per query over HTTP.
 *
 * The reports are spread over the last 365 days the way a running service
 * leaves them: stored in reception order; old reports are answered, closed or
 * rejected (a few stay stuck and overdue), the last weeks hold the open ones. Statistics are measured
 * twice in one run: first with the rollup unusable (the live query over the
 * reports table, as before the rollup; fewer runs, it is slow at 1M), then
 * after the rollup job (its duration is reported), and once more with dirty
 * cells (old reports changed after the job: their day × ward is read live
 * until the next run).
 * Submission throughput is bench/reports-submit.ts.
 */
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import pino from 'pino';
import { buildServer } from '../apps/server/src/server.js';
import { refreshStatsRollup } from '../apps/server/src/modules/reports/statistics.rollup.js';
import { pointsInWards } from './lib/points.js';
import { defer, log, machine, quantile, round, sleep } from './lib/common.js';
import { scratchDatabase } from './lib/setup.js';
import { generateReports } from './lib/reports-data.js';

export const description = 'Public list/map and statistics p95 over N reports (live vs rollup)';

const N = Number(process.env.BENCH_REPORTS_N ?? 100_000);
const QUERY_RUNS = 40;
const LIVE_RUNS = Number(process.env.BENCH_REPORTS_LIVE_RUNS ?? (N > 300_000 ? 5 : 20));
/** Development aid: keep the database up this long after generation (its URL is logged), e.g. to EXPLAIN. */
const HOLD_SECONDS = Number(process.env.BENCH_REPORTS_HOLD_SECONDS ?? 0);

export default async function reportsBench() {
  const m = machine();
  const s = await scratchDatabase({ seed: true, env: { RATE_LIMIT_PUBLIC_PER_MINUTE: '100000000' } });
  const { db, pool } = s;
  const server = await buildServer({ config: s.config, db, pool, url: s.url, logger: pino({ level: 'silent' }) });
  defer('vioc server', () => server.stop());
  await server.start();
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;

  // The bench runs the rollup job itself (and times it): no scheduler competing with it.
  await server.services.jobs.stop();

  // Points inside the province (the server's own point-in-polygon), spread over the wards.
  const wards = await db.selectFrom('units').select(['id']).where('kind', '=', 'ward').execute();
  const points = await pointsInWards(db, server.services.org, 2000);
  const leaves = await db.selectFrom('report_categories').select(['id']).where('parent_id', 'is not', null).execute();
  log(`${wards.length} wards, ${leaves.length} leaf categories, ${points.length} sample points`);

  log(`generating ${N} reports`);
  const t0 = performance.now();
  await generateReports(db, points, N);
  // what autovacuum does to an append-mostly table: statistics, and the visibility map index-only scans need
  await sql`VACUUM ANALYZE`.execute(db);
  const generated = Number((await sql<{ n: string }>`SELECT count(*) n FROM reports`.execute(db)).rows[0]!.n);
  const generateMs = Math.round(performance.now() - t0);
  log(`${generated} reports in ${generateMs} ms`);
  const mix = (
    await sql<{ status: string; n: string }>`SELECT status, count(*) n FROM reports GROUP BY 1 ORDER BY 1`.execute(db)
  ).rows.map((r) => [r.status, Number(r.n)]);
  if (HOLD_SECONDS) {
    log(`holding the database for ${HOLD_SECONDS} s: ${s.url}`);
    await sleep(HOLD_SECONDS * 1000);
  }

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
  const day = (ago: number) => new Date(Date.now() + 7 * 3_600_000 - ago * 86_400_000).toISOString().slice(0, 10);
  type Query = [string, string, Record<string, string>?];
  const publicQueries: Query[] = [
    ['public list, page 1', '/api/public/reports?limit=20'],
    ['public list, page 1, status answered', '/api/public/reports?status=answered&limit=20'],
    ['public list, one ward', `/api/public/reports?wardId=${ward}&limit=20`],
    ['public list, search (rare term)', `/api/public/reports?q=${encodeURIComponent('mẫu 4242')}&limit=20`],
    ['public list, search (common term)', `/api/public/reports?q=${encodeURIComponent('phản ánh')}&limit=20`],
    ['public map, 10 km box', `/api/public/reports/map?bbox=${bbox}`],
    ['public map, whole province', '/api/public/reports/map'],
  ];
  const statsQueries: Query[] = [
    ['stats by ward, 1 year (operator)', '/api/reports/stats?groupBy=ward', operator],
    ['stats by month (operator)', '/api/reports/stats?groupBy=period&period=month', operator],
    ['stats by week (operator)', '/api/reports/stats?groupBy=period&period=week', operator],
    ['stats by unit (operator)', '/api/reports/stats?groupBy=unit', operator],
    ['stats by category root (operator)', '/api/reports/stats?groupBy=categoryRoot', operator],
    ['stats by category, 30 days (operator)', `/api/reports/stats?groupBy=category&from=${day(30)}`, operator],
    ['stats by unit (ward officer)', '/api/reports/stats?groupBy=unit', officer],
    ['stats by category (ward officer)', '/api/reports/stats?groupBy=category', officer],
  ];
  type Result = { status: number; p50: number; p95: number; max: number; bytes: number };
  const measure = async (queries: Query[], runs: number, tag = '') => {
    const results: Record<string, Result> = {};
    for (const [label, url, headers] of queries) {
      const times: number[] = [];
      let status = 0;
      let bytes = 0;
      for (let k = 0; k < runs; k++) {
        const s0 = performance.now();
        const res = await fetch(base + url, { headers: headers ?? {} });
        bytes = (await res.arrayBuffer()).byteLength;
        times.push(performance.now() - s0);
        status = res.status;
      }
      times.sort((a, b) => a - b);
      results[label] = {
        status,
        p50: round(quantile(times, 0.5)),
        p95: round(quantile(times, 0.95)),
        max: round(times.at(-1)!),
        bytes,
      };
      log(tag, label, results[label]);
    }
    return results;
  };
  const answers = async () =>
    Promise.all(
      statsQueries.map(async ([, url, headers]) => (await fetch(base + url, { headers: headers ?? {} })).text()),
    );

  // ── before: no rollup (the live query over every report of the period) ──
  const statsLive = await measure(statsQueries, LIVE_RUNS, 'live');
  const liveAnswers = await answers();

  // ── the rollup job over everything, then the same queries ──
  const refresh = () => refreshStatsRollup(db, server.services.calendar);
  const build = await refresh();
  await sql`ANALYZE report_stats_rollup`.execute(db);
  const rollupRows = Number(
    (await sql<{ n: string }>`SELECT count(*) n FROM report_stats_rollup`.execute(db)).rows[0]!.n,
  );
  log('rollup built', build, `${rollupRows} rows`);
  // The same questions, the rollup against the live table, asked back to back (overdueNow moves with the clock).
  const rolledAnswers = await answers();
  const state = await sql`SELECT rolled_through FROM report_stats_state`.execute(db);
  await sql`UPDATE report_stats_state SET rolled_through = NULL`.execute(db);
  const liveAgain = await answers();
  await sql`UPDATE report_stats_state SET rolled_through = ${(state.rows[0] as { rolled_through: string }).rolled_through}`.execute(
    db,
  );
  const differences = rolledAnswers.flatMap((a, i) => {
    if (a === liveAgain[i]) return [];
    type Answer = { rows: Record<string, unknown>[]; total: Record<string, unknown> };
    const [x, y] = [JSON.parse(a) as Answer, JSON.parse(liveAgain[i]!) as Answer];
    return [...x.rows, x.total].flatMap((row, j) => {
      const other = [...y.rows, y.total][j] ?? {};
      return Object.keys(row)
        .filter((k) => row[k] !== other[k])
        .map(
          (k) =>
            `${statsQueries[i]![0]} / ${String(row.label)} / ${k}: rollup ${String(row[k])}, live ${String(other[k])}`,
        );
    });
  });
  const same = differences.length === 0 && liveAnswers.length > 0;
  log('rollup answers = live answers:', same, differences.slice(0, 10));
  const statsRollup = await measure(statsQueries, QUERY_RUNS, 'rollup');
  const publicResults = await measure(publicQueries, QUERY_RUNS, 'public');

  // ── dirty cells: the handling of about a minute at this volume (20 reports of the last 40 days answered
  // since the job; each marks its reception day × ward), then 1,000 reports over 10 days (a bulk change) ──
  const dirtyAfter = async (changes: number, days: string) => {
    await sql`UPDATE reports SET status = 'closed', published_at = coalesce(published_at, now()), updated_at = now()
      WHERE id IN (SELECT id FROM reports WHERE status NOT IN ('closed', 'rejected') AND ${sql.raw(days)}
        ORDER BY random() LIMIT ${changes})`.execute(db);
    return Number(
      (
        await sql<{ n: string }>`SELECT count(*) n FROM (SELECT DISTINCT day, area_unit_id FROM report_stats_dirty
          WHERE day < current_date) x`.execute(db)
      ).rows[0]!.n,
    );
  };
  const fewCells = await dirtyAfter(20, "created_at BETWEEN now() - interval '40 days' AND now() - interval '1 day'");
  const statsFew = await measure(statsQueries.slice(0, 4), QUERY_RUNS, `dirty(${fewCells} cells)`);
  const refreshFew = await refresh();
  const manyCells = await dirtyAfter(
    1000,
    'created_at::date IN (SELECT (current_date - 45 - 30 * g)::date FROM generate_series(0, 9) g)',
  );
  const statsMany = await measure(statsQueries.slice(0, 4), QUERY_RUNS, `dirty(${manyCells} cells)`);
  const incremental = await refresh();
  log('incremental refresh', incremental);

  const ratio: Record<string, number> = {};
  for (const k of Object.keys(statsLive)) ratio[k] = round(statsLive[k]!.p95 / statsRollup[k]!.p95, 1);
  return {
    machine: m,
    n: generated,
    statusMix: Object.fromEntries(mix),
    generateMs,
    runsPerQuery: { live: LIVE_RUNS, other: QUERY_RUNS },
    rollup: {
      buildMs: build.ms,
      days: build.days,
      rows: rollupRows,
      sameAnswersAsLive: same,
      differences: differences.slice(0, 20),
    },
    public: publicResults,
    statistics: { live: statsLive, rollup: statsRollup, liveOverRollupP95: ratio },
    dirty: {
      minute: { reportsChanged: 20, cells: fewCells, queries: statsFew, refreshMs: refreshFew.ms },
      bulk: { reportsChanged: 1000, cells: manyCells, queries: statsMany, refreshMs: incremental.ms },
    },
  };
}
