import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import Ajv from 'ajv';
import { parseDocument, DomUtils } from 'htmlparser2';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../../test/support.js';
import { act, pointInWard, unitId, WARD } from '../reports.fixtures.js';
import { seedDemoReports } from '../seed/demo-reports.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(here, 'open311-schemas', `${name}.json`), 'utf8')) as object;

// The Open311 GeoReport v2 JSON Schemas (copied in open311-schemas/), `$ref`s resolved by file name.
const ajv = new Ajv({ allErrors: true, extendRefs: true });
// swagger.json's ids are `format: uid`, which it never defines: any string. `uri` is checked (absolute).
ajv.addFormat('uid', () => true);
for (const name of ['request', 'service']) ajv.addSchema(schema(name), `${name}.json`);
const validators = {
  requests: ajv.compile(schema('requests')),
  services: ajv.compile(schema('services')),
  definition: ajv.compile(schema('service-definition')),
  created: ajv.compile(schema('request-response')),
};
function valid(kind: keyof typeof validators, data: unknown): void {
  const v = validators[kind];
  assert.ok(v(data), `${kind}: ${ajv.errorsText(v.errors)}\n${JSON.stringify(data)}`);
}

let server: TestServer;
let operator: Caller;
let systemKey: string;
let officerKey: string;
let point: { lat: number; lon: number };

