import type { PublicReportDto, PublicReportStatus } from '@vioc/contracts';
import type { Context } from './context.js';
import type { ListFilter } from './lists.repo.js';
import { publicStatusOf, publicSteps, statusesOfPublic } from './machine.js';
import { PUBLIC_VISIBLE } from './reports.repo.js';
import { reportsErrors } from './reports.errors.js';
import { iso, listFilter, mediaOf } from './view-helpers.js';
import { publicTotal } from './statistics.rollup.js';

/** The public side: list, map points and the report page. Never the reporter, never internal notes or steps. */
export function createPublicViews(c: Context) {
  const { repo } = c;
  const media = (id: string) => mediaOf(c, id);

  async function publicFilter(q: {
    status?: PublicReportStatus;
    categoryId?: string;
    wardId?: string;
    from?: string;
    to?: string;
    q?: string;
    limit: number;
    offset?: number;
  }): Promise<ListFilter> {
    return {
      ...(await listFilter(c, { ...q, status: undefined, offset: q.offset ?? 0 })),
      ...(q.status && { statuses: statusesOfPublic(q.status) }),
    };
  }

  /**
   * Without text or codes the total comes from the statistics rollup (exact,
   * without count(*) over every public report); otherwise it is counted.
   */
  async function publicList(q: Parameters<typeof publicFilter>[0]) {
    const f = await publicFilter(q);
    const [page, rolled] = await Promise.all([
      c.lists.publicList(f, { count: Boolean(f.q || f.codes || f.unitId) }),
      f.q || f.codes || f.unitId ? null : publicTotal(c.db, f),
    ]);
    const { rows } = page;
    const total = page.total ?? rolled ?? (await c.lists.publicList({ ...f, limit: 0 })).total ?? 0;
    return {
      items: rows.map((r) => ({
        id: r.id,
        code: r.code,
        status: publicStatusOf(r.status)!,
        title: r.title,
        categoryId: r.category_id,
        categoryName: r.category_name,
        areaUnitName: r.area_name,
        lat: r.lat,
        lon: r.lon,
        createdAt: r.created_at.toISOString(),
        publishedAt: iso(r.published_at),
        thumbnailUrl: r.first_photo_id ? `/api/files/${r.first_photo_id}/thumbnail` : null,
      })),
      total,
      totalCapped: page.capped,
    };
  }

  async function mapPoints(q: Parameters<typeof publicFilter>[0] & { bbox?: string }) {
    const f = await publicFilter({ ...q, offset: 0 });
    const bbox = q.bbox?.split(',').map(Number) as [number, number, number, number] | undefined;
    const rows = await c.lists.mapPoints({ ...f, ...(bbox && { bbox }) });
    return rows.map((r) => ({
      id: r.id,
      lat: r.lat,
      lon: r.lon,
      status: publicStatusOf(r.status)!,
      categoryId: r.category_id,
    }));
  }

  /** The public page: photos, public steps, the official answer; never the reporter, never internal notes. */
  async function publicDetail(id: string): Promise<PublicReportDto> {
    const r = await repo.find(id);
    if (!r || !r.is_public || !PUBLIC_VISIBLE.includes(r.status)) throw reportsErrors.error('REPORT_NOT_FOUND');
    const [history, files] = await Promise.all([repo.history(id, ['public']), media(id)]);
    const answered = ['published', 'rated', 'closed'].includes(r.status);
    return {
      id: r.id,
      code: r.code,
      status: publicStatusOf(r.status)!,
      category: { id: r.category_id, code: r.category_code, name: r.category_name },
      title: r.title,
      description: r.description,
      location: { lat: r.lat, lon: r.lon, address: r.address },
      areaUnitName: r.area_name,
      assignedUnitName: r.assigned_name,
      createdAt: r.created_at.toISOString(),
      publishedAt: answered ? iso(r.published_at) : null,
      media: files,
      timeline: publicSteps(
        history.map((h) => ({
          at: h.at.toISOString(),
          action: h.action,
          status: publicStatusOf(h.to_status) ?? 'received',
          unitName: h.unit_name,
        })),
      ),
      answer:
        answered && r.answer && r.published_at
          ? { text: r.answer, publishedAt: r.published_at.toISOString(), unitName: r.assigned_name }
          : null,
      rating: answered && r.rating !== null ? { stars: r.rating } : null,
    };
  }

  /**
   * Public reports as rows, for the machine channels (Open311): the same
   * visibility as the public list, filtered by public statuses, leaf
   * categories, creation instants or codes.
   */
  async function publicRecords(q: {
    statuses?: readonly PublicReportStatus[];
    categoryId?: string;
    from?: Date;
    to?: Date;
    codes?: readonly string[];
    limit: number;
  }) {
    const { rows } = await c.lists.publicList(
      {
        ...(q.statuses && { statuses: q.statuses.flatMap(statusesOfPublic) }),
        ...(q.categoryId && { categoryIds: await c.categories.subtreeIds(q.categoryId) }),
        ...(q.from && { from: q.from }),
        ...(q.to && { to: q.to }),
        ...(q.codes && { codes: q.codes }),
        limit: q.limit,
        offset: 0,
      },
      // the machine channels page by time and codes, they show no total
      { count: false },
    );
    return rows.map((r) => ({ ...r, publicStatus: publicStatusOf(r.status)! }));
  }

  return { publicList, mapPoints, publicDetail, publicRecords };
}

export type PublicViews = ReturnType<typeof createPublicViews>;
