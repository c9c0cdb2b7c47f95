import fs from 'node:fs';
import path from 'node:path';
import simplify from '@turf/simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.js';

export const REFERENCE_DIR = path.resolve(import.meta.dirname, '../../reference/vn-admin');

interface UnitProps {
  code: string;
  name: string;
  nameEn: string;
  fullName: string;
  fullNameEn: string;
  areaKm2?: number;
}

type Boundary = Feature<Polygon | MultiPolygon, UnitProps>;

function readCollection(file: string): FeatureCollection<Polygon | MultiPolygon, UnitProps> {
  return JSON.parse(fs.readFileSync(path.join(REFERENCE_DIR, file), 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    UnitProps
  >;
}

// ~0.0005° ≈ 55 m: small enough to keep ward shapes recognisable on a
// province-wide map, large enough to cut the browser payload about tenfold.
const SIMPLIFY_TOLERANCE = 0.0005;

function simplified(f: Boundary): string {
  return JSON.stringify(simplify(f, { tolerance: SIMPLIFY_TOLERANCE, highQuality: false, mutate: false }).geometry);
}

/**
 * Seeds a province and its wards/communes from the official 2025 codes and
 * boundaries: full geometry for point-in-polygon routing on the server, a
 * simplified copy for browsers. Returns the province unit id.
 */
export async function seedProvince(
  trx: Kysely<Database>,
  provinceCode: string,
): Promise<{ provinceId: string; wardIds: Map<string, string> }> {
  const provinceFile = fs
    .readdirSync(REFERENCE_DIR)
    .find((f) => f.startsWith(`${provinceCode}_`) && !f.includes('_wards'));
  const wardsFile = fs.readdirSync(REFERENCE_DIR).find((f) => f.startsWith(`${provinceCode}_`) && f.includes('_wards'));
  if (!provinceFile || !wardsFile) throw new Error(`No reference boundaries for province ${provinceCode}`);
  const province = readCollection(provinceFile).features[0]!;
  const wards = readCollection(wardsFile).features;

  const p = province.properties;
  const { id: provinceId } = await trx
    .insertInto('units')
    .values({
      parent_id: null,
      kind: 'province',
      admin_code: p.code,
      name: p.name,
      name_en: p.nameEn,
      full_name: p.fullName,
      full_name_en: p.fullNameEn,
      area_km2: p.areaKm2 ?? null,
      boundary: JSON.stringify(province.geometry),
      boundary_simple: simplified(province),
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const wardIds = new Map<string, string>();
  for (const w of wards) {
    const props = w.properties;
    const { id } = await trx
      .insertInto('units')
      .values({
        parent_id: provinceId,
        kind: 'ward',
        admin_code: props.code,
        name: props.name,
        name_en: props.nameEn,
        full_name: props.fullName,
        full_name_en: props.fullNameEn,
        area_km2: props.areaKm2 ?? null,
        boundary: JSON.stringify(w.geometry),
        boundary_simple: simplified(w),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    wardIds.set(props.code, id);
  }
  return { provinceId, wardIds };
}
