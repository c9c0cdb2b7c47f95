/** Generated reports for the benches that need a province with many of them. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../apps/server/src/core/db/schema.js';
import { log } from './common.js';
import type { WardPoint } from './points.js';

const BATCH = 100_000;

/** n reports in batches (one INSERT … SELECT generate_series each), the numbering from `first`. */
export async function generateReports(db: Kysely<Database>, points: WardPoint[], n: number, first = 1): Promise<void> {
  for (let lo = first; lo < first + n; lo += BATCH) {
    const hi = Math.min(first + n - 1, lo + BATCH - 1);
    await sql`
      WITH p AS (SELECT ord, lat, lon, ward FROM unnest(${points.map((p) => p.lat)}::float8[],
                   ${points.map((p) => p.lon)}::float8[], ${points.map((p) => p.ward)}::uuid[])
                 WITH ORDINALITY AS u(lat, lon, ward, ord)),
           c AS (SELECT row_number() OVER () AS ord, id, handling_days FROM report_categories WHERE parent_id IS NOT NULL),
           -- the numbering follows reception time, as appends of a running service do (rows in time order on disk)
           g0 AS (SELECT s, 365 * (1 - (s - ${first} + random()) / ${n}::float8) AS age, random() AS u
                  FROM generate_series(${lo}::int, ${hi}::int) s),
           g AS (SELECT s, age, now() - age * interval '1 day' AS created,
             CASE WHEN u < 0.05 THEN 'rejected'
                  WHEN age < 2 AND u < 0.35 THEN 'received'
                  WHEN (age < 30 AND u < 0.6) OR u > 0.985 THEN
                    (ARRAY['verified','assigned','in_progress','answer_drafted','answer_approved'])[1 + (s % 5)]
                  ELSE (ARRAY['published','rated','closed','closed'])[1 + (s % 4)] END AS status
             FROM g0),
           t AS (SELECT g.*, c.id AS category_id, c.handling_days, p.lat, p.lon, p.ward,
               g.created + interval '3 hours' AS verified,
               g.created + interval '3 hours' + c.handling_days * interval '1 day' AS due,
               least(now(), g.created + interval '4 hours' + random() * c.handling_days * 1.3 * interval '1 day')
                 AS published
             FROM g JOIN p ON p.ord = 1 + (g.s % ${points.length}) JOIN c ON c.ord = 1 + (g.s % (SELECT count(*) FROM c)))
      INSERT INTO reports (code, channel, category_id, title, description, lat, lon, location_source, area_unit_id,
        assigned_unit_id, status, is_public, reject_reason, created_at, updated_at, verified_at, assigned_at, due_at,
        published_at, rating, overdue_at)
      SELECT 'BENCH-' || t.s, 'web', t.category_id, 'Phản ánh mẫu ' || t.s, 'Nội dung phản ánh mẫu số ' || t.s,
        t.lat, t.lon, 'map', t.ward,
        CASE WHEN t.status NOT IN ('received', 'verified', 'rejected') THEN t.ward END,
        t.status, (t.s % 10) <> 0, CASE WHEN t.status = 'rejected' THEN 'spam' END, t.created, t.created,
        CASE WHEN t.status NOT IN ('received', 'rejected') THEN t.verified END,
        CASE WHEN t.status NOT IN ('received', 'verified', 'rejected') THEN t.verified END,
        CASE WHEN t.status NOT IN ('received', 'rejected') THEN t.due END,
        CASE WHEN t.status IN ('published', 'rated', 'closed') THEN t.published END,
        CASE WHEN t.status IN ('rated', 'closed') AND t.s % 3 <> 0 THEN 1 + (t.s::bigint * 7919) % 5 END,
        CASE WHEN t.status IN ('published', 'rated', 'closed') AND t.published > t.due THEN t.due
             WHEN t.status NOT IN ('received', 'rejected', 'published', 'rated', 'closed') AND t.due < now() THEN t.due
        END
      FROM t ORDER BY t.s`.execute(db);
    log(`  ${hi - first + 1} reports`);
  }
}
