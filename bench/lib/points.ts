import type { Kysely } from 'kysely';
import type { Database } from '../../apps/server/src/core/db/schema.js';
import type { OrgService } from '../../apps/server/src/core/org/index.js';

export interface WardPoint {
  lat: number;
  lon: number;
  /** The ward (unit id) the point lies in. */
  ward: string;
}

/**
 * `n` random points inside the province, each inside a ward by the server's own
 * point-in-polygon (drawn in the province's bounding box, kept when a ward holds them).
 */
export async function pointsInWards(
  db: Kysely<Database>,
  org: Pick<OrgService, 'unitAt'>,
  n: number,
): Promise<WardPoint[]> {
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
  const points: WardPoint[] = [];
  while (points.length < n) {
    const p = { lon: x1 + Math.random() * (x2 - x1), lat: y1 + Math.random() * (y2 - y1) };
    const at = await org.unitAt(p.lat, p.lon);
    if (at?.kind === 'ward') points.push({ ...p, ward: at.id });
  }
  return points;
}
