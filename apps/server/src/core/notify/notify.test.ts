/**
 * Notifications end to end: the inbox and its realtime count, email through a
 * real SMTP server (smtp-server), SMS through a local HTTP server speaking the
 * gateway contract of README.md, Web Push to a local push service (payload
 * decrypted here as a browser would), retries through an SMTP outage,
 * preferences, ownership of the inbox, and registration codes.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import webpush from 'web-push';
import WebSocket from 'ws';
import { type Caller, eventually, sessionFor, startTestServer, type TestServer } from '../../../test/support.js';
import { isPrivateHost } from './notify.push.js';
import { normalizePhone, toGsm7 } from './notify.text.js';
import { render } from './notify.templates.js';

// ── fake outside world: SMTP server, SMS gateway, push service ─────────────

interface Mail {
  from: string;
  to: string[];
  user: unknown;
  raw: string;
  parsed: ParsedMail;
}
const mails: Mail[] = [];
let smtp: SMTPServer | undefined;
let smtpPort = 0;

function startSmtp(port: number): Promise<number> {
  const srv = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, cb) {
      if (auth.username === 'ioc' && auth.password === 's3cret') cb(null, { user: auth.username });
      else cb(new Error('invalid credentials'));
    },
    onData(stream, session, cb) {
      // smtp-server clears session.envelope once cb is called: read it first.
      const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
      const to = session.envelope.rcptTo.map((r) => r.address);
      const user = session.user;
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            mails.push({ from, to, user, raw: raw.toString('utf8'), parsed });
            cb();
          },
          (err: Error) => cb(err),
        );
      });
    },
  });
  smtp = srv;
  return new Promise((resolve, reject) => {
    srv.once('error', reject);
    srv.listen(port, '127.0.0.1', () => resolve((srv.server.address() as AddressInfo).port));
  });
}

function stopSmtp(): Promise<void> {
  const srv = smtp;
  smtp = undefined;
  return new Promise((resolve) => (srv ? srv.close(() => resolve()) : resolve()));
}

interface Captured {
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function httpStub(reply: (req: Captured) => { status: number; body?: unknown; headers?: Record<string, string> }) {
  const seen: Captured[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const c = { url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      seen.push(c);
      const r = reply(c);
      res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers });
      res.end(r.body === undefined ? '' : JSON.stringify(r.body));
    });
  });
  return {
    seen,
    server,
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
      ),
  };
}

let smsStatus = 200;
const sms = httpStub(() =>
  smsStatus === 200
    ? { status: 200, body: { id: `sms-${sms.seen.length}`, status: 'accepted' } }
    : { status: smsStatus, body: { error: 'invalid number' } },
);
let pushStatus = 201;
const push = httpStub(() => ({ status: pushStatus, headers: { location: `/messages/${push.seen.length}` } }));

// ── the server under test ──────────────────────────────────────────────────

const vapid = webpush.generateVAPIDKeys();
let server: TestServer;
let officer: Caller; // cbtanninh
let otherOfficer: Caller; // cbbinhminh
let admin: Caller;
let baseUrl: string;
let pushBase: string;

before(async () => {
  smtpPort = await startSmtp(0);
  const smsUrl = await sms.listen();
  pushBase = await push.listen();
  server = await startTestServer(
    {
      SMTP_URL: `smtp://ioc:s3cret@127.0.0.1:${smtpPort}`,
      SMTP_FROM: '"Trung tâm IOC Tây Ninh" <noreply@ioc.tayninh.gov.vn>',
      SMS_API_URL: `${smsUrl}/v1/sms`,
      SMS_API_TOKEN: 'sms-token-123',
      SMS_SENDER: 'TAYNINH-IOC',
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
      VAPID_SUBJECT: 'mailto:ioc@tayninh.gov.vn',
      PUSH_ALLOW_HTTP: 'true',
      NOTIFY_RETRY_LIMIT: '2',
      NOTIFY_RETRY_DELAY_SECONDS: '1',
      PUBLIC_URL: 'https://ioc.tayninh.gov.vn',
    },
    { deliverCodes: true },
  );
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  officer = await sessionFor(server, 'cbtanninh');
  otherOfficer = await sessionFor(server, 'cbbinhminh');
  admin = await sessionFor(server, 'admin');
});

after(async () => {
  await server?.close();
  await stopSmtp();
  for (const stub of [sms, push]) {
    stub.server.closeAllConnections();
    stub.server.close();
  }
});

const until = <T>(check: Parameters<typeof eventually<T>>[0], ms = 10_000) => eventually(check, ms);

const delivery = (id: string) => server.services.notify.delivery(id);
const userId = async (username: string) =>
  (await server.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow())
    .id;

function api(caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
  return server.app.inject({
    method,
    url,
    headers: caller.headers(payload === undefined ? {} : { 'content-type': 'application/json' }),
    ...(payload !== undefined && { payload: JSON.stringify(payload) }),
  });
}

describe('text for the channels', () => {
  test('Vietnamese SMS text is made plain GSM-7; phone numbers become E.164', () => {
    assert.equal(
      toGsm7('Đường Nguyễn Huệ – “ngập” sâu 30 cm… Ưu tiên'),
      'Duong Nguyen Hue - "ngap" sau 30 cm... Uu tien',
    );
    assert.equal(toGsm7('Giá 50€ 😀'), 'Gia 50€ ?');
    assert.equal(normalizePhone('0912 345 678'), '+84912345678');
    assert.equal(normalizePhone('+84912345678'), '+84912345678');
    assert.equal(normalizePhone('84912345678'), '+84912345678');
  });

  test('values are escaped in email HTML and cannot add header lines to a subject', () => {
    const r = render('work.assigned', 'vi', { title: 'Cống <b>số 3</b> & "mương"\r\nBcc: x@y', due: 'mai', url: '/x' });
    assert.ok(r.html.includes('Cống &lt;b&gt;số 3&lt;/b&gt; &amp; &quot;mương&quot;'));
    assert.ok(!r.html.includes('<b>số 3'));
    assert.ok(!/[\r\n]/.test(r.subject));
    assert.equal(r.link, null, 'a path is not a link without PUBLIC_URL');
    assert.equal(render('work.assigned', 'en', { title: 't', due: 'd', url: 'javascript:alert(1)' }).link, null);
  });

  test('push endpoints on private networks are refused', () => {
    for (const h of [
      'localhost',
      '127.0.0.1',
      '10.1.2.3',
      '192.168.1.1',
      '172.20.0.1',
      '169.254.169.254',
      '[::1]',
      'db.internal',
    ])
      assert.equal(isPrivateHost(h), true, h);
    for (const h of ['fcm.googleapis.com', 'updates.push.services.mozilla.com', '8.8.8.8'])
      assert.equal(isPrivateHost(h), false, h);
  });
});

describe('in-app inbox', () => {
  test('a notification lands in the inbox, its unread count reaches the user’s socket, and only the owner sees it', async () => {
    const ws = new WebSocket(`${baseUrl.replace('http', 'ws')}/api/realtime`, { headers: { cookie: officer.cookie } });
    const frames: { type: string; events?: { type: string; payload: { unread: number } }[] }[] = [];
    ws.on('message', (raw) => frames.push(JSON.parse(String(raw)) as (typeof frames)[number]));
    await new Promise((r, j) => ws.once('open', r).once('error', j));
    ws.send(JSON.stringify({ type: 'subscribe', topics: [`user/${officer.userId}`] }));
    await until(() => frames.some((f) => f.type === 'subscribed'));

    const res = await server.services.notify.notify(officer.userId, 'system.announcement', {
      title: 'Lịch bảo trì hệ thống',
      message: 'Hệ thống tạm dừng từ 22:00 đến 23:00 tối nay.',
    });
    assert.ok(res.notificationId);
    assert.deepEqual(res.deliveries, [], 'system announcements go to the inbox only by default');

    const frame = await until(() =>
      frames.flatMap((f) => f.events ?? []).find((e) => e.type === 'notify.inbox_changed'),
    );
    assert.equal(frame.payload.unread, 1);
    const outbox = await server.database.pool.query(
      `SELECT audience FROM outbox_events WHERE type = 'notify.inbox_changed' ORDER BY id DESC LIMIT 1`,
    );
    assert.deepEqual(outbox.rows[0].audience, { userIds: [officer.userId] });
    ws.close();

    const list = await api(officer, 'GET', '/api/notifications?limit=10');
    assert.equal(list.statusCode, 200);
    const body = list.json();
    assert.equal(body.total, 1);
    assert.equal(body.unread, 1);
    assert.equal(body.items[0].title, 'Lịch bảo trì hệ thống');
    assert.equal(body.items[0].readAt, null);
    assert.equal((await api(officer, 'GET', '/api/notifications/unread-count')).json().unread, 1);

    // Someone else: not in their list, and they cannot mark it read.
    assert.equal((await api(otherOfficer, 'GET', '/api/notifications')).json().total, 0);
    const stolen = await api(otherOfficer, 'POST', `/api/notifications/${res.notificationId}/read`);
    assert.equal(stolen.statusCode, 404);
    assert.equal(stolen.json().error.code, 'NOTIFICATION_NOT_FOUND');
    assert.equal((await api(officer, 'GET', '/api/notifications/unread-count')).json().unread, 1);

    const read = await api(officer, 'POST', `/api/notifications/${res.notificationId}/read`);
    assert.equal(read.statusCode, 200);
    assert.equal(read.json().unread, 0);
    await server.services.notify.notify(officer.userId, 'system.announcement', { title: 'Một', message: '1' });
    await server.services.notify.notify(officer.userId, 'system.announcement', { title: 'Hai', message: '2' });
    const unreadOnly = (await api(officer, 'GET', '/api/notifications?unread=true')).json();
    assert.deepEqual(
      unreadOnly.items.map((i: { title: string }) => i.title),
      ['Hai', 'Một'],
    );
    const all = await api(officer, 'POST', '/api/notifications/read-all');
    assert.deepEqual(all.json(), { updated: 2, unread: 0 });

    assert.equal((await server.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode, 401);
  });
});

describe('email', () => {
  test('a Vietnamese email goes through a real SMTP server with the configured credentials, UTF-8 intact', async () => {
    const before = mails.length;
    const citizen = await userId('nguoidan');
    const res = await server.services.notify.notify(citizen, 'work.assigned', {
      title: 'Khắc phục điểm ngập đường Trưng Nữ Vương <gấp>',
      due: '17:00 ngày 20/11/2026',
      url: '/reports/PA-2026-000123',
    });
    const email = res.deliveries.find((d) => d.channel === 'email');
    assert.ok(email, 'work notifications go by email by default');
    const mail = await until(() => mails.length > before && mails.at(-1));
    assert.equal(mail.user, 'ioc');
    assert.equal(mail.from, 'noreply@ioc.tayninh.gov.vn');
    assert.deepEqual(mail.to, ['nguoidan@vioc.local']);
    assert.equal(mail.parsed.subject, 'Công việc mới: Khắc phục điểm ngập đường Trưng Nữ Vương <gấp>');
    assert.equal(mail.parsed.from?.value[0]?.name, 'Trung tâm IOC Tây Ninh');
    assert.match(
      mail.parsed.text ?? '',
      /Bạn được giao xử lý “Khắc phục điểm ngập đường Trưng Nữ Vương <gấp>”, hạn xử lý 17:00 ngày 20\/11\/2026\./,
    );
    assert.match(mail.parsed.text ?? '', /https:\/\/ioc\.tayninh\.gov\.vn\/reports\/PA-2026-000123/);
    const html = String(mail.parsed.html);
    assert.ok(html.includes('Trưng Nữ Vương &lt;gấp&gt;'), 'HTML-escaped');
    assert.ok(html.includes('href="https://ioc.tayninh.gov.vn/reports/PA-2026-000123"'));
    assert.match(mail.raw, /charset=utf-8/i);
    const row = await until(async () => {
      const d = await delivery(email.id);
      return d?.status === 'sent' && d;
    });
    assert.equal(row.attempts, 1);
    assert.equal(row.provider_id, `<${email.id}@ioc.tayninh.gov.vn>`);
    assert.ok(row.sent_at);
  });

  test('inside a caller’s transaction, nothing is written, queued or sent if it rolls back', async () => {
    const jobsBefore = await server.database.pool.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notify.deliver'`,
    );
    const citizen = await userId('nguoidan');
    await assert.rejects(
      server.database.db.transaction().execute(async (trx) => {
        const r = await server.services.notify.notify(
          citizen,
          'work.assigned',
          { title: 'Hủy bỏ', due: '-' },
          ['inbox', 'email'],
          { trx },
        );
        assert.equal(r.deliveries.length, 1);
        throw new Error('the caller’s change failed');
      }),
      /caller’s change failed/,
    );
    const kept = await server.database.db
      .selectFrom('notifications')
      .select('id')
      .where('title', 'like', '%Hủy bỏ%')
      .execute();
    assert.deepEqual(kept, []);
    const jobsAfter = await server.database.pool.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notify.deliver'`,
    );
    assert.equal(jobsAfter.rows[0].n, jobsBefore.rows[0].n, 'no job was queued');
  });

  test('an SMTP outage: retried with backoff, failed with its error, kept, and sent once the server is back', async () => {
    await stopSmtp();
    const a = await server.services.notify.notify({ email: 'dan.a@example.vn' }, 'system.announcement', {
      title: 'Thông báo A',
      message: 'Gửi trong lúc máy chủ thư ngừng hoạt động.',
    });
    const aId = a.deliveries[0]!.id;
    const failed = await until(async () => {
      const d = await delivery(aId);
      return d?.status === 'failed' && d;
    }, 20_000);
    assert.equal(failed.attempts, 3, 'the first attempt and two retries');
    assert.match(failed.last_error ?? '', /ECONNREFUSED|connect/i);
    assert.ok(failed.content, 'the message is kept for a later retry');

    // A message sent during the outage goes out by itself when the server returns mid-retries.
    const b = await server.services.notify.notify({ email: 'dan.b@example.vn' }, 'system.announcement', {
      title: 'Thông báo B',
      message: 'Gửi lại tự động.',
    });
    const bId = b.deliveries[0]!.id;
    await until(async () => {
      const d = await delivery(bId);
      return d?.status === 'queued' && d.attempts >= 1 && d.last_error;
    });
    await startSmtp(smtpPort);
    const sentB = await until(async () => {
      const d = await delivery(bId);
      return d?.status === 'sent' && d;
    });
    assert.ok(sentB.attempts >= 2);
    assert.ok(mails.some((m) => m.to.includes('dan.b@example.vn')));

    // The one that failed for good is sent again by an administrator.
    const denied = await api(officer, 'POST', `/api/admin/notifications/deliveries/${aId}/retry`);
    assert.equal(denied.statusCode, 403);
    const failedList = await api(admin, 'GET', '/api/admin/notifications/deliveries?status=failed&channel=email');
    assert.equal(failedList.statusCode, 200);
    assert.ok(failedList.json().some((d: { id: string }) => d.id === aId));
    const retried = await api(admin, 'POST', `/api/admin/notifications/deliveries/${aId}/retry`);
    assert.equal(retried.statusCode, 200, retried.body);
    await until(async () => (await delivery(aId))?.status === 'sent');
    const mailA = mails.find((m) => m.to.includes('dan.a@example.vn'));
    assert.equal(mailA?.parsed.subject, 'Thông báo A');
    const again = await api(admin, 'POST', `/api/admin/notifications/deliveries/${aId}/retry`);
    assert.equal(again.json().error.code, 'DELIVERY_NOT_RETRYABLE');
  });
});

describe('interrupted deliveries', () => {
  test('a delivery whose worker died during the last attempt is marked failed, listed for admins and can be sent again', async () => {
    const n = await server.services.notify.notify({ email: 'dan.c@example.vn' }, 'system.announcement', {
      title: 'Thông báo C',
      message: 'Lần gửi cuối bị gián đoạn.',
    });
    const id = n.deliveries[0]!.id;
    await until(async () => (await delivery(id))?.status === 'sent');
    // The state a SIGKILL leaves after claiming the last attempt (retry limit 2 → attempt 3):
    // counted, leased, never finished; pg-boss has no retry left.
    await server.database.pool.query(
      `UPDATE notification_deliveries
          SET status = 'queued', attempts = 3, sent_at = NULL, locked_until = now() - interval '1 minute'
        WHERE id = $1`,
      [id],
    );
    const fresh = await server.services.notify.notify({ email: 'dan.d@example.vn' }, 'system.announcement', {
      title: 'Thông báo D',
      message: 'Đang chờ gửi.',
    });
    assert.equal(await server.services.notify.sweepInterrupted(), 1);
    const failed = await delivery(id);
    assert.equal(failed?.status, 'failed');
    assert.match(failed?.last_error ?? '', /interrupted/);
    assert.notEqual(
      (await delivery(fresh.deliveries[0]!.id))?.status,
      'failed',
      'a delivery in progress is left alone',
    );
    const list = await api(admin, 'GET', '/api/admin/notifications/deliveries?status=failed');
    assert.ok(list.json().some((d: { id: string }) => d.id === id));
    const retried = await api(admin, 'POST', `/api/admin/notifications/deliveries/${id}/retry`);
    assert.equal(retried.statusCode, 200, retried.body);
    await until(async () => (await delivery(id))?.status === 'sent');
  });
});

describe('SMS', () => {
  test('an SMS goes to the gateway with its bearer token, unaccented, to an E.164 number', async () => {
    const before = sms.seen.length;
    const res = await server.services.notify.notify({ phone: '0912 345 678' }, 'system.announcement', {
      title: 'Cảnh báo ngập',
      message: 'Đường Trưng Nữ Vương ngập 30 cm, hạn chế lưu thông.',
    });
    const id = res.deliveries[0]!.id;
    const req = await until(() => sms.seen.length > before && sms.seen.at(-1));
    assert.equal(req.url, '/v1/sms');
    assert.equal(req.headers.authorization, 'Bearer sms-token-123');
    assert.equal(req.headers['idempotency-key'], id);
    assert.deepEqual(JSON.parse(req.body.toString('utf8')), {
      to: '+84912345678',
      text: 'Canh bao ngap: Duong Trung Nu Vuong ngap 30 cm, han che luu thong.',
      ref: id,
      sender: 'TAYNINH-IOC',
    });
    const row = await until(async () => {
      const d = await delivery(id);
      return d?.status === 'sent' && d;
    });
    assert.equal(row.provider_id, `sms-${before + 1}`);
  });

  test('a message the gateway refuses (422) fails at once, without retries', async () => {
    smsStatus = 422;
    try {
      const res = await server.services.notify.notify({ phone: '0900000000' }, 'system.announcement', {
        title: 't',
        message: 'm',
      });
      const row = await until(async () => {
        const d = await delivery(res.deliveries[0]!.id);
        return d?.status === 'failed' && d;
      });
      assert.equal(row.attempts, 1);
      assert.match(row.last_error ?? '', /422/);
    } finally {
      smsStatus = 200;
    }
  });
});

describe('preferences', () => {
  test('a user who turned email off gets the inbox only; security messages cannot be turned off', async () => {
    const leader = await sessionFor(server, 'lanhdao');
    const initial = (await api(leader, 'GET', '/api/notifications/preferences')).json();
    assert.deepEqual(initial.available, ['inbox', 'email', 'sms', 'push']);
    assert.deepEqual(initial.categories.find((c: { key: string }) => c.key === 'work').channels, [
      'inbox',
      'push',
      'email',
    ]);

    const put = await api(leader, 'PUT', '/api/notifications/preferences', { categories: { work: ['inbox'] } });
    assert.equal(put.statusCode, 200, put.body);
    assert.deepEqual(put.json().categories.find((c: { key: string }) => c.key === 'work').channels, ['inbox']);
    const locked = await api(leader, 'PUT', '/api/notifications/preferences', { categories: { account: [] } });
    assert.equal(locked.statusCode, 422);
    assert.equal(locked.json().error.code, 'NOTIFY_CATEGORY_LOCKED');
    const bad = await api(leader, 'PUT', '/api/notifications/preferences', { categories: { work: ['fax'] } });
    assert.equal(bad.statusCode, 400);

    const res = await server.services.notify.notify(leader.userId, 'work.assigned', {
      title: 'Họp giao ban',
      due: '8:00',
    });
    assert.ok(res.notificationId, 'the inbox copy is written');
    assert.deepEqual(res.deliveries, [], 'no email is queued');
    // A message the caller must deliver by a given channel still goes.
    const forced = await server.services.notify.notify(leader.userId, 'work.assigned', { title: 'Khẩn', due: 'ngay' }, [
      'email',
    ]);
    assert.deepEqual(
      forced.deliveries.map((d) => d.channel),
      ['email'],
    );
  });
});

/** What a browser does with a push message: RFC 8291 aes128gcm decryption with its own keys. */
function decryptPush(body: Buffer, ua: crypto.ECDH, authSecret: Buffer): string {
  const salt = body.subarray(0, 16);
  const idLength = body[20]!;
  const serverKey = body.subarray(21, 21 + idLength);
  const cipherText = body.subarray(21 + idLength);
  const shared = ua.computeSecret(serverKey);
  const info = Buffer.concat([Buffer.from('WebPush: info\0'), ua.getPublicKey(), serverKey]);
  const ikm = Buffer.from(crypto.hkdfSync('sha256', shared, authSecret, info, 32));
  const cek = Buffer.from(crypto.hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(crypto.hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = crypto.createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(cipherText.subarray(cipherText.length - 16));
  const plain = Buffer.concat([decipher.update(cipherText.subarray(0, cipherText.length - 16)), decipher.final()]);
  let end = plain.length - 1;
  while (plain[end] === 0) end--; // padding, then the 0x02 delimiter of the last record
  return plain.subarray(0, end).toString('utf8');
}

describe('web push', () => {
  test('a subscribed browser receives an encrypted message with a valid VAPID signature; an expired one is removed', async () => {
    const key = await server.app.inject({ method: 'GET', url: '/api/notifications/push-key' });
    assert.deepEqual(key.json(), { publicKey: vapid.publicKey });

    const ua = crypto.createECDH('prime256v1');
    ua.generateKeys();
    const authSecret = crypto.randomBytes(16);
    const endpoint = `${pushBase}/push/device-1`;
    const sub = await api(officer, 'POST', '/api/notifications/push-subscriptions', {
      endpoint,
      expirationTime: null,
      keys: { p256dh: ua.getPublicKey().toString('base64url'), auth: authSecret.toString('base64url') },
    });
    assert.equal(sub.statusCode, 201, sub.body);

    const before = push.seen.length;
    const res = await server.services.notify.notify(officer.userId, 'work.assigned', {
      title: 'Kiểm tra camera nút giao',
      due: '10:00',
      url: '/tasks/42',
    });
    const pushed = res.deliveries.find((d) => d.channel === 'push');
    assert.ok(pushed);
    const req = await until(() => push.seen.length > before && push.seen.at(-1));
    assert.equal(req.url, '/push/device-1');
    assert.equal(req.headers['content-encoding'], 'aes128gcm');
    assert.ok(Number(req.headers.ttl) > 0);
    const m = /^vapid t=([^,]+), k=(.+)$/.exec(String(req.headers.authorization));
    assert.ok(m, `VAPID Authorization header: ${req.headers.authorization}`);
    assert.equal(m[2], vapid.publicKey);
    const [h, p, s] = m[1]!.split('.') as [string, string, string];
    const raw = Buffer.from(vapid.publicKey, 'base64url');
    const publicKey = crypto.createPublicKey({
      key: {
        kty: 'EC',
        crv: 'P-256',
        x: raw.subarray(1, 33).toString('base64url'),
        y: raw.subarray(33).toString('base64url'),
      },
      format: 'jwk',
    });
    assert.ok(
      crypto.verify(
        'sha256',
        Buffer.from(`${h}.${p}`),
        { key: publicKey, dsaEncoding: 'ieee-p1363' },
        Buffer.from(s, 'base64url'),
      ),
      'the JWT is signed with the VAPID key',
    );
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as { aud: string; sub: string };
    assert.equal(claims.aud, pushBase);
    assert.equal(claims.sub, 'mailto:ioc@tayninh.gov.vn');

    const message = JSON.parse(decryptPush(req.body, ua, authSecret)) as Record<string, unknown>;
    assert.equal(message.title, 'Công việc mới: Kiểm tra camera nút giao');
    assert.equal(message.url, 'https://ioc.tayninh.gov.vn/tasks/42');
    assert.equal(message.notificationId, res.notificationId);
    await until(async () => (await delivery(pushed.id))?.status === 'sent');

    // The push service says the subscription expired: it is dropped, the delivery fails without retrying.
    pushStatus = 410;
    try {
      const gone = await server.services.notify.notify(officer.userId, 'work.assigned', { title: 'x', due: 'y' }, [
        'push',
      ]);
      const row = await until(async () => {
        const d = await delivery(gone.deliveries[0]!.id);
        return d?.status === 'failed' && d;
      });
      assert.equal(row.attempts, 1);
      const left = await server.database.db
        .selectFrom('push_subscriptions')
        .select('id')
        .where('endpoint', '=', endpoint)
        .execute();
      assert.deepEqual(left, []);
    } finally {
      pushStatus = 201;
    }
    const removed = await api(officer, 'DELETE', '/api/notifications/push-subscriptions', { endpoint });
    assert.deepEqual(removed.json(), { removed: 0 });
  });
});

describe('registration codes', () => {
  test('a code reaches a phone by SMS and an email address by mail, is not kept, and opens the account', async () => {
    const beforeSms = sms.seen.length;
    const reg = await server.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ fullName: 'Nguyễn Thị Hoa', phone: '0987654321', password: 'Hoa-Sen-2026!' }),
    });
    assert.equal(reg.statusCode, 201, reg.body);
    const req = await until(() => sms.seen.length > beforeSms && sms.seen.at(-1));
    const body = JSON.parse(req.body.toString('utf8')) as { to: string; text: string; ref: string };
    assert.equal(body.to, '+84987654321');
    const code = /Ma xac thuc dang ky tai khoan: (\d{6})\. Khong cung cap ma nay cho bat ky ai\./.exec(body.text)?.[1];
    assert.ok(code, body.text);
    const row = await until(async () => {
      const d = await delivery(body.ref);
      return d?.status === 'sent' && d;
    });
    assert.equal(row.content, null, 'a one-time code is erased once sent');
    assert.equal(row.notification_id, null, 'and never kept in an inbox');
    const verified = await server.app.inject({
      method: 'POST',
      url: '/api/auth/register/verify',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ contact: '0987654321', code }),
    });
    assert.equal(verified.statusCode, 200, verified.body);

    const beforeMail = mails.length;
    const byMail = await server.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      payload: JSON.stringify({ fullName: 'Tran Van Binh', email: 'Binh@Example.vn', password: 'Binh-2026-Tay!' }),
    });
    assert.equal(byMail.statusCode, 201, byMail.body);
    const mail = await until(() => mails.length > beforeMail && mails.at(-1));
    assert.deepEqual(mail.to, ['binh@example.vn']);
    assert.match(mail.parsed.subject ?? '', /^Your registration code: \d{6}$/);
  });
});
