import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';
import { jpegWithExif, multipartBody, pdf } from '../../core/files/files.fixtures.js';
import { act, categoryId, pointInWard, submit, uploadPhoto, WARD } from './reports.fixtures.js';

let server: TestServer;
let citizen: Caller;
let operator: Caller;
let streetLight: string;
let inTanNinh: { lat: number; lon: number };

before(async () => {
  server = await startTestServer({ REPORTS_SUBMIT_PER_IP_PER_HOUR: '40', REPORTS_SUBMIT_PER_CONTACT_PER_DAY: '20' });
  citizen = await sessionFor(server, 'nguoidan');
  operator = await sessionFor(server, 'trucioc');
  streetLight = await categoryId(server, 'ha-tang.chieu-sang');
  inTanNinh = await pointInWard(server, WARD.tanNinh);
});
after(() => server.close());

async function guestUpload(data?: Buffer, name = 'anh.jpg') {
  const { payload, contentType } = await multipartBody({
    file: { data: data ?? (await jpegWithExif({ width: 64, height: 48 })), name, type: 'image/jpeg' },
  });
  return server.app.inject({
    method: 'POST',
    url: '/api/files/guest',
    headers: { 'content-type': contentType },
    payload,
  });
}

async function guestPhoto(): Promise<{ id: string; token: string }> {
  const res = await guestUpload();
  assert.equal(res.statusCode, 201, res.body);
  const { file, token } = res.json();
  return { id: file.id as string, token: token as string };
}

const body = (over: Record<string, unknown> = {}) => ({
  categoryId: streetLight,
  title: 'Đèn đường không sáng',
  description: 'Cụm đèn chiếu sáng trước số 12 đường 30/4 tắt ba đêm nay.',
  location: { ...inTanNinh, source: 'map' },
  contact: { phone: '0912 345 678' },
  ...over,
});

const tokenHashOf = async (id: string) =>
  (await server.database.db.selectFrom('files').select('guest_token_hash').where('id', '=', id).executeTakeFirst())
    ?.guest_token_hash;

