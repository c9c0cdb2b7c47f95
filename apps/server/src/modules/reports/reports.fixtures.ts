/**
 * Test helpers of the reports module (not a test file): a point inside a
 * ward computed from its real boundary, category ids, uploads, submissions.
 */
import assert from 'node:assert/strict';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Caller, TestServer } from '../../../test/support.js';
import { jpegWithExif, mp4, multipartBody } from '../../core/files/files.fixtures.js';

export const WARD = { tanNinh: '25459', binhMinh: '25480', goDau: '25654' } as const;

export async function unitId(server: TestServer, adminCode: string): Promise<string> {
  return (
    await server.database.db
      .selectFrom('units')
      .select('id')
      .where('admin_code', '=', adminCode)
      .executeTakeFirstOrThrow()
  ).id;
}

export async function agencyId(server: TestServer, namePrefix: string): Promise<string> {
  return (
    await server.database.db
      .selectFrom('units')
      .select('id')
      .where('kind', '=', 'agency')
      .where('name', 'like', `${namePrefix}%`)
      .executeTakeFirstOrThrow()
  ).id;
}

/**
 * A point well inside the ward: a grid over the ward's bounding box, keeping
 * the points the server's own point-in-polygon puts in that ward, and taking
 * the one farthest from the grid's rejected points (away from the border).
 */
export async function pointInWard(server: TestServer, adminCode: string): Promise<{ lat: number; lon: number }> {
  const row = await server.database.db
    .selectFrom('units')
    .select(['id', 'boundary'])
    .where('admin_code', '=', adminCode)
    .executeTakeFirstOrThrow();
  // The column is any JSON to the types; the seed stores ward boundaries as GeoJSON polygons.
  const g = row.boundary as unknown as Polygon | MultiPolygon;
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  const xs = rings.flat().map((p) => p[0]!);
  const ys = rings.flat().map((p) => p[1]!);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const n = 12;
  const inside: { lat: number; lon: number }[] = [];
  const outside: { lat: number; lon: number }[] = [];
  for (let i = 1; i < n; i++)
    for (let j = 1; j < n; j++) {
      const p = { lon: minX + ((maxX - minX) * i) / n, lat: minY + ((maxY - minY) * j) / n };
      const at = await server.services.org.unitAt(p.lat, p.lon);
      (at?.id === row.id ? inside : outside).push(p);
    }
  assert.ok(inside.length > 0, `no grid point inside ward ${adminCode}`);
  const dist = (a: { lat: number; lon: number }) =>
    Math.min(...outside.map((b) => (a.lat - b.lat) ** 2 + (a.lon - b.lon) ** 2), Infinity);
  return inside.sort((a, b) => dist(b) - dist(a))[0]!;
}

export async function categoryId(server: TestServer, code: string): Promise<string> {
  return (
    await server.database.db
      .selectFrom('report_categories')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
  ).id;
}

export async function uploadPhoto(server: TestServer, caller: Caller): Promise<string> {
  const { payload, contentType } = await multipartBody({
    file: { data: await jpegWithExif({ width: 64, height: 48 }), name: 'o-ga.jpg', type: 'image/jpeg' },
  });
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/files',
    headers: caller.headers({ 'content-type': contentType }),
    payload,
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json().id as string;
}

export async function uploadVideo(server: TestServer, caller: Caller): Promise<string> {
  const { payload, contentType } = await multipartBody({
    file: { data: mp4(4096), name: 'clip.mp4', type: 'video/mp4' },
  });
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/files',
    headers: caller.headers({ 'content-type': contentType }),
    payload,
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json().id as string;
}

export interface SubmitBody {
  categoryId: string;
  title: string;
  description: string;
  location: { lat: number; lon: number; address?: string; source: 'map' | 'gps' | 'exif' };
  fileIds?: string[];
  anonymous?: boolean;
  confidential?: boolean;
  contact?: { name?: string; phone?: string; email?: string };
}

export function submit(server: TestServer, caller: Caller | null, body: unknown, headers: Record<string, string> = {}) {
  return server.app.inject({
    method: 'POST',
    url: '/api/reports',
    headers: caller ? caller.headers(headers) : headers,
    payload: body as object,
  });
}

/** POST /api/reports/:id/<path> as a caller; asserts the expected status and returns the body. */
export async function act(
  server: TestServer,
  caller: Caller,
  id: string,
  path: string,
  payload: object | undefined,
  expected = 200,
) {
  const res = await server.app.inject({
    method: 'POST',
    url: `/api/reports/${id}/${path}`,
    headers: caller.headers(),
    ...(payload !== undefined && { payload }),
  });
  assert.equal(res.statusCode, expected, `${path}: ${res.body}`);
  return res.json();
}

export async function notificationsOf(server: TestServer, userId: string, template: string) {
  return server.database.db
    .selectFrom('notifications')
    .select(['title', 'body', 'data'])
    .where('user_id', '=', userId)
    .where('template', '=', template)
    .execute();
}
