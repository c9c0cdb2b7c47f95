import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';

let server: TestServer;
let admin: Caller;
let provinceId: string;

before(async () => {
  server = await startTestServer();
  admin = await sessionFor(server, 'admin');
  provinceId = (
    await server.database.db.selectFrom('units').select('id').where('admin_code', '=', '80').executeTakeFirstOrThrow()
  ).id;
});
after(() => server.close());

const get = (url: string) => server.app.inject({ url, headers: admin.headers() });
const send = (method: 'POST' | 'PATCH', url: string, payload: object) =>
  server.app.inject({ method, url, headers: admin.headers(), payload });

describe('administrative units', () => {
  test('the demo province has its 96 official wards/communes and its agencies', async () => {
    const roots = (await get('/api/units?parentId=root')).json();
    assert.deepEqual(
      roots.map((u: { adminCode: string }) => u.adminCode),
      ['80'],
    );
    assert.equal(roots[0].fullName, 'Tỉnh Tây Ninh');
    const children = (await get(`/api/units?parentId=${provinceId}&limit=500`)).json();
    const wards = children.filter((u: { kind: string }) => u.kind === 'ward');
    assert.equal(wards.length, 96);
    assert.equal(wards.filter((w: { fullName: string }) => w.fullName.startsWith('Phường')).length, 14);
    assert.ok(children.some((u: { name: string }) => u.name.startsWith('Trung tâm Giám sát')));
  });

  test('search ignores Vietnamese diacritics', async () => {
    const hits = (await get('/api/units?q=tan%20ninh')).json();
    assert.ok(hits.some((u: { fullName: string }) => u.fullName === 'Phường Tân Ninh'));
    const dHits = (await get('/api/units?q=go%20dau')).json();
    assert.ok(dHits.some((u: { fullName: string }) => u.fullName === 'Phường Gò Dầu'));
    const typed = (await get(`/api/units?q=${encodeURIComponent('Hòa Thành')}`)).json();
    assert.ok(typed.length >= 1, 'a search typed with diacritics also matches');
  });

  test('the tree has any depth: province → district → commune, and moves carry descendants', async () => {
    const district = await send('POST', '/api/units', {
      parentId: provinceId,
      kind: 'district',
      adminCode: 'H-TEST',
      name: 'Huyện Thử',
      fullName: 'Huyện Thử (dữ liệu cũ)',
    });
    assert.equal(district.statusCode, 201);
    const commune = await send('POST', '/api/units', {
      parentId: district.json().id,
      kind: 'ward',
      name: 'Xã Thử',
      fullName: 'Xã Thử',
    });
    assert.equal(commune.statusCode, 201);
    const hamlet = await send('POST', '/api/units', {
      parentId: commune.json().id,
      kind: 'agency',
      name: 'Tổ Thử',
      fullName: 'Tổ dân phố Thử',
    });
    assert.equal(hamlet.statusCode, 201);
    assert.equal((await get(`/api/units/${district.json().id}`)).json().childCount, 1);

    const cycle = await send('PATCH', `/api/units/${district.json().id}`, { parentId: hamlet.json().id });
    assert.equal(cycle.statusCode, 422);
    assert.equal(cycle.json().error.code, 'UNIT_CYCLE');

    const ward = (await get('/api/units?q=tan%20ninh')).json()[0];
    const moved = await send('PATCH', `/api/units/${commune.json().id}`, { parentId: ward.id });
    assert.equal(moved.statusCode, 200);
    const paths = await server.database.db
      .selectFrom('units')
      .select(['id', 'path'])
      .where('id', 'in', [ward.id, hamlet.json().id])
      .execute();
    const wardPath = paths.find((p) => p.id === ward.id)!.path;
    const hamletPath = paths.find((p) => p.id === hamlet.json().id)!.path;
    assert.ok(hamletPath.startsWith(wardPath + '.'), 'descendants follow the moved unit');
  });

  test('an official code is unique', async () => {
    const res = await send('POST', '/api/units', {
      parentId: provinceId,
      kind: 'ward',
      adminCode: '25459',
      name: 'Trùng',
      fullName: 'Trùng mã',
    });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'UNIT_CODE_TAKEN');
  });

  test('changes are audited with before and after', async () => {
    const rows = await server.services.audit.search({ action: 'unit.', limit: 50 });
    assert.ok(rows.some((r) => r.action === 'unit.create'));
    const update = rows.find((r) => r.action === 'unit.update');
    assert.ok(update?.before && update.after);
  });
});

describe('boundaries for the map', () => {
  test('the province’s wards come as simplified GeoJSON, public', async () => {
    const res = await server.app.inject({ url: `/api/geo/units/${provinceId}/children` });
    assert.equal(res.statusCode, 200);
    const fc = res.json();
    assert.equal(fc.features.length, 96);
    for (const f of fc.features) assert.match(f.geometry.type, /Polygon/);
    assert.ok(res.body.length < 1_500_000, `payload ${res.body.length} bytes should be far below the 3.5 MB source`);
    const outline = (await server.app.inject({ url: `/api/geo/units/${provinceId}` })).json();
    assert.equal(outline.properties.code, '80');
  });
});
