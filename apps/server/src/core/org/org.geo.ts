import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface LocatedUnit {
  id: string;
  path: string;
  kind: string;
  fullName: string;
}

interface Entry extends LocatedUnit {
  depth: number;
  bbox: [number, number, number, number];
  geometry: Polygon | MultiPolygon;
}

export interface BoundaryRow {
  id: string;
  path: string;
  kind: string;
  full_name: string;
  boundary: unknown;
}

function bboxOf(g: Polygon | MultiPolygon): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const rings: Position[][] = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  for (const ring of rings)
    for (const [x, y] of ring) {
      if (x! < minX) minX = x!;
      if (x! > maxX) maxX = x!;
      if (y! < minY) minY = y!;
      if (y! > maxY) maxY = y!;
    }
  return [minX, minY, maxX, maxY];
}

function isArea(g: unknown): g is Polygon | MultiPolygon {
  const t = (g as { type?: unknown } | null)?.type;
  return t === 'Polygon' || t === 'MultiPolygon';
}

/**
 * Which administrative unit a point lies in. The full boundaries (a few MB of
 * GeoJSON for a province) are loaded once per process and kept in memory with
 * their bounding boxes; a lookup tests the polygons of the few units whose box
 * holds the point, deepest first (a ward before its province).
 */
export function createUnitLocator(load: () => Promise<BoundaryRow[]>) {
  let index: Promise<Entry[]> | undefined;

  function entries(): Promise<Entry[]> {
    if (!index) {
      index = load().then((rows) =>
        rows
          .filter((r) => isArea(r.boundary))
          .map((r) => {
            const geometry = r.boundary as Polygon | MultiPolygon;
            return {
              id: r.id,
              path: r.path,
              kind: r.kind,
              fullName: r.full_name,
              depth: r.path.split('.').length,
              bbox: bboxOf(geometry),
              geometry,
            };
          })
          .sort((a, b) => b.depth - a.depth),
      );
      index.catch(() => {
        index = undefined;
      });
    }
    return index;
  }

  /** The deepest unit whose boundary contains the point, or null outside every boundary. */
  async function unitAt(lat: number, lon: number): Promise<LocatedUnit | null> {
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
    for (const e of await entries()) {
      const [minX, minY, maxX, maxY] = e.bbox;
      if (lon < minX || lon > maxX || lat < minY || lat > maxY) continue;
      if (booleanPointInPolygon([lon, lat], e.geometry))
        return { id: e.id, path: e.path, kind: e.kind, fullName: e.fullName };
    }
    return null;
  }

  return {
    unitAt,
    /** Drops the cache: the next lookup reloads the boundaries. */
    invalidate: () => {
      index = undefined;
    },
  };
}
