/**
 * Stored files on a full disk: the upload routes (a guest's report photo, a
 * staff upload) answer 507 STORAGE_FULL in the caller's language and leave
 * nothing half-saved — no row, no object, no spool, no success in the audit
 * log, no report — and work again once there is room.
 *
 * The disk is real when this can mount one: a 4 MiB tmpfs as DATA_DIR (root,
 * mount permitted). Otherwise the same capacity is simulated at the fs boundary
 * the server writes through (node:fs's writeFile, copyFile and write streams
 * under DATA_DIR answer ENOSPC past 4 MiB), and the test names say so. Both run
 * the same server code; VIOC_TEST_NO_TMPFS=1 forces the simulation.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import nodemailer from 'nodemailer';
import sharp from 'sharp';
import { isStorageFull } from '../src/core/http/index.js';
import { sessionFor, startTestServer, type Caller, type TestServer } from './support.js';
import { multipartBody, storageProbe } from '../src/core/files/files.fixtures.js';
import { categoryId, pointInWard, submit, WARD } from '../src/modules/reports/reports.fixtures.js';

const CAPACITY = 4 * 1024 * 1024;
const MAILBOX = 'phananh@ioc.tayninh.gov.vn';

let server: TestServer;
let dataDir: string;
let disk: { kind: 'tmpfs' | 'simulated'; release(): void };
let officer: Caller;
let photo: Buffer;
let probe: ReturnType<typeof storageProbe>;

/** A 4 MiB tmpfs on dir, or undefined when mounting is not possible here. */
function mountTmpfs(dir: string): (() => void) | undefined {
  if (process.env.VIOC_TEST_NO_TMPFS === '1' || process.getuid?.() !== 0) return undefined;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${CAPACITY},mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch {
    return undefined; // a container without CAP_SYS_ADMIN
  }
  return () => execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
}

