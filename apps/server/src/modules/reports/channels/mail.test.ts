import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import nodemailer, { type Transporter } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { startTestServer, type TestServer } from '../../../../test/support.js';
import { jpegWithExif, pdf } from '../../../core/files/files.fixtures.js';
import { pointInWard, WARD } from '../reports.fixtures.js';
import { parseLocation } from './mail.js';

const MAILBOX = 'phananh@ioc.tayninh.gov.vn';
let server: TestServer;
let point: { lat: number; lon: number };
let transport: Transporter;
// The outgoing mail server of core/notify: the answers to senders arrive here.
const outbox: ParsedMail[] = [];
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  onData(stream, _session, cb) {
    simpleParser(stream).then((m) => {
      outbox.push(m);
      cb();
    }, cb);
  },
});

async function answerTo(address: string, subject: RegExp): Promise<ParsedMail> {
  for (let i = 0; i < 100; i++) {
    const m = outbox.find(
      (x) => x.to && !Array.isArray(x.to) && x.to.text.includes(address) && subject.test(x.subject ?? ''),
    );
    if (m) return m;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${address} matching ${subject}`);
}

before(async () => {
  await new Promise<void>((r) => sink.listen(0, '127.0.0.1', r));
  const sinkPort = (sink.server.address() as import('node:net').AddressInfo).port;
  server = await startTestServer({
    SMTP_URL: `smtp://127.0.0.1:${sinkPort}`,
    SMTP_FROM: 'IOC Tây Ninh <noreply@ioc.tayninh.gov.vn>',
    MAIL_INTAKE_PORT: '0',
    MAIL_INTAKE_HOST: '127.0.0.1',
    MAIL_INTAKE_ADDRESS: MAILBOX,
    MAIL_INTAKE_MAX_BYTES: String(200 * 1024),
    REPORTS_SUBMIT_PER_IP_PER_HOUR: '40',
  });
  point = await pointInWard(server, WARD.tanNinh);
  transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: server.services.mailIntake!.port(),
    secure: false,
    ignoreTLS: true,
  });
});
after(async () => {
  transport.close();
  await server.close();
  await new Promise<void>((r) => sink.close(() => r()));
});

const deliveries = (to: string, template: string) =>
  server.database.db
    .selectFrom('notification_deliveries')
    .select(['channel', 'content'])
    .where('recipient', '=', to)
    .where('template', '=', template)
    .execute();

