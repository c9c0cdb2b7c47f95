import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import exifr from 'exifr';
import sharp from 'sharp';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';
import {
  heic,
  jpegWithExif,
  mp4,
  multipartBody,
  pdf,
  pngDeclaring,
  pngWithAlpha,
  rotatedJpeg,
  storageProbe,
  zipBomb,
  type Part,
} from './files.fixtures.js';

let server: TestServer;
let probe: ReturnType<typeof storageProbe>;
let dataDir: string;
let officer: Caller; // cbtanninh, officer of Phường Tân Ninh
let otherWard: Caller; // cbbinhminh, officer of Phường Bình Minh
let leader: Caller; // ldtanninh, unit leader of Phường Tân Ninh
let province: Caller; // lanhdao, leader of the province
let citizen: Caller;

const MB = 1024 * 1024;

before(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vioc-files-'));
  server = await startTestServer({
    DATA_DIR: dataDir,
    FILE_MAX_PHOTO_BYTES: String(MB),
    FILE_MAX_VIDEO_BYTES: String(MB),
    FILE_MAX_DOCUMENT_BYTES: String(64 * 1024),
  });
  probe = storageProbe(dataDir, server.database.db);
  officer = await sessionFor(server, 'cbtanninh');
  otherWard = await sessionFor(server, 'cbbinhminh');
  leader = await sessionFor(server, 'ldtanninh');
  province = await sessionFor(server, 'lanhdao');
  citizen = await sessionFor(server, 'nguoidan');
});
after(async () => {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function upload(caller: Caller, fields: Record<string, string | Part>, lang = 'en') {
  const { payload, contentType } = await multipartBody(fields);
  return server.app.inject({
    method: 'POST',
    url: '/api/files',
    headers: caller.headers({ 'content-type': contentType, 'accept-language': lang }),
    payload,
  });
}

const get = (caller: Caller, url: string, headers: Record<string, string> = {}) =>
  server.app.inject({ url, headers: caller.headers(headers) });

describe('photo upload', () => {
  test('a JPEG is re-encoded, rotated, thumbnailed; its EXIF position and time come back to the caller', async () => {
    const original = await jpegWithExif();
    const hidden = Buffer.from('<?php system($_GET["cmd"]); ?>');
    const res = await upload(officer, {
      file: {
        data: Buffer.concat([original, hidden]),
        name: '../../Ảnh hiện trường\u202egpj.exe.jpg',
        type: 'image/jpeg',
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const f = res.json();
    assert.equal(f.kind, 'photo');
    assert.equal(f.mime, 'image/jpeg');
    assert.equal(f.width, 800);
    assert.equal(f.height, 600);
    assert.equal(f.url, `/api/files/${f.id}`);
    assert.equal(f.thumbnailUrl, `/api/files/${f.id}/thumbnail`);
    assert.ok(Math.abs(f.gps.lat - 11.308333) < 1e-5, `lat ${f.gps.lat}`);
    assert.ok(Math.abs(f.gps.lon - 106.103333) < 1e-5, `lon ${f.gps.lon}`);
    assert.equal(f.takenAt, '2026-03-04T03:20:30.000Z', 'EXIF local time read as Asia/Ho_Chi_Minh');
    assert.equal(f.originalName, 'Ảnh hiện trườnggpj.exe.jpg', 'no path, no bidi override');
    assert.match(f.id, /^[0-9a-f]{8}-[0-9a-f]{4}-7/, 'uuid v7');

    const dl = await get(officer, f.url);
    assert.equal(dl.statusCode, 200);
    assert.equal(dl.headers['content-type'], 'image/jpeg');
    assert.equal(dl.headers['x-content-type-options'], 'nosniff');
    assert.match(
      String(dl.headers['content-disposition']),
      /^inline; filename="Anh hien truonggpj.exe.jpg"; filename\*=UTF-8''/,
    );
    const stored = dl.rawPayload;
    assert.equal(crypto.createHash('sha256').update(stored).digest('hex'), f.sha256);
    assert.equal(stored.indexOf(Buffer.from('<?php')), -1, 'the payload after the JPEG end is gone');
    assert.equal(stored.indexOf(Buffer.from('VIOC')), -1, 'camera metadata is gone');
    const exif = await exifr.parse(stored, { gps: true }).catch(() => undefined);
    assert.equal(exif?.latitude, undefined, 'the stored photo carries no position');
    assert.deepEqual(
      await sharp(stored)
        .metadata()
        .then((m) => [m.format, m.width, m.height]),
      ['jpeg', 800, 600],
    );

    const thumb = await get(officer, f.thumbnailUrl);
    assert.equal(thumb.statusCode, 200);
    const tm = await sharp(thumb.rawPayload).metadata();
    assert.equal(Math.max(tm.width!, tm.height!), 320);

    const meta = await get(officer, `/api/files/${f.id}/meta`);
    assert.equal(meta.json().sha256, f.sha256);

    const audit = await server.services.audit.search({ action: 'file.upload', limit: 10 });
    assert.ok(audit.some((a) => a.target_id === f.id && a.outcome === 'ok'));
  });

  test('orientation is applied to the pixels; transparency keeps a WebP', async () => {
    const rotated = (await upload(officer, { file: { data: await rotatedJpeg(), name: 'r.jpg' } })).json();
    assert.deepEqual([rotated.width, rotated.height], [60, 120]);
    const alpha = await upload(officer, { file: { data: await pngWithAlpha(), name: 'logo.png' } });
    assert.equal(alpha.statusCode, 201);
    assert.equal(alpha.json().mime, 'image/webp');
    assert.equal(alpha.json().gps, null);
  });
});

describe('rejections', () => {
  test('each bad input gets its code, and nothing is left behind', async () => {
    const rowsBefore = await probe.countRows();
    const objectsBefore = probe.storedObjects();
    const cases: [string, Record<string, string | Part>, number, string][] = [
      ['0-byte file', { file: { data: Buffer.alloc(0), name: 'empty.jpg', type: 'image/jpeg' } }, 400, 'FILE_EMPTY'],
      [
        'PHP script named .jpg',
        { file: { data: Buffer.from('<?php echo shell_exec($_GET["c"]); ?>\n'), name: 'cat.jpg', type: 'image/jpeg' } },
        415,
        'FILE_TYPE_NOT_ALLOWED',
      ],
      [
        'zip bomb',
        { file: { data: zipBomb(), name: 'photos.jpg', type: 'image/jpeg' } },
        415,
        'FILE_ARCHIVE_NOT_ALLOWED',
      ],
      [
        'PNG declaring 100000×100000',
        { file: { data: pngDeclaring(100_000, 100_000), name: 'bomb.png' } },
        422,
        'FILE_IMAGE_TOO_LARGE',
      ],
      [
        'JPEG that does not decode',
        {
          file: {
            data: Buffer.concat([(await jpegWithExif()).subarray(0, 300), Buffer.alloc(2000, 0x5a)]),
            name: 'x.jpg',
          },
        },
        422,
        'FILE_CORRUPT',
      ],
      // The sharp build from npm decodes AVIF but has no HEVC decoder (libde265).
      ['HEVC-coded HEIC', { file: { data: heic(), name: 'IMG_0001.HEIC' } }, 415, 'FILE_HEIC_NOT_SUPPORTED'],
      ['PDF over the document limit', { file: { data: pdf(100 * 1024), name: 'big.pdf' } }, 413, 'FILE_TOO_LARGE'],
      [
        'video over every limit (stopped while streaming)',
        { file: { data: mp4(MB + 4096), name: 'v.mp4' } },
        413,
        'FILE_TOO_LARGE',
      ],
      [
        'declared document, sent first, over its limit',
        { kind: 'document', file: { data: pdf(100 * 1024), name: 'big.pdf' } },
        413,
        'FILE_TOO_LARGE',
      ],
      [
        'a photo declared as video',
        { kind: 'video', file: { data: await jpegWithExif(), name: 'a.jpg' } },
        415,
        'FILE_TYPE_NOT_ALLOWED',
      ],
      ['no file field', { kind: 'photo' }, 400, 'FILE_MISSING'],
      ['unknown kind', { kind: 'script', file: { data: pdf(), name: 'a.pdf' } }, 400, 'FILE_FORM_INVALID'],
    ];
    for (const [label, fields, status, code] of cases) {
      const res = await upload(officer, fields);
      assert.equal(res.statusCode, status, `${label}: ${res.body}`);
      assert.equal(res.json().error.code, code, label);
      assert.ok(res.json().error.message.length > 0);
    }
    const vi = await upload(officer, { file: { data: Buffer.alloc(0), name: 'e.jpg' } }, 'vi');
    assert.equal(vi.json().error.message, 'Tệp rỗng (0 byte).');
    const json = await server.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: officer.headers({ 'content-type': 'application/json' }),
      payload: '{}',
    });
    assert.equal(json.json().error.code, 'FILE_MISSING');

    assert.equal(await probe.countRows(), rowsBefore, 'no row for a rejected upload');
    assert.deepEqual(probe.storedObjects(), objectsBefore, 'no stored object for a rejected upload');
    assert.deepEqual(probe.spoolEntries(), [], 'no temporary file left');
    const failed = await server.services.audit.search({ action: 'file.upload', limit: 50 });
    assert.ok(
      failed.some((a) => a.outcome === 'failed' && JSON.stringify(a.after).includes('FILE_ARCHIVE_NOT_ALLOWED')),
    );
  });

  test('a failure after the bytes are stored rolls everything back', async () => {
    const db = server.database.pool;
    await db.query(`CREATE FUNCTION files_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full (test)'; END $$`);
    await db.query('CREATE TRIGGER files_fail BEFORE INSERT ON files FOR EACH ROW EXECUTE FUNCTION files_fail()');
    try {
      const rowsBefore = await probe.countRows();
      const objectsBefore = probe.storedObjects();
      const photo = await upload(officer, { file: { data: await jpegWithExif(), name: 'a.jpg' } });
      assert.equal(photo.statusCode, 500);
      const video = await upload(officer, { file: { data: mp4(10_000), name: 'v.mp4' } });
      assert.equal(video.statusCode, 500);
      assert.equal(await probe.countRows(), rowsBefore);
      assert.deepEqual(probe.storedObjects(), objectsBefore);
      assert.deepEqual(probe.spoolEntries(), []);
    } finally {
      await db.query('DROP TRIGGER files_fail ON files');
      await db.query('DROP FUNCTION files_fail()');
    }
  });
});

describe('video and documents', () => {
  test('a video is stored as sent and served in byte ranges', async () => {
    const video = mp4(200_000);
    const res = await upload(officer, { file: { data: video, name: 'clip.mov', type: 'video/quicktime' } });
    assert.equal(res.statusCode, 201, res.body);
    const f = res.json();
    assert.equal(f.mime, 'video/mp4', 'type from the content, not the name or header');
    assert.equal(f.thumbnailUrl, null);
    assert.equal(f.size, video.length);

    const full = await get(officer, f.url);
    assert.equal(full.statusCode, 200);
    assert.equal(full.headers['accept-ranges'], 'bytes');
    assert.ok(full.rawPayload.equals(video));

    const part = await get(officer, f.url, { range: 'bytes=1000-1999' });
    assert.equal(part.statusCode, 206);
    assert.equal(part.headers['content-range'], `bytes 1000-1999/${video.length}`);
    assert.equal(part.headers['content-length'], '1000');
    assert.ok(part.rawPayload.equals(video.subarray(1000, 2000)));

    const open = await get(officer, f.url, { range: `bytes=${video.length - 10}-` });
    assert.equal(open.statusCode, 206);
    assert.ok(open.rawPayload.equals(video.subarray(video.length - 10)));
    const suffix = await get(officer, f.url, { range: 'bytes=-500' });
    assert.ok(suffix.rawPayload.equals(video.subarray(video.length - 500)));
    const clipped = await get(officer, f.url, { range: `bytes=199990-999999` });
    assert.equal(clipped.headers['content-range'], `bytes 199990-${video.length - 1}/${video.length}`);

    for (const bad of [`bytes=${video.length}-`, 'bytes=500-100', 'bytes=abc', 'bytes=-0']) {
      const r = await get(officer, f.url, { range: bad });
      assert.equal(r.statusCode, 416, bad);
      assert.equal(r.headers['content-range'], `bytes */${video.length}`);
      assert.equal(r.json().error.code, 'FILE_RANGE_NOT_SATISFIABLE');
    }
    const head = await server.app.inject({ method: 'HEAD', url: f.url, headers: officer.headers() });
    assert.equal(head.statusCode, 200);
    assert.equal(head.headers['content-length'], String(video.length));
    const cached = await get(officer, f.url, { 'if-none-match': String(full.headers.etag) });
    assert.equal(cached.statusCode, 304);
    assert.equal((await get(officer, `${f.url}/thumbnail`)).json().error.code, 'FILE_NOT_FOUND');
  });

  test('a PDF is offered as a download', async () => {
    const res = await upload(citizen, { file: { data: pdf(), name: 'đơn kiến nghị.pdf' } });
    assert.equal(res.statusCode, 201, res.body);
    const dl = await get(citizen, res.json().url);
    assert.equal(dl.headers['content-type'], 'application/pdf');
    assert.match(String(dl.headers['content-disposition']), /^attachment; filename="don kien nghi.pdf"/);
  });
});

describe('who may open and delete a file', () => {
  test('the uploader and staff whose scope reaches the file’s unit; not another ward, not other citizens', async () => {
    const f = (await upload(officer, { file: { data: await jpegWithExif(), name: 'a.jpg' } })).json();
    const tanNinh = (
      await server.database.db
        .selectFrom('units')
        .select('id')
        .where('admin_code', '=', '25459')
        .executeTakeFirstOrThrow()
    ).id;
    assert.equal(f.unitId, tanNinh, 'the uploader’s unit by default');
    for (const [who, caller, status] of [
      ['uploader', officer, 200],
      ['leader of the same ward', leader, 200],
      ['province leader', province, 200],
      ['officer of another ward', otherWard, 404],
      ['a citizen', citizen, 404],
    ] as const) {
      const res = await get(caller, f.url);
      assert.equal(res.statusCode, status, who);
      if (status === 404) {
        assert.equal(res.json().error.code, 'FILE_NOT_FOUND', who);
        assert.equal((await get(caller, f.thumbnailUrl)).statusCode, 404, `${who}: thumbnail`);
      }
    }
    const denied = await server.services.audit.search({ action: 'file.read', limit: 10 });
    assert.ok(denied.some((a) => a.target_id === f.id && a.outcome === 'denied'));

    const outOfScope = await upload(otherWard, { unitId: tanNinh, file: { data: pdf(), name: 'a.pdf' } });
    assert.equal(outOfScope.json().error.code, 'FILE_UNIT_OUT_OF_SCOPE');
  });

  test('a machine client (API key with role system) uploads and reads back its own file', async () => {
    const admin = await sessionFor(server, 'admin');
    const ward = (
      await server.database.db
        .selectFrom('units')
        .select('id')
        .where('admin_code', '=', '25480')
        .executeTakeFirstOrThrow()
    ).id;
    const key = await server.app.inject({
      method: 'POST',
      url: '/api/api-keys',
      headers: admin.headers(),
      payload: { name: 'camera gateway', unitId: ward, roles: ['system'] },
    });
    assert.equal(key.statusCode, 201, key.body);
    const auth = { authorization: `Bearer ${key.json().token}` };
    const { payload, contentType } = await multipartBody({ file: { data: mp4(4000), name: 'cam1.mp4' } });
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { ...auth, 'content-type': contentType },
      payload,
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().unitId, ward);
    const row = await server.database.db
      .selectFrom('files')
      .select(['owner_api_key_id', 'owner_user_id'])
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { owner_api_key_id: key.json().id, owner_user_id: null });
    assert.equal((await server.app.inject({ url: res.json().url, headers: auth })).statusCode, 200);
    assert.equal((await get(otherWard, res.json().url)).statusCode, 200, 'staff of that ward see it');
    assert.equal((await get(officer, res.json().url)).statusCode, 404);
  });

  test('a record type can open its attachments to more readers (the hook for public records)', async () => {
    const f = (await upload(officer, { file: { data: await jpegWithExif(), name: 'a.jpg' } })).json();
    const reportId = crypto.randomUUID();
    await server.database.db
      .transaction()
      .execute((trx) => server.services.files.attach(trx, [f.id], { type: 'public_notice', id: reportId }));
    assert.equal((await get(otherWard, f.url)).statusCode, 404);
    server.services.files.registerAttachmentAccess('public_notice', async (_actor, rec) => rec.id === reportId);
    assert.equal((await get(otherWard, f.url)).statusCode, 200);
  });

  test('the uploader deletes an unattached file; the bytes go, the deletion is audited', async () => {
    const f = (await upload(officer, { file: { data: mp4(5000), name: 'v.mp4' } })).json();
    const before = probe.storedObjects();
    const del = (caller: Caller) => server.app.inject({ method: 'DELETE', url: f.url, headers: caller.headers() });
    assert.equal((await del(otherWard)).statusCode, 404);
    assert.equal((await del(leader)).json().error.code, 'FORBIDDEN', 'readers may not delete');
    assert.equal((await del(officer)).statusCode, 200);
    assert.equal((await get(officer, f.url)).statusCode, 404);
    assert.equal(probe.storedObjects().length, before.length - 1);
    const audit = await server.services.audit.search({ action: 'file.delete', limit: 5 });
    assert.ok(audit.some((a) => a.target_id === f.id));
  });
});

describe('attachment and orphan cleanup', () => {
  test('attach checks ownership and exclusivity; cleanup removes old unattached files only', async () => {
    const files = server.services.files;
    const db = server.database.db;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await upload(citizen, { file: { data: await jpegWithExif(), name: `p${i}.jpg` } })).json().id);
    }
    const [kept, orphanA, orphanB] = ids as [string, string, string];
    const citizenActor = (await sessionActor(citizen))!;
    const otherActor = (await sessionActor(otherWard))!;
    const reportId = crypto.randomUUID();
    const wardId = (
      await db.selectFrom('units').select('id').where('admin_code', '=', '25459').executeTakeFirstOrThrow()
    ).id;

    await assert.rejects(
      db
        .transaction()
        .execute((trx) => files.attach(trx, [kept], { type: 'report', id: reportId }, { owner: otherActor })),
      (err: { code?: string }) => err.code === 'FILE_NOT_FOUND',
      'someone else’s upload cannot be attached',
    );
    await db
      .transaction()
      .execute((trx) =>
        files.attach(trx, [kept, kept], { type: 'report', id: reportId, unitId: wardId }, { owner: citizenActor }),
      );
    await db.transaction().execute((trx) => files.attach(trx, [kept], { type: 'report', id: reportId }));
    await assert.rejects(
      db.transaction().execute((trx) => files.attach(trx, [kept], { type: 'report', id: crypto.randomUUID() })),
      (err: { code?: string }) => err.code === 'FILE_ALREADY_ATTACHED',
    );
    assert.deepEqual(
      (await files.listAttached('report', reportId)).map((f) => [f.id, f.unitId]),
      [[kept, wardId]],
    );
    assert.equal((await get(leader, `/api/files/${kept}`)).statusCode, 200, 'the ward handling the report sees it');
    assert.equal(
      (await server.app.inject({ method: 'DELETE', url: `/api/files/${kept}`, headers: citizen.headers() })).json()
        .error.code,
      'FILE_ATTACHED',
    );

    const objects = probe.storedObjects();
    const soon = await files.cleanupOrphans(new Date(Date.now() + 60 * 60_000));
    assert.equal(soon.removed, 0, 'within the grace period nothing goes');
    const later = await files.cleanupOrphans(new Date(Date.now() + 25 * 3_600_000));
    assert.ok(later.removed >= 2);
    const left = await db.selectFrom('files').select('id').where('id', 'in', ids).execute();
    assert.deepEqual(
      left.map((r) => r.id),
      [kept],
    );
    const remaining = probe.storedObjects();
    for (const id of [orphanA, orphanB]) assert.ok(!remaining.some((o) => o.includes(id)), `objects of ${id} removed`);
    assert.ok(remaining.some((o) => o.includes(kept)));
    assert.ok(remaining.length < objects.length);
    assert.equal((await get(citizen, `/api/files/${kept}`)).statusCode, 200);
    const audit = await server.services.audit.search({ action: 'file.cleanup', limit: 50 });
    assert.ok(audit.some((a) => a.target_id === orphanA));
  });
});

async function sessionActor(caller: Caller) {
  const token = caller.cookie.replace(/^vioc_sid=/, '');
  return (await server.services.sessions.resolve(token))?.actor;
}