function enospc(syscall: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, ${syscall} '${file}'`), {
    code: 'ENOSPC',
    errno: -28,
    syscall,
    path: file,
  });
}

/**
 * A disk of CAPACITY bytes under root, at the fs functions core/files writes with: past
 * the capacity a write stores what fits and fails with ENOSPC, as a real disk does.
 */
function simulateDisk(root: string): () => void {
  const used = (dir = root): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
      const full = path.join(dir, e.name);
      return sum + (e.isDirectory() ? used(full) : e.isFile() ? fs.statSync(full).size : 0);
    }, 0);
  const inside = (p: unknown) => typeof p === 'string' && path.resolve(p).startsWith(root + path.sep);
  const free = () => Math.max(0, CAPACITY - used());
  const original = {
    writeFile: fs.promises.writeFile,
    copyFile: fs.promises.copyFile,
    createWriteStream: fs.createWriteStream,
  };
  const writeFile: typeof fs.promises.writeFile = async (file, data, options) => {
    if (!inside(file) || !Buffer.isBuffer(data) || data.length <= free())
      return original.writeFile(file, data, options);
    await original.writeFile(file, data.subarray(0, free()), options);
    throw enospc('write', String(file));
  };
  const copyFile: typeof fs.promises.copyFile = async (src, dest, mode) => {
    if (!inside(dest) || fs.statSync(src).size <= free()) return original.copyFile(src, dest, mode);
    throw enospc('copyfile', String(dest));
  };
  const createWriteStream = ((file: fs.PathLike, options?: Parameters<typeof fs.createWriteStream>[1]) => {
    const stream = original.createWriteStream(file, options);
    if (!inside(file)) return stream;
    const write = stream._write.bind(stream);
    stream._writev = undefined; // every chunk through _write, where the capacity is checked
    stream._write = (chunk: Buffer, encoding, done) => {
      const room = free();
      if (chunk.length <= room) return write(chunk, encoding, done);
      write(chunk.subarray(0, room), encoding, (err) => done(err ?? enospc('write', String(file))));
    };
    return stream;
  }) as typeof fs.createWriteStream;
  // node:fs's exports are plain objects at run time; the types declare them read-only.
  Object.assign(fs.promises, { writeFile, copyFile });
  Object.assign(fs, { createWriteStream });
  return () => {
    Object.assign(fs.promises, { writeFile: original.writeFile, copyFile: original.copyFile });
    Object.assign(fs, { createWriteStream: original.createWriteStream });
  };
}

const filler = () => path.join(dataDir, 'filler');

/** Fills the disk, then gives back `room` bytes: the next writes have that much space. */
async function leaveFree(room: number): Promise<void> {
  const chunk = Buffer.alloc(64 * 1024, 1);
  for (;;) {
    try {
      await fs.promises.writeFile(filler(), chunk, { flag: 'a' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      break;
    }
  }
  const size = fs.statSync(filler()).size;
  await fs.promises.truncate(filler(), Math.max(0, size - room));
}

/** Files in DATA_DIR besides the filler: objects, partial objects, spool. */
function leftovers(): string[] {
  return (fs.readdirSync(dataDir, { recursive: true }) as string[])
    .filter((f) => f !== 'filler' && fs.statSync(path.join(dataDir, f)).isFile())
    .sort();
}

async function successfulUploadsAudited(): Promise<number> {
  const r = await server.database.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('action', '=', 'file.upload')
    .where('outcome', '=', 'ok')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function reportCount(): Promise<number> {
  const r = await server.database.db
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function upload(url: '/api/files' | '/api/files/guest', caller?: Caller, lang = 'vi') {
  const { payload, contentType } = await multipartBody({ file: { data: photo, name: 'o-ga.jpg', type: 'image/jpeg' } });
  const headers = { 'content-type': contentType, 'accept-language': lang };
  return server.app.inject({ method: 'POST', url, headers: caller ? caller.headers(headers) : headers, payload });
}

before(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vioc-disk-full-'));
  const unmount = mountTmpfs(dataDir);
  disk = unmount
    ? { kind: 'tmpfs', release: unmount }
    : { kind: 'simulated', release: simulateDisk(fs.realpathSync(dataDir)) };
  server = await startTestServer({
    DATA_DIR: dataDir,
    MAIL_INTAKE_PORT: '0',
    MAIL_INTAKE_HOST: '127.0.0.1',
    MAIL_INTAKE_ADDRESS: MAILBOX,
  });
  officer = await sessionFor(server, 'cbtanninh');
  probe = storageProbe(dataDir, server.database.db);
  // Noise does not compress: the re-encoded photo is hundreds of KB, like a phone's.
  photo = await sharp(crypto.randomBytes(600 * 600 * 3), { raw: { width: 600, height: 600, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
});

after(async () => {
  await server?.close();
  disk?.release();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const how = () => (disk.kind === 'tmpfs' ? 'a real 4 MiB tmpfs' : 'ENOSPC injected at the fs boundary: no tmpfs here');

/** What a refused upload must leave: nothing, and a clear answer. */
async function assertNothingSaved(res: Awaited<ReturnType<typeof upload>>, before: { rows: number; audited: number }) {
  assert.equal(res.statusCode, 507, res.body);
  assert.equal(res.json().error.code, 'STORAGE_FULL');
  assert.equal(await probe.countRows(), before.rows, 'no file row');
  assert.equal(await successfulUploadsAudited(), before.audited, 'no successful upload in the audit log');
  assert.deepEqual(leftovers(), [], 'no object, partial object or spool left on the disk');
  assert.equal((await server.app.inject({ url: '/healthz' })).statusCode, 200, 'the server keeps serving');
}

describe('files on a full disk', () => {
  test(`a guest's report photo: 507 STORAGE_FULL, nothing saved, and the report goes in once there is room (${how()})`, async () => {
    const state = { rows: await probe.countRows(), audited: await successfulUploadsAudited() };
    const reports = await reportCount();

    await leaveFree(0); // the upload cannot even be spooled
    const spoolFull = await upload('/api/files/guest');
    await assertNothingSaved(spoolFull, state);
    assert.match(spoolFull.json().error.message, /^Hết dung lượng lưu trữ/);

    await leaveFree(photo.length + 64 * 1024); // spooled, but the re-encoded photo does not fit
    const storeFull = await upload('/api/files/guest', undefined, 'en');
    await assertNothingSaved(storeFull, state);
    assert.match(storeFull.json().error.message, /run out of storage space/);
    assert.equal(await reportCount(), reports, 'no report was filed');

    fs.rmSync(filler());
    const ok = await upload('/api/files/guest');
    assert.equal(ok.statusCode, 201, ok.body);
    const { file, token } = ok.json() as { file: { id: string }; token: string };
    const submitted = await submit(server, null, {
      categoryId: await categoryId(server, 'ha-tang.chieu-sang'),
      title: 'Đèn đường không sáng',
      description: 'Cụm đèn chiếu sáng trước số 12 đường 30/4 tắt ba đêm nay.',
      location: { ...(await pointInWard(server, WARD.tanNinh)), source: 'map' },
      contact: { phone: '0912 345 678' },
      photos: [{ id: file.id, token }],
    });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const reportId = (submitted.json() as { report: { id: string } }).report.id;
    const attached = await server.services.files.listAttached('report', reportId);
    assert.deepEqual(
      attached.map((f) => f.id),
      [file.id],
      'the report has its photo',
    );
  });

  test(`a staff upload whose thumbnail does not fit: 507, and the photo stored just before is removed (${how()})`, async () => {
    // The same photo with room: what its re-encoded objects weigh.
    const first = await upload('/api/files', officer);
    assert.equal(first.statusCode, 201, first.body);
    const { id } = first.json() as { id: string };
    const sizeOf = (suffix: string) => {
      const f = leftovers().find((x) => x.endsWith(`${id}${suffix}`));
      assert.ok(f, `stored ${id}${suffix}`);
      return fs.statSync(path.join(dataDir, f)).size;
    };
    const [main, thumbnail] = [sizeOf('.jpg'), sizeOf('.thumb.jpg')];
    const page = (n: number) => Math.ceil(n / 4096) * 4096;
    const slack = 8 * 1024;
    assert.ok(thumbnail > slack + 2 * 4096, `a thumbnail of ${thumbnail} bytes is too small for this test`);

    const state = { rows: await probe.countRows(), audited: await successfulUploadsAudited() };
    const stored = leftovers();
    await leaveFree(page(photo.length) + page(main) + slack); // the spool and the photo fit, its thumbnail not
    const res = await upload('/api/files', officer);
    assert.equal(res.statusCode, 507, res.body);
    assert.equal(res.json().error.code, 'STORAGE_FULL');
    assert.equal(await probe.countRows(), state.rows, 'no file row');
    assert.equal(await successfulUploadsAudited(), state.audited, 'no successful upload in the audit log');
    assert.deepEqual(leftovers(), stored, 'the photo stored before the thumbnail failed is gone');

    fs.rmSync(filler());
    const ok = await upload('/api/files', officer);
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(await probe.countRows(), state.rows + 1);
  });

  test(`a mailed report with a photo: SMTP 452, no report and nothing saved, accepted once there is room (${how()})`, async () => {
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: server.services.mailIntake!.port(),
      secure: false,
      ignoreTLS: true,
    });
    const point = await pointInWard(server, WARD.tanNinh);
    const mail = {
      from: 'minh@example.vn',
      to: MAILBOX,
      subject: 'Ổ gà lớn trên đường Cách Mạng Tháng Tám',
      text: `Ổ gà sâu khoảng 20 cm.\nVị trí: ${point.lat}, ${point.lon}`,
      attachments: [{ filename: 'o-ga.jpg', content: photo, contentType: 'image/jpeg' }],
    };
    try {
      const state = { rows: await probe.countRows(), audited: await successfulUploadsAudited() };
      const reports = await reportCount();
      const stored = leftovers();
      await leaveFree(0);
      await assert.rejects(transport.sendMail(mail), (err: { responseCode?: number }) => err.responseCode === 452);
      assert.equal(await reportCount(), reports, 'no report without its photo');
      assert.equal(await probe.countRows(), state.rows, 'no file row');
      assert.equal(await successfulUploadsAudited(), state.audited, 'no successful upload in the audit log');
      assert.deepEqual(leftovers(), stored, 'nothing new on the disk');

      fs.rmSync(filler());
      // The sending server retries a 4xx: the same mail then goes in, with its photo.
      const info = await transport.sendMail(mail);
      const code = /PA-\d{4}-\d{6}/.exec(info.response ?? '')?.[0];
      assert.ok(code, info.response);
      const report = await server.database.db
        .selectFrom('reports')
        .select('id')
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
      assert.equal((await server.services.files.listAttached('report', report.id)).length, 1);
    } finally {
      transport.close();
    }
  });

  test('what counts as a full storage: ENOSPC, EDQUOT, MinIO’s full bucket, also as the cause of another error', () => {
    assert.ok(isStorageFull(enospc('write', '/x')));
    assert.ok(isStorageFull(Object.assign(new Error('quota'), { code: 'EDQUOT' })));
    assert.ok(isStorageFull(Object.assign(new Error('full'), { name: 'XMinioStorageFull' })));
    assert.ok(isStorageFull(new Error('upload failed', { cause: enospc('write', '/x') })));
    assert.ok(!isStorageFull(Object.assign(new Error('denied'), { code: 'EACCES' })));
    assert.ok(!isStorageFull(null));
  });
});