describe('guest photos', () => {
  test('a guest uploads a photo: re-encoded, a one-time token, readable by nobody before it is attached', async () => {
    const res = await guestUpload();
    assert.equal(res.statusCode, 201, res.body);
    const { file, token } = res.json();
    assert.equal(file.kind, 'photo');
    assert.equal(file.mime, 'image/jpeg');
    assert.equal(file.unitId, null);
    assert.ok(typeof token === 'string' && token.length >= 30);
    const row = await server.database.db
      .selectFrom('files')
      .select(['guest_token_hash', 'owner_user_id'])
      .where('id', '=', file.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.owner_user_id, null);
    assert.equal(row.guest_token_hash?.length, 32, 'only the hash of the token is stored');
    assert.notEqual(row.guest_token_hash?.toString('base64url'), token);
    assert.equal((await server.app.inject({ url: `/api/files/${file.id}` })).statusCode, 404);
    assert.equal(
      (await server.app.inject({ url: `/api/files/${file.id}`, headers: citizen.headers() })).statusCode,
      404,
    );
  });

  test('photos only, with the same content checks', async () => {
    const doc = await guestUpload(pdf(), 'giay-to.jpg');
    assert.equal(doc.statusCode, 415, doc.body);
    assert.equal(doc.json().error.code, 'FILE_TYPE_NOT_ALLOWED');
    const junk = await guestUpload(Buffer.from('<?php echo 1; ?>'), 'x.jpg');
    assert.ok(junk.statusCode >= 400 && junk.statusCode < 500, junk.body);
  });

  test('a guest submits with their photo; another guest’s token and plain file ids are refused', async () => {
    const mine = await guestPhoto();
    const theirs = await guestPhoto();

    const stolen = await submit(server, null, body({ photos: [{ id: theirs.id, token: mine.token }] }));
    assert.equal(stolen.statusCode, 422, stolen.body);
    assert.equal(stolen.json().error.code, 'REPORT_MEDIA_INVALID');
    const noToken = await submit(server, null, body({ fileIds: [mine.id] }));
    assert.equal(noToken.statusCode, 422, noToken.body);
    const citizenUpload = await uploadPhoto(server, citizen);
    const notTheirs = await submit(server, null, body({ photos: [{ id: citizenUpload, token: mine.token }] }));
    assert.equal(notTheirs.statusCode, 422, 'a signed-in upload has no guest token');

    const res = await submit(server, null, body({ photos: [mine] }));
    assert.equal(res.statusCode, 201, res.body);
    const { report, trackingToken } = res.json();
    const attached = await server.database.db
      .selectFrom('files')
      .select(['attached_type', 'attached_id', 'unit_id', 'guest_token_hash'])
      .where('id', '=', mine.id)
      .executeTakeFirstOrThrow();
    assert.equal(attached.attached_type, 'report');
    assert.equal(attached.attached_id, report.id);
    assert.equal(attached.guest_token_hash, null, 'the token is spent');
    assert.ok(attached.unit_id, 'the photo moves into the report’s unit');

    const again = await submit(server, null, body({ title: 'Đèn đường vẫn tắt', photos: [mine] }));
    assert.equal(again.statusCode, 422, 'a token works once');
    assert.ok(await tokenHashOf(theirs.id), 'the refused attempts left the other photo untouched');

    // The guest sees the photo through the tracking page; the public once the report is public.
    const tracked = await server.app.inject({
      url: '/api/reports/track',
      query: { code: report.code, token: trackingToken },
    });
    assert.equal(tracked.statusCode, 200, tracked.body);
    assert.deepEqual(
      tracked.json().media.map((m: { id: string }) => m.id),
      [mine.id],
    );
    assert.equal((await server.app.inject({ url: `/api/public/reports/${report.id}` })).statusCode, 404);
    await act(server, operator, report.id, 'verify', {});
    const pub = await server.app.inject({ url: `/api/public/reports/${report.id}` });
    assert.equal(pub.statusCode, 200, pub.body);
    const media = pub.json().media as { id: string; url: string; thumbnailUrl: string | null }[];
    assert.deepEqual(
      media.map((m) => m.id),
      [mine.id],
    );
    const photo = await server.app.inject({ url: media[0]!.url });
    assert.equal(photo.statusCode, 200);
    assert.equal(photo.headers['content-type'], 'image/jpeg');
    assert.equal((await server.app.inject({ url: media[0]!.thumbnailUrl! })).statusCode, 200);
  });

  test('before publication the guest opens its own photo with its tracking token; nobody else does', async () => {
    const photo = await guestPhoto();
    const res = await submit(server, null, body({ title: 'Cột đèn nghiêng', photos: [photo] }));
    assert.equal(res.statusCode, 201, res.body);
    const { report, trackingToken } = res.json();
    const tracked = await server.app.inject({
      url: '/api/reports/track',
      query: { code: report.code, token: trackingToken },
    });
    const [media] = tracked.json().media as { id: string; url: string; thumbnailUrl: string }[];
    assert.equal(media!.id, photo.id);
    assert.match(media!.url, /\?token=/, 'the tracking page links carry the proof');
    assert.equal((await server.app.inject({ url: media!.url })).statusCode, 200);
    assert.equal((await server.app.inject({ url: media!.thumbnailUrl })).statusCode, 200);
    const meta = `/api/files/${photo.id}/meta?token=${encodeURIComponent(trackingToken)}`;
    assert.equal((await server.app.inject({ url: meta })).statusCode, 200);

    const bare = `/api/files/${photo.id}`;
    assert.equal((await server.app.inject({ url: bare })).statusCode, 404, 'the id alone is not enough');
    assert.equal((await server.app.inject({ url: `${bare}?token=wrong-token` })).statusCode, 404);
    assert.equal((await server.app.inject({ url: bare, headers: citizen.headers() })).statusCode, 404);
    const other = await submit(server, null, body({ title: 'Đèn nhấp nháy', contact: { phone: '0912 345 670' } }));
    const theirs = other.json().trackingToken as string;
    const stranger = await server.app.inject({ url: `${bare}?token=${encodeURIComponent(theirs)}` });
    assert.equal(stranger.statusCode, 404, 'another report’s token');
  });

  test('unattached guest uploads go with the orphan cleanup', async () => {
    const left = await guestPhoto();
    await server.services.files.cleanupOrphans(new Date(Date.now() + 25 * 3_600_000));
    const row = await server.database.db.selectFrom('files').select('id').where('id', '=', left.id).executeTakeFirst();
    assert.equal(row, undefined);
  });
});
