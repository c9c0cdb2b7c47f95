import type { ReportStatus } from '@vioc/contracts';
import { foldForSearch } from '../../core/org/index.js';
import { vnDayStart, type Context } from './context.js';
import type { ListFilter } from './lists.repo.js';

export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** A report's photos and video, as links. */
export async function mediaOf(c: Context, id: string) {
  return (await c.deps.files.listAttached('report', id)).map((f) => ({
    id: f.id,
    kind: f.kind,
    url: f.url,
    thumbnailUrl: f.thumbnailUrl,
  }));
}

/** Query parameters → list filter: a category with its children, Vietnam-time days, folded search text. */
export async function listFilter(
  c: Context,
  q: {
    status?: ReportStatus;
    categoryId?: string;
    wardId?: string;
    unitId?: string;
    from?: string;
    to?: string;
    q?: string;
    limit: number;
    offset: number;
  },
): Promise<ListFilter> {
  return {
    ...(q.status && { statuses: [q.status] }),
    ...(q.categoryId && { categoryIds: await c.categories.subtreeIds(q.categoryId) }),
    ...(q.wardId && { wardId: q.wardId }),
    ...(q.unitId && { unitId: q.unitId }),
    ...(q.from && { from: vnDayStart(q.from) }),
    ...(q.to && { to: new Date(vnDayStart(q.to).getTime() + 86_400_000) }),
    ...(q.q && { q: foldForSearch(q.q) }),
    limit: q.limit,
    offset: q.offset,
  };
}
