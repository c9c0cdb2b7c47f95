import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { Database, ReportStatusColumn } from '../../core/db/index.js';

type Tx = Kysely<Database>;

/** Statuses in which a report is being handled and its deadline runs. */
export const OPEN_STATUSES: readonly ReportStatusColumn[] = [
  'verified',
  'assigned',
  'in_progress',
  'answer_drafted',
  'answer_approved',
];
/** Statuses shown to the public (when the report is public). */
export const PUBLIC_VISIBLE: readonly ReportStatusColumn[] = [
  'verified',
  'assigned',
  'in_progress',
  'answer_drafted',
  'answer_approved',
  'published',
  'rated',
  'closed',
];

/** A report with the names and paths its views and checks need. */
export function fullQuery(q: Tx) {
  return q
    .selectFrom('reports as r')
    .innerJoin('report_categories as c', 'c.id', 'r.category_id')
    .innerJoin('org_units as area', 'area.id', 'r.area_unit_id')
    .leftJoin('org_units as au', 'au.id', 'r.assigned_unit_id')
    .leftJoin('auth_user_names as asg', 'asg.id', 'r.assignee_user_id')
    .leftJoin('reports as dup', 'dup.id', 'r.duplicate_of')
    .select([
      'r.id',
      'r.code',
      'r.channel',
      'r.category_id',
      'r.title',
      'r.description',
      'r.lat',
      'r.lon',
      'r.address',
      'r.location_source',
      'r.area_unit_id',
      'r.assigned_unit_id',
      'r.assignee_user_id',
      'r.status',
      'r.is_public',
      'r.anonymous',
      'r.confidential',
      'r.reject_reason',
      'r.duplicate_of',
      'r.answer',
      'r.answer_drafted_at',
      'r.answer_drafted_by',
      'r.answer_approved_at',
      'r.answer_approved_by',
      'r.published_at',
      'r.rating',
      'r.rating_comment',
      'r.rated_at',
      'r.info_question',
      'r.info_requested_at',
      'r.verified_at',
      'r.assigned_at',
      'r.closed_at',
      'r.due_at',
      'r.reminded_at',
      'r.overdue_at',
      'r.reopen_count',
      'r.created_at',
      'r.updated_at',
      'r.created_by',
      'c.code as category_code',
      'c.name as category_name',
      'c.handling_days',
      'area.path as area_path',
      'area.full_name as area_name',
      'area.kind as area_kind',
      'au.path as assigned_path',
      'au.full_name as assigned_name',
      'asg.full_name as assignee_name',
      'dup.code as duplicate_code',
    ]);
}

export interface SimilarFilter {
  excludeId: string | null;
  categoryId: string;
  lat: number;
  lon: number;
  radiusM: number;
  since: Date;
  title: string;
  text: string;
  threshold: number;
  limit: number;
}

/**
 * Duplicate search: reports of the category within radiusM of the point,
 * created since `since`, whose folded text is similar. A GiST box search
 * narrows the rows, haversine gives the distance, pg_trgm the similarity.
 * Embedded in insertSubmitted.
 */
function similarNearbyQuery(trx: Tx, f: SimilarFilter) {
  const dLat = f.radiusM / 111_320;
  const dLon = f.radiusM / (111_320 * Math.max(Math.cos((f.lat * Math.PI) / 180), 0.01));
  const distance = sql<number>`(2 * 6371008.8 * asin(sqrt(
      power(sin(radians(r.lat - ${f.lat}::float8) / 2), 2) +
      cos(radians(${f.lat}::float8)) * cos(radians(r.lat)) * power(sin(radians(r.lon - ${f.lon}::float8) / 2), 2))))`;
  const similarity = sql<number>`greatest(
      similarity(vn_fold(r.title), vn_fold(${f.title}::text)),
      similarity(vn_fold(r.title || ' ' || r.description), vn_fold(${f.text}::text)))`;
  return trx
    .selectFrom('reports as r')
    .select(['r.id', distance.as('distance_m'), similarity.as('similarity')])
    .where('r.category_id', '=', f.categoryId)
    .where('r.created_at', '>=', f.since)
    .where('r.status', '<>', 'rejected')
    .$if(f.excludeId !== null, (q) => q.where('r.id', '<>', f.excludeId!))
    .where(
      sql<boolean>`r.location <@ box(point(${f.lon - dLon}::float8, ${f.lat - dLat}::float8), point(${f.lon + dLon}::float8, ${f.lat + dLat}::float8))`,
    )
    .where(distance, '<=', f.radiusM)
    .where(similarity, '>=', f.threshold)
    .orderBy('similarity', 'desc')
    .limit(f.limit);
}

