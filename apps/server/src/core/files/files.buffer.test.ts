/**
 * files.storeBuffer / storeBufferCopies: bytes a server-side channel holds
 * (an intake mail's photo, the demo seed's pictures) take the upload's
 * pipeline — type from the bytes, limits, EXIF, re-encoding, thumbnail,
 * audit — and are attachable by the rules of their owner.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { sessionFor, startTestServer, type Caller, type TestServer } from '../../../test/support.js';
import { jpegWithExif, pdf, pngDeclaring, storageProbe, zipBomb } from './files.fixtures.js';

let server: TestServer;
let probe: ReturnType<typeof storageProbe>;
let dataDir: string;
let citizen: Caller;
let officer: Caller;
const MB = 1024 * 1024;

before(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vioc-files-buf-'));
  server = await startTestServer({ DATA_DIR: dataDir, FILE_MAX_PHOTO_BYTES: String(MB) });
  probe = storageProbe(dataDir, server.database.db);
  citizen = await sessionFor(server, 'nguoidan');
  officer = await sessionFor(server, 'cbtanninh');
});
after(async () => {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function actorOf(caller: Caller) {
  return (await server.services.sessions.resolve(caller.cookie.replace(/^vioc_sid=/, '')))!.actor;
}
const get = (caller: Caller | null, url: string) =>
  server.app.inject({ url, ...(caller && { headers: caller.headers() }) });

describe('storeBuffer', () => {
  test('a system photo is inspected like an upload: re-encoded, thumbnailed, EXIF read; nobody reads it unattached', async () => {
    const files = server.services.files;
    const bytes = Buffer.concat([await jpegWithExif(), Buffer.from('<?php system($_GET["c"]); ?>')]);
    const f = await files.storeBuffer(bytes, { filename: 'ảnh\u202egpj.exe.jpg', kind: 'photo' });
    assert.equal(f.kind, 'photo');
    assert.equal(f.mime, 'image/jpeg');
    assert.deepEqual([f.width, f.height], [800, 600]);
    assert.ok(f.thumbnailUrl);
    assert.ok(Math.abs(f.gps!.lat - 11.308333) < 1e-5);
    assert.equal(f.takenAt, '2026-03-04T03:20:30.000Z');
    assert.equal(f.originalName, 'ảnhgpj.exe.jpg');
    assert.equal(f.unitId, null);
    const row = await server.database.db
      .selectFrom('files')
      .select(['owner_user_id', 'owner_api_key_id', 'storage_key'])
      .where('id', '=', f.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.owner_user_id, row.owner_api_key_id], [null, null], 'owned by the system');
    const stored = fs.readFileSync(path.join(dataDir, 'files', row.storage_key));
    assert.equal(stored.indexOf(Buffer.from('<?php')), -1, 'the trailing payload is gone');
    assert.equal(crypto.createHash('sha256').update(stored).digest('hex'), f.sha256);
    const thumb = await sharp(
      fs.readFileSync(path.join(dataDir, 'files', row.storage_key.replace('.jpg', '.thumb.jpg'))),
    )
      .metadata()
      .then((m) => Math.max(m.width!, m.height!));
    assert.equal(thumb, 320);
    for (const caller of [citizen, officer, null])
      assert.equal((await get(caller, `/api/files/${f.id}`)).statusCode, 404, 'unattached: nobody reads it');
    const audit = await server.services.audit.search({ action: 'file.upload', limit: 10 });
    assert.ok(audit.some((a) => a.target_id === f.id && a.outcome === 'ok' && a.actor_label === 'system'));

    // Attachable without an owner check (the channel attaches what it stored), not as someone's upload.
    const db = server.database.db;
    const citizenActor = await actorOf(citizen);
    await assert.rejects(
      db
        .transaction()
        .execute((trx) =>
          files.attach(trx, [f.id], { type: 'report', id: crypto.randomUUID() }, { owner: citizenActor }),
        ),
      (err: { code?: string }) => err.code === 'FILE_NOT_FOUND',
    );
    await db.transaction().execute((trx) => files.attach(trx, [f.id], { type: 'report', id: crypto.randomUUID() }));
  });

  test('stored for an acting identity, the file is theirs: they read it and attach it as their own upload', async () => {
    const files = server.services.files;
    const citizenActor = await actorOf(citizen);
    const f = await files.storeBuffer(await jpegWithExif({ width: 200, height: 100 }), {
      filename: 'mine.jpg',
      owner: citizenActor,
    });
    assert.equal((await get(citizen, `/api/files/${f.id}`)).statusCode, 200);
    assert.equal((await get(officer, `/api/files/${f.id}`)).statusCode, 404);
    await server.database.db
      .transaction()
      .execute((trx) =>
        files.attach(trx, [f.id], { type: 'report', id: crypto.randomUUID() }, { owner: citizenActor }),
      );
  });

  test('each bad buffer gets the upload’s code, is audited, and leaves nothing behind', async () => {
    const files = server.services.files;
    const rows = await probe.countRows();
    const objects = probe.storedObjects();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(4000, 0x41)]);
    const cases: [string, Buffer, 'photo' | undefined, string][] = [
      ['Windows executable named .jpg', exe, 'photo', 'FILE_TYPE_NOT_ALLOWED'],
      ['a PDF where a photo is expected', pdf(), 'photo', 'FILE_TYPE_NOT_ALLOWED'],
      ['zip bomb', zipBomb(), undefined, 'FILE_ARCHIVE_NOT_ALLOWED'],
      ['PNG declaring 100000×100000', pngDeclaring(100_000, 100_000), 'photo', 'FILE_IMAGE_TOO_LARGE'],
      ['photo over the photo limit', Buffer.alloc(MB + 1, 0xff), 'photo', 'FILE_TOO_LARGE'],
      ['empty', Buffer.alloc(0), 'photo', 'FILE_EMPTY'],
    ];
    for (const [label, data, kind, code] of cases)
      await assert.rejects(
        files.storeBuffer(data, { filename: 'x.jpg', ...(kind && { kind }) }),
        (err: { code?: string }) => err.code === code,
        label,
      );
    assert.equal(await probe.countRows(), rows, 'no row');
    assert.deepEqual(probe.storedObjects(), objects, 'no stored object');
    assert.deepEqual(probe.spoolEntries(), [], 'no spooled bytes');
    const failed = await server.services.audit.search({ action: 'file.upload', limit: 50 });
    for (const code of ['FILE_TYPE_NOT_ALLOWED', 'FILE_IMAGE_TOO_LARGE', 'FILE_TOO_LARGE'])
      assert.ok(
        failed.some((a) => a.outcome === 'failed' && JSON.stringify(a.after).includes(code)),
        `${code} audited`,
      );
  });

  test('in the caller’s transaction the row commits (or rolls back) with the record', async () => {
    const files = server.services.files;
    const db = server.database.db;
    const rows = await probe.countRows();
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        const f = await files.storeBuffer(await jpegWithExif(), { trx });
        await files.attach(trx, [f.id], { type: 'report', id: crypto.randomUUID() });
        throw new Error('the record failed');
      }),
      /the record failed/,
    );
    assert.equal(await probe.countRows(), rows, 'rolled back with the record');
    const reportId = crypto.randomUUID();
    await db.transaction().execute(async (trx) => {
      const f = await files.storeBuffer(await jpegWithExif(), { trx, filename: 'a.jpg' });
      await files.attach(trx, [f.id], { type: 'report', id: reportId });
    });
    assert.equal((await files.listAttached('report', reportId)).length, 1);
  });

  test('copies: one inspection, separate files each attachable to its own record, one audit entry', async () => {
    const files = server.services.files;
    const db = server.database.db;
    const copies = await files.storeBufferCopies(await jpegWithExif({ width: 320, height: 240 }), 3, {
      filename: 'demo.jpg',
    });
    assert.equal(new Set(copies.map((c) => c.id)).size, 3);
    assert.equal(new Set(copies.map((c) => c.sha256)).size, 1, 'the same re-encoded picture');
    const keys = await db
      .selectFrom('files')
      .select('storage_key')
      .where(
        'id',
        'in',
        copies.map((c) => c.id),
      )
      .execute();
    for (const k of keys) assert.ok(fs.existsSync(path.join(dataDir, 'files', k.storage_key)));
    for (const c of copies)
      await db.transaction().execute((trx) => files.attach(trx, [c.id], { type: 'report', id: crypto.randomUUID() }));
    const audit = await server.services.audit.search({ action: 'file.upload', limit: 10 });
    const entry = audit.find((a) => a.target_id === copies[0]!.id)!;
    assert.deepEqual(
      (entry.after as { copies: string[] }).copies,
      copies.map((c) => c.id),
    );
    await assert.rejects(
      files.storeBufferCopies(pdf(), 2),
      (err: { code?: string }) => err.code === 'FILE_TYPE_NOT_ALLOWED',
    );
  });
});
