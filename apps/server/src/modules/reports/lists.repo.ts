import { sql, type Kysely } from 'kysely';
import type { Database, ReportStatusColumn } from '../../core/db/index.js';
import { fullQuery, PUBLIC_VISIBLE, type FullQuery } from './reports.repo.js';

type Tx = Kysely<Database>;

export interface ListFilter {
  statuses?: readonly ReportStatusColumn[];
  categoryIds?: readonly string[];
  wardId?: string;
  unitId?: string;
  from?: Date;
  to?: Date;
  q?: string;
  /** Exact report codes (Open311 service_request_id). */
  codes?: readonly string[];
  limit: number;
  offset: number;
}

/**
 * Order of a staff queue: `newest` first, or `due` — overdue first, then by deadline (soonest first), those
 * without one last: what to act on next.
 */
export type StaffSort = 'newest' | 'due';

export interface StaffScope {
  /** Paths reached by place (IOC operators' areas, government leaders). */
  area: readonly string[];
  /** Paths reached as the handling unit (officers, unit leaders). */
  handler: readonly string[];
}

/**
 * The public list's total under a text search stops here (the answer says
 * "more than" with `totalCapped`): 50 pages of 20.
 */
export const SEARCH_TOTAL_CAP = 1000;

function likePattern(folded: string): string {
  return '%' + folded.replace(/[%_\\]/g, '\\$&') + '%';
}

/** Reports the staff scope reaches: by place (area) or as the handling unit. */
function inScope(q: FullQuery, scope: StaffScope): FullQuery {
  const area = [...scope.area];
  const handler = [...scope.handler];
  return q.where(
    sql<boolean>`(area.path <@ ${area}::ltree[] OR au.path <@ ${area}::ltree[] OR au.path <@ ${handler}::ltree[])`,
  );
}

/** SQL of the lists: staff queues, "my reports", the public list and map. */
export function listsRepo(db: Tx) {
  const full = () => fullQuery(db);
  return {
    staffList: async (
      scope: StaffScope,
      f: ListFilter,
      extra: (q: FullQuery) => FullQuery,
      order: { sort: StaffSort; now: Date; open: readonly ReportStatusColumn[] } = {
        sort: 'newest',
        now: new Date(),
        open: [],
      },
    ) => {
      let q = extra(inScope(full(), scope));
      q = applyFilter(q, f);
      let ordered = q;
      if (order.sort === 'due') {
        const open = [...order.open];
        ordered = ordered
          .orderBy(sql`(r.status::text = ANY(${open}::text[]) AND r.due_at <= ${order.now})`, 'desc')
          .orderBy('r.due_at', (ob) => ob.asc().nullsLast());
      }
      const [rows, total] = await Promise.all([
        ordered.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(f.limit).offset(f.offset).execute(),
        q
          .clearSelect()
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },
    mine: (userId: string, limit: number, offset: number) =>
      full()
        .innerJoin('report_reporters as p', 'p.report_id', 'r.id')
        .where('p.user_id', '=', userId)
        .orderBy('r.created_at', 'desc')
        .limit(limit)
        .offset(offset)
        .execute(),
    /** The public list; `count: false` leaves the total to the caller (the rollup counts it without count(*)). */
    publicList: async (f: ListFilter, opts: { count?: boolean } = {}) => {
      const q = applyFilter(
        full()
          .where('r.is_public', '=', true)
          .where('r.status', 'in', PUBLIC_VISIBLE as ReportStatusColumn[]),
        f,
      );
      const [rows, total] = await Promise.all([
        q
          .select((eb) =>
            eb
              .selectFrom('files_attachments as f')
              .select('f.id')
              .whereRef('f.attached_id', '=', 'r.id')
              .where('f.attached_type', '=', 'report')
              .where('f.kind', '=', 'photo')
              .orderBy('f.created_at')
              .limit(1)
              .as('first_photo_id'),
          )
          .orderBy('r.created_at', 'desc')
          .orderBy('r.id', 'desc')
          .limit(f.limit)
          .offset(f.offset)
          .execute(),
        opts.count === false
          ? null
          : f.q
            ? // a common word matches most reports: counting them all takes seconds, so stop at the cap
              db
                .selectFrom(
                  q
                    .clearSelect()
                    .select(sql<number>`1`.as('one'))
                    .limit(SEARCH_TOTAL_CAP + 1)
                    .as('m'),
                )
                .select((eb) => eb.fn.countAll<string>().as('n'))
                .executeTakeFirstOrThrow()
            : q
                .clearSelect()
                .select((eb) => eb.fn.countAll<string>().as('n'))
                .executeTakeFirstOrThrow(),
      ]);
      const counted = total ? Number(total.n) : null;
      const capped = Boolean(f.q) && counted !== null && counted > SEARCH_TOTAL_CAP;
      return { rows, total: capped ? SEARCH_TOTAL_CAP : counted, capped };
    },
    mapPoints: (f: Omit<ListFilter, 'offset'> & { bbox?: [number, number, number, number] }) => {
      let q = db
        .selectFrom('reports as r')
        .select(['r.id', 'r.lat', 'r.lon', 'r.status', 'r.category_id'])
        .where('r.is_public', '=', true)
        .where('r.status', 'in', PUBLIC_VISIBLE as ReportStatusColumn[]);
      if (f.statuses) q = q.where('r.status', 'in', f.statuses as ReportStatusColumn[]);
      if (f.categoryIds) q = q.where('r.category_id', 'in', f.categoryIds as string[]);
      if (f.wardId) q = q.where('r.area_unit_id', '=', f.wardId);
      if (f.from) q = q.where('r.created_at', '>=', f.from);
      if (f.to) q = q.where('r.created_at', '<', f.to);
      if (f.bbox) {
        const [x1, y1, x2, y2] = f.bbox;
        q = q.where(sql<boolean>`r.location <@ box(point(${x1}, ${y1}), point(${x2}, ${y2}))`);
      }
      return q.orderBy('r.created_at', 'desc').limit(f.limit).execute();
    },
  };
}

function applyFilter<Q extends FullQuery>(q: Q, f: ListFilter): Q {
  let out = q as FullQuery;
  if (f.statuses) out = out.where('r.status', 'in', f.statuses as ReportStatusColumn[]);
  if (f.categoryIds) out = out.where('r.category_id', 'in', f.categoryIds as string[]);
  if (f.wardId) out = out.where('r.area_unit_id', '=', f.wardId);
  if (f.unitId) out = out.where('r.assigned_unit_id', '=', f.unitId);
  if (f.from) out = out.where('r.created_at', '>=', f.from);
  if (f.to) out = out.where('r.created_at', '<', f.to);
  if (f.codes) out = out.where('r.code', 'in', f.codes as string[]);
  if (f.q) {
    const pattern = likePattern(f.q);
    out = out.where((eb) =>
      eb.or([
        eb(sql`vn_fold(r.title || ' ' || r.description)`, 'like', pattern),
        eb(sql`lower(r.code)`, 'like', pattern),
      ]),
    );
  }
  return out as Q;
}

export type ListsRepo = ReturnType<typeof listsRepo>;