/** SQL for the report tables (reports, reporters, history, checklist, comments, extensions, duplicates). */
export function reportsRepo(db: Kysely<Database>) {
  const full = (q: Tx = db) => fullQuery(q);

  return {
    full,
    find: (id: string, trx: Tx = db) => full(trx).where('r.id', '=', id).executeTakeFirst(),
    /** The report locked for a transition: concurrent actions on it wait for this one. */
    lock: (trx: Tx, id: string) => full(trx).where('r.id', '=', id).forUpdate('r').executeTakeFirst(),
    findByCode: (code: string) => full().where('r.code', '=', code).executeTakeFirst(),

    insert: (trx: Tx, r: Insertable<Database['reports']>) =>
      trx.insertInto('reports').values(r).returning('id').executeTakeFirstOrThrow(),
    update: (trx: Tx, id: string, patch: Updateable<Database['reports']>) =>
      trx.updateTable('reports').set(patch).where('id', '=', id).execute(),

    reporterOf: (reportId: string, trx: Tx = db) =>
      trx.selectFrom('report_reporters').selectAll().where('report_id', '=', reportId).executeTakeFirst(),
    /** Reporters of a report and of every report merged into it. */
    reportersOfGroup: (rootId: string, trx: Tx = db) =>
      trx
        .selectFrom('report_reporters as p')
        .innerJoin('reports as r', 'r.id', 'p.report_id')
        .select(['p.report_id', 'p.user_id', 'p.name', 'p.phone', 'p.email', 'r.code', 'r.title'])
        .where((eb) => eb.or([eb('r.id', '=', rootId), eb('r.duplicate_of', '=', rootId)]))
        .execute(),
    setTokenHash: (reportId: string, hash: Buffer) =>
      db.updateTable('report_reporters').set({ token_hash: hash }).where('report_id', '=', reportId).execute(),
    countByContactSince: async (contactKey: string, since: Date) =>
      Number(
        (
          await db
            .selectFrom('report_reporters')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('contact_key', '=', contactKey)
            .where('created_at', '>=', since)
            .executeTakeFirstOrThrow()
        ).n,
      ),

    findSubmission: (keyHash: string) =>
      db.selectFrom('report_submissions').selectAll().where('key_hash', '=', keyHash).executeTakeFirst(),

    insertHistory: (trx: Tx, h: Insertable<Database['report_history']>) =>
      trx.insertInto('report_history').values(h).execute(),
    history: (reportId: string, visibilities: readonly ('internal' | 'reporter' | 'public')[]) =>
      db
        .selectFrom('report_history as h')
        .leftJoin('org_units as u', 'u.id', 'h.unit_id')
        .select([
          'h.at',
          'h.action',
          'h.from_status',
          'h.to_status',
          'h.actor_label',
          'h.note',
          'h.visibility',
          'u.full_name as unit_name',
        ])
        .where('h.report_id', '=', reportId)
        .where('h.visibility', 'in', visibilities)
        .orderBy('h.at')
        .orderBy('h.id')
        .execute(),

    replaceChecklist: async (trx: Tx, reportId: string, items: readonly string[]) => {
      await trx.deleteFrom('report_checklist_items').where('report_id', '=', reportId).execute();
      if (items.length)
        await trx
          .insertInto('report_checklist_items')
          .values(items.map((text, position) => ({ report_id: reportId, position, text })))
          .execute();
    },
    checklist: (reportId: string) =>
      db
        .selectFrom('report_checklist_items')
        .selectAll()
        .where('report_id', '=', reportId)
        .orderBy('position')
        .execute(),
    tick: (trx: Tx, reportId: string, position: number, done: { at: Date; by: string | null; label: string } | null) =>
      trx
        .updateTable('report_checklist_items')
        .set({ done_at: done?.at ?? null, done_by: done?.by ?? null, done_by_label: done?.label ?? null })
        .where('report_id', '=', reportId)
        .where('position', '=', position)
        .returning(['position', 'text'])
        .executeTakeFirst(),

    comments: (reportId: string) =>
      db
        .selectFrom('report_comments')
        .selectAll()
        .where('report_id', '=', reportId)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
    insertComment: (trx: Tx, c: Insertable<Database['report_comments']>) =>
      trx.insertInto('report_comments').values(c).returningAll().executeTakeFirstOrThrow(),

    pendingExtension: (reportId: string, trx: Tx = db) =>
      trx
        .selectFrom('report_extensions')
        .selectAll()
        .where('report_id', '=', reportId)
        .where('status', '=', 'pending')
        .executeTakeFirst(),
    insertExtension: (trx: Tx, e: Insertable<Database['report_extensions']>) =>
      trx.insertInto('report_extensions').values(e).returning('id').executeTakeFirstOrThrow(),
    decideExtension: (trx: Tx, id: string, patch: Updateable<Database['report_extensions']>) =>
      trx.updateTable('report_extensions').set(patch).where('id', '=', id).where('status', '=', 'pending').execute(),

    /**
     * A new submission in one statement (one round trip instead of eight):
     * its code from the year's sequence (migration 0010), the report, its
     * reporter, its SOP checklist, its first timeline entry, its idempotency
     * key and its duplicate candidates. The candidate search runs on the
     * statement's snapshot, which does not contain the new report yet.
     * A second submission with the same key fails on report_submissions' key.
     */
    insertSubmitted: async (
      trx: Tx,
      s: {
        year: number;
        report: Omit<Insertable<Database['reports']>, 'code' | 'id'>;
        reporter: Omit<Insertable<Database['report_reporters']>, 'report_id'>;
        checklist: readonly string[];
        history: Omit<Insertable<Database['report_history']>, 'report_id' | 'id'>;
        submission: { key_hash: string; request_hash: string } | null;
        duplicates: Omit<SimilarFilter, 'excludeId'>;
      },
    ): Promise<{ id: string; code: string; candidates: number }> => {
      const r = s.report;
      const p = s.reporter;
      const h = s.history;
      const similar = similarNearbyQuery(trx, { ...s.duplicates, excludeId: null });
      const { rows } = await sql<{ id: string; code: string; candidates: number }>`
        WITH n AS (SELECT report_code_next(${s.year}::int)::text AS x),
        new_report AS (
          INSERT INTO reports (code, channel, category_id, title, description, lat, lon, address, location_source,
            area_unit_id, status, is_public, anonymous, confidential, created_at, updated_at, created_by)
          SELECT 'PA-' || ${s.year}::int || '-' || lpad(n.x, greatest(6, length(n.x)), '0'), ${r.channel}::text,
            ${r.category_id}::uuid, ${r.title}::text, ${r.description}::text, ${r.lat}::float8, ${r.lon}::float8,
            ${r.address ?? null}::text, ${r.location_source}::text, ${r.area_unit_id}::uuid, ${r.status ?? 'received'}::text,
            ${r.is_public ?? false}::boolean, ${r.anonymous ?? false}::boolean, ${r.confidential ?? false}::boolean,
            ${r.created_at ?? null}::timestamptz, ${r.updated_at ?? null}::timestamptz, ${r.created_by ?? null}::uuid
          FROM n
          RETURNING id, code
        ),
        reporter AS (
          INSERT INTO report_reporters (report_id, user_id, name, phone, email, contact_key, token_hash, ip, created_at)
          SELECT id, ${p.user_id ?? null}::uuid, ${p.name ?? null}::text, ${p.phone ?? null}::text, ${p.email ?? null}::text,
            ${p.contact_key}::text, ${p.token_hash ?? null}::bytea, ${p.ip ?? null}::text, ${p.created_at ?? null}::timestamptz
          FROM new_report
        ),
        checklist AS (
          INSERT INTO report_checklist_items (report_id, position, text)
          SELECT new_report.id, t.ord - 1, t.text
          FROM new_report, unnest(${[...s.checklist]}::text[]) WITH ORDINALITY AS t(text, ord)
        ),
        history AS (
          INSERT INTO report_history (report_id, at, action, from_status, to_status, actor_id, actor_label, unit_id,
            note, visibility, data)
          SELECT id, ${h.at}::timestamptz, ${h.action}::text, ${h.from_status ?? null}::text, ${h.to_status}::text,
            ${h.actor_id ?? null}::uuid, ${h.actor_label ?? null}::text, ${h.unit_id ?? null}::uuid, ${h.note ?? null}::text,
            ${h.visibility}::text, ${h.data ?? null}::jsonb
          FROM new_report
        ),
        submission AS (
          INSERT INTO report_submissions (key_hash, request_hash, report_id)
          SELECT ${s.submission?.key_hash ?? null}::text, ${s.submission?.request_hash ?? null}::text, id
          FROM new_report WHERE ${s.submission !== null}::boolean
        ),
        candidates AS (
          INSERT INTO report_duplicate_candidates (report_id, candidate_id, distance_m, similarity, found_at)
          SELECT new_report.id, c.id, c.distance_m, c.similarity, ${h.at}::timestamptz
          FROM new_report, (${similar}) AS c
          RETURNING 1
        )
        SELECT id, code, (SELECT count(*)::int FROM candidates) AS candidates FROM new_report`.execute(trx);
      return rows[0]!;
    },
    /** Reports merged into `fromId` now point at `toId`: a merged group has one root. */
    repointDuplicates: (trx: Tx, fromId: string, toId: string) =>
      trx.updateTable('reports').set({ duplicate_of: toId }).where('duplicate_of', '=', fromId).execute(),
    insertCandidates: (trx: Tx, rows: Insertable<Database['report_duplicate_candidates']>[]) =>
      rows.length
        ? trx
            .insertInto('report_duplicate_candidates')
            .values(rows)
            .onConflict((oc) => oc.columns(['report_id', 'candidate_id']).doNothing())
            .execute()
        : Promise.resolve([]),
    /** Candidates found for a report, in both directions, with their current state. */
    candidatesOf: (reportId: string) =>
      db
        .selectFrom('report_duplicate_candidates as d')
        .innerJoin('reports as o', (j) =>
          j.on((eb) =>
            eb.or([
              eb.and([eb('d.report_id', '=', reportId), eb('o.id', '=', eb.ref('d.candidate_id'))]),
              eb.and([eb('d.candidate_id', '=', reportId), eb('o.id', '=', eb.ref('d.report_id'))]),
            ]),
          ),
        )
        .select(['o.id', 'o.code', 'o.title', 'o.status', 'o.created_at', 'd.distance_m', 'd.similarity'])
        .orderBy('d.similarity', 'desc')
        .execute(),

    // ── deadlines ────────────────────────────────────────────────────────

    /** Open reports past due and not yet flagged for this due date (the sweep's safety net). */
    overdueUnflagged: (now: Date, limit: number) =>
      db
        .selectFrom('reports')
        .select(['id', 'due_at'])
        .where('status', 'in', OPEN_STATUSES as ReportStatusColumn[])
        .where('due_at', '<=', now)
        .where((eb) => eb.or([eb('overdue_at', 'is', null), eb('overdue_at', '<', eb.ref('due_at'))]))
        .orderBy('due_at')
        .limit(limit)
        .execute(),
    /** Answered reports whose objection window has passed. */
    closable: (publishedBefore: Date, limit: number) =>
      db
        .selectFrom('reports')
        .select(['id', 'published_at'])
        .where('status', 'in', ['published', 'rated'])
        .where('published_at', '<=', publishedBefore)
        .orderBy('published_at')
        .limit(limit)
        .execute(),
  };
}

export type ReportsRepo = ReturnType<typeof reportsRepo>;
export type FullQuery = ReturnType<typeof fullQuery>;
export type ReportRow = NonNullable<Awaited<ReturnType<ReportsRepo['find']>>>;