describe('email intake (SMTP in)', () => {
  test('the location line is read with or without diacritics', () => {
    assert.deepEqual(parseLocation('abc\nVị trí: 11.31, 106.098\nĐịa chỉ: 12 đường 30/4'), {
      lat: 11.31,
      lon: 106.098,
      address: '12 đường 30/4',
    });
    assert.deepEqual(parseLocation('Vi tri: 11.3 106.1'), { lat: 11.3, lon: 106.1, address: null });
    assert.deepEqual(parseLocation('no place here'), { address: null });
  });

  test('a mail with a position becomes a report (channel email) and the sender is answered by email', async () => {
    const info = await transport.sendMail({
      from: '"Trần Minh" <minh@example.vn>',
      to: MAILBOX,
      subject: 'Ổ gà lớn trên đường Cách Mạng Tháng Tám',
      text: `Ổ gà sâu khoảng 20 cm, xe máy dễ té.\nVị trí: ${point.lat}, ${point.lon}\nĐịa chỉ: trước số 45 CMT8`,
      attachments: [{ filename: 'o-ga.jpg', content: await jpegWithExif(), contentType: 'image/jpeg' }],
    });
    assert.match(info.response ?? '', /^250 .*Queued as PA-\d{4}-\d{6}/);
    const code = /PA-\d{4}-\d{6}/.exec(info.response ?? '')![0];
    const r = await server.database.db
      .selectFrom('reports as r')
      .innerJoin('report_reporters as p', 'p.report_id', 'r.id')
      .select(['r.channel', 'r.title', 'r.description', 'r.address', 'p.email', 'p.name'])
      .where('r.code', '=', code)
      .executeTakeFirstOrThrow();
    assert.equal(r.channel, 'email');
    assert.equal(r.title, 'Ổ gà lớn trên đường Cách Mạng Tháng Tám');
    assert.match(r.description, /Ổ gà sâu khoảng 20 cm/);
    assert.doesNotMatch(r.description, /ảnh đính kèm/, 'the photo was stored, nothing is left out');
    assert.equal(r.address, 'trước số 45 CMT8');
    assert.equal(r.email, 'minh@example.vn');
    assert.equal(r.name, 'Trần Minh');
    const photos = await server.database.db
      .selectFrom('files as f')
      .innerJoin('reports as r', 'r.id', 'f.attached_id')
      .select(['f.kind', 'f.mime', 'f.gps_lat', 'f.attached_type', 'f.unit_id', 'r.area_unit_id'])
      .where('r.code', '=', code)
      .where('f.attached_type', '=', 'report')
      .execute();
    assert.equal(photos.length, 1, 'the image attachment became the report photo');
    assert.equal(photos[0]!.kind, 'photo');
    assert.equal(photos[0]!.mime, 'image/jpeg');
    assert.equal(photos[0]!.unit_id, photos[0]!.area_unit_id, 'the photo belongs to the report unit');
    const sent = await deliveries('minh@example.vn', 'reports.received');
    assert.equal(sent.length, 1, 'the sender is told the code by email');
    assert.equal(sent[0]!.channel, 'email');
    const answer = await answerTo('minh@example.vn', new RegExp(code));
    assert.match(answer.text ?? '', new RegExp(code));
  });

  test('a program disguised as a photo and a non-image attachment are left out, and the description says so', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(2000, 0x41)]);
    const info = await transport.sendMail({
      from: 'hoa@example.vn',
      to: MAILBOX,
      subject: 'Cây xanh nghiêng sắp đổ',
      text: `Cây nghiêng về phía nhà dân.\nVị trí: ${point.lat}, ${point.lon}`,
      attachments: [
        { filename: 'cay-1.jpg', content: await jpegWithExif({ width: 400, height: 300 }), contentType: 'image/jpeg' },
        { filename: 'cay-2.jpg', content: exe, contentType: 'image/jpeg' },
        { filename: 'bien-ban.pdf', content: pdf(), contentType: 'application/pdf' },
      ],
    });
    const code = /PA-\d{4}-\d{6}/.exec(info.response ?? '')![0];
    const r = await server.database.db
      .selectFrom('reports')
      .select(['id', 'description'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    const photos = await server.services.files.listAttached('report', r.id);
    assert.deepEqual(
      photos.map((p) => [p.kind, p.originalName]),
      [['photo', 'cay-1.jpg']],
      'only the real photo is stored',
    );
    assert.match(r.description, /^Cây nghiêng về phía nhà dân\./);
    assert.match(r.description, /Tệp ảnh không hợp lệ hoặc không đọc được, không được lưu: cay-2\.jpg\./);
    assert.match(r.description, /Tệp đính kèm không phải ảnh, không được lưu: bien-ban\.pdf\./);
    const refused = await server.services.audit.search({ action: 'file.upload', limit: 20 });
    assert.ok(
      refused.some((a) => a.outcome === 'failed' && JSON.stringify(a.after).includes('FILE_TYPE_NOT_ALLOWED')),
      'the disguised program is audited as a refused upload',
    );
  });

  test('without a position no report is made and the sender is asked for the location', async () => {
    const before = await server.database.db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const info = await transport.sendMail({
      from: 'lan@example.vn',
      to: MAILBOX,
      subject: 'Rác ùn ứ ở chợ',
      text: 'Rác ùn ứ nhiều ngày.\nĐịa chỉ: chợ Long Hoa',
    });
    assert.match(info.response ?? '', /^250/);
    const now = await server.database.db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(now.n), Number(before.n));
    const asked = await deliveries('lan@example.vn', 'reports.email_needs_location');
    assert.equal(asked.length, 1);
    const answer = await answerTo('lan@example.vn', /Cần vị trí/);
    assert.match(answer.text ?? '', /Vị trí: vĩ độ, kinh độ/);
  });

  test('other recipients and oversized mails are refused by the SMTP listener', async () => {
    await assert.rejects(
      transport.sendMail({ from: 'a@example.vn', to: 'someone@ioc.tayninh.gov.vn', subject: 'x', text: 'x' }),
      (err: Error & { responseCode?: number }) => err.responseCode === 550,
    );
    await assert.rejects(
      transport.sendMail({
        from: 'a@example.vn',
        to: MAILBOX,
        subject: 'big',
        text: `Vị trí: ${point.lat}, ${point.lon}`,
        attachments: [{ filename: 'big.bin', content: Buffer.alloc(400 * 1024, 1) }],
      }),
      (err: Error & { responseCode?: number }) => err.responseCode === 552,
    );
  });
});
