import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { api } from '../../shared/api';

/**
 * GET /api/geo/units/{id}/children. The schema leaves each geometry open (any GeoJSON geometry), so
 * the answer is read as the RFC 7946 collection the server builds.
 */
export async function fetchWardOutlines(provinceId: string, signal: AbortSignal): Promise<FeatureCollection> {
  const answer = await api.get('/api/geo/units/{id}/children', { params: { path: { id: provinceId } }, signal });
  return answer as FeatureCollection;
}

/** GET /api/geo/units/{id}: one unit's outline, read the same way. */
export async function fetchOutline(unitId: string, signal: AbortSignal): Promise<Feature> {
  return (await api.get('/api/geo/units/{id}', { params: { path: { id: unitId } }, signal })) as Feature;
}

/** Properties of a ward feature from GET /api/geo/units/{provinceId}/children. */
export interface WardProps {
  id: string;
  code: string;
  name: string;
  fullName: string;
}

export type WardFeature = Feature<Geometry, WardProps>;
export type WardCollection = FeatureCollection<Geometry, WardProps>;

/** [west, south, east, north] */
export type BBox = [number, number, number, number];

/** The server may answer a Feature or a FeatureCollection for one unit: always get a collection. */
export function asCollection(value: Feature | FeatureCollection | null | undefined): FeatureCollection {
  if (!value) return { type: 'FeatureCollection', features: [] };
  return value.type === 'FeatureCollection' ? value : { type: 'FeatureCollection', features: [value] };
}

function extend(box: BBox | null, [lon, lat]: Position): BBox | null {
  if (typeof lon !== 'number' || typeof lat !== 'number') return box;
  if (!box) return [lon, lat, lon, lat];
  return [Math.min(box[0], lon), Math.min(box[1], lat), Math.max(box[2], lon), Math.max(box[3], lat)];
}

function geometryBBox(geometry: Geometry | null, box: BBox | null): BBox | null {
  if (!geometry) return box;
  switch (geometry.type) {
    case 'Point':
      return extend(box, geometry.coordinates);
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates.reduce<BBox | null>(extend, box);
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat().reduce<BBox | null>(extend, box);
    case 'MultiPolygon':
      return geometry.coordinates.flat(2).reduce<BBox | null>(extend, box);
    case 'GeometryCollection':
      return geometry.geometries.reduce<BBox | null>((b, g) => geometryBBox(g, b), box);
  }
}

/** Bounding box of features, or null when they have no coordinates. */
export function bboxOf(features: readonly Feature[]): BBox | null {
  return features.reduce<BBox | null>((box, f) => geometryBBox(f.geometry, box), null);
}

/** Ward features with their properties as strings (ids and codes may arrive as numbers). */
export function wardFeatures(collection: FeatureCollection | undefined): WardFeature[] {
  if (!collection) return [];
  const out: WardFeature[] = [];
  for (const f of collection.features) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const id = p.id ?? f.id;
    if (id === undefined || id === null) continue;
    const name = String(p.name ?? p.fullName ?? id);
    out.push({
      type: 'Feature',
      id: f.id,
      geometry: f.geometry,
      properties: { id: String(id), code: String(p.code ?? ''), name, fullName: String(p.fullName ?? name) },
    });
  }
  return out;
}