before(async () => {
  server = await startTestServer({ REPORTS_SUBMIT_PER_IP_PER_HOUR: '40' });
  operator = await sessionFor(server, 'trucioc');
  const admin = await sessionFor(server, 'admin');
  const ward = await unitId(server, WARD.tanNinh);
  const key = async (roles: string[]) => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/api-keys',
      headers: admin.headers(),
      payload: { name: `Open311 ${roles.join()}`, unitId: ward, roles },
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json().token as string;
  };
  systemKey = await key(['system']);
  officerKey = await key(['officer']);
  point = await pointInWard(server, WARD.tanNinh);
});
after(() => server.close());

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const post = (fields: Record<string, string>, ext = 'json') =>
  server.app.inject({
    method: 'POST',
    url: `/open311/v2/requests.${ext}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: form(fields),
  });
const fields = (over: Record<string, string> = {}) => ({
  api_key: systemKey,
  service_code: 'ha-tang.chieu-sang',
  lat: String(point.lat),
  long: String(point.lon),
  address_string: '12 đường 30/4, phường Tân Ninh',
  description: 'Đèn đường trước số 12 tắt ba đêm nay & chưa ai sửa <gấp>',
  email: 'dan@example.vn',
  first_name: 'Lan',
  last_name: 'Nguyễn',
  media_url: 'https://example.vn/anh/den.jpg',
  ...over,
});

describe('Open311 GeoReport v2', () => {
  test('discovery and services, in JSON (valid against the Open311 schemas) and XML', async () => {
    const disc = await server.app.inject({ url: '/open311/v2/discovery.json' });
    assert.equal(disc.statusCode, 200, disc.body);
    assert.equal(disc.json().endpoints[0].specification, 'http://wiki.open311.org/GeoReport_v2');

    const services = await server.app.inject({ url: '/open311/v2/services.json' });
    assert.equal(services.statusCode, 200);
    const list = services.json() as { service_code: string; group: string }[];
    valid('services', list);
    assert.ok(list.some((s) => s.service_code === 'ha-tang.chieu-sang'));
    assert.ok(!list.some((s) => s.service_code === 'ha-tang'), 'only leaf categories are services');

    const def = await server.app.inject({ url: '/open311/v2/services/ha-tang.chieu-sang.json' });
    assert.equal(def.statusCode, 200, def.body);
    valid('definition', def.json());
    assert.equal((await server.app.inject({ url: '/open311/v2/services/khong-co.json' })).statusCode, 404);

    const xml = await server.app.inject({ url: '/open311/v2/services.xml' });
    assert.equal(xml.statusCode, 200);
    assert.match(xml.headers['content-type'] as string, /^text\/xml/);
    const doc = parseDocument(xml.body, { xmlMode: true });
    const root = DomUtils.findOne((e) => e.name === 'services', doc.children)!;
    assert.ok(root, xml.body.slice(0, 300));
    const codes = DomUtils.getElementsByTagName('service_code', root).map((e) => DomUtils.textContent(e));
    assert.deepEqual(
      codes,
      list.map((s) => s.service_code),
    );
  });

  test('POST a request with an API key (role system), then GET it back: JSON valid, XML parses', async () => {
    const created = await post(fields());
    assert.equal(created.statusCode, 201, created.body);
    valid('created', created.json());
    assert.ok(!('account_id' in created.json()[0]), 'an absent account is omitted, not null');
    const [{ service_request_id: code }] = created.json();
    assert.match(code, /^PA-\d{4}-\d{6}$/);

    const stored = await server.database.db
      .selectFrom('reports')
      .select(['id', 'channel', 'title', 'description', 'address'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    assert.equal(stored.channel, 'open311');
    assert.match(stored.description, /https:\/\/example\.vn\/anh\/den\.jpg/, 'media_url is kept as a link');
    const reporter = await server.database.db
      .selectFrom('report_reporters')
      .select(['name', 'email'])
      .where('report_id', '=', stored.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(reporter, { name: 'Lan Nguyễn', email: 'dan@example.vn' });

    // Not public before the IOC verifies it.
    assert.equal((await server.app.inject({ url: `/open311/v2/requests/${code}.json` })).statusCode, 404);
    await act(server, operator, stored.id, 'verify', {});

    const one = await server.app.inject({ url: `/open311/v2/requests/${code}.json` });
    assert.equal(one.statusCode, 200, one.body);
    valid('requests', one.json());
    const [r] = one.json();
    assert.equal(r.service_request_id, code);
    assert.equal(r.status, 'open');
    assert.equal(r.service_code, 'ha-tang.chieu-sang');
    assert.equal(r.lat, point.lat);
    assert.equal(r.long, point.lon);

    const filtered = await server.app.inject({
      url: '/open311/v2/requests.json?service_code=ha-tang.chieu-sang&status=open',
    });
    assert.equal(filtered.statusCode, 200, filtered.body);
    valid('requests', filtered.json());
    assert.ok(filtered.json().some((x: { service_request_id: string }) => x.service_request_id === code));
    const closed = await server.app.inject({ url: '/open311/v2/requests.json?status=closed' });
    assert.ok(!closed.json().some((x: { service_request_id: string }) => x.service_request_id === code));

    const xml = await server.app.inject({ url: `/open311/v2/requests/${code}.xml` });
    assert.equal(xml.statusCode, 200);
    const doc = parseDocument(xml.body, { xmlMode: true });
    const req = DomUtils.findOne((e) => e.name === 'request', doc.children)!;
    const field = (n: string) => DomUtils.textContent(DomUtils.getElementsByTagName(n, req)[0]!);
    assert.equal(field('service_request_id'), code);
    assert.equal(field('status'), 'open');
    assert.ok(xml.body.includes('&amp; chưa ai sửa &lt;gấp&gt;'), 'text is escaped');
    assert.match(field('description'), /& chưa ai sửa <gấp>/);

    const token = await server.app.inject({ url: `/open311/v2/tokens/${code}.json` });
    assert.deepEqual(token.json(), [{ service_request_id: code, token: code }]);
  });

  test('POST without an api_key → 400, a wrong or non-system key → 403, in Open311 error format', async () => {
    const missing = await post(fields({ api_key: '' }));
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(Object.keys(missing.json()[0]).sort(), ['code', 'description']);
    assert.equal(missing.json()[0].code, 400);

    const wrong = await post(fields({ api_key: 'vioc_abcdefghij_' + 'x'.repeat(43) }));
    assert.equal(wrong.statusCode, 403);
    assert.equal(wrong.json()[0].code, 403);

    const officer = await post(fields({ api_key: officerKey }));
    assert.equal(officer.statusCode, 403);

    const xml = await post(fields({ api_key: 'nope' }), 'xml');
    assert.equal(xml.statusCode, 403);
    const doc = parseDocument(xml.body, { xmlMode: true });
    assert.equal(DomUtils.textContent(DomUtils.getElementsByTagName('code', doc.children)[0]!), '403');

    const noContact = await post(fields({ email: '' }));
    assert.equal(noContact.statusCode, 422);
    assert.match(noContact.json()[0].description, /REPORT_CONTACT_REQUIRED/);

    const unknown = await post(fields({ service_code: 'khong-co' }));
    assert.equal(unknown.statusCode, 404);
    const badDate = await server.app.inject({ url: '/open311/v2/requests.json?start_date=hom-qua' });
    assert.equal(badDate.statusCode, 400);
    assert.equal(badDate.json()[0].code, 400);
  });

  test('without PUBLIC_URL, media_url and the discovery URL are absolute, from the request’s host', async () => {
    await server.database.db
      .transaction()
      .execute((trx) => seedDemoReports(trx, server.services.audit, { count: 40, files: server.services.files }));
    const res = await server.app.inject({ url: '/open311/v2/requests.json', headers: { host: 'ioc.example.vn:8443' } });
    assert.equal(res.statusCode, 200);
    const items = res.json() as { media_url: string | null }[];
    valid('requests', items);
    const media = items.flatMap((i) => (i.media_url ? [i.media_url] : []));
    assert.ok(media.length > 0, 'some public reports have a photo');
    for (const m of media) assert.match(m, /^http:\/\/ioc\.example\.vn:8443\/api\/files\/[0-9a-f-]{36}$/);
    const photo = await server.app.inject({ url: new URL(media[0]!).pathname });
    assert.equal(photo.statusCode, 200, 'the link serves the photo');
    const disc = await server.app.inject({
      url: '/open311/v2/discovery.json',
      headers: { host: 'ioc.example.vn:8443' },
    });
    assert.equal(disc.json().endpoints[0].url, 'http://ioc.example.vn:8443/open311/v2');
  });
});
