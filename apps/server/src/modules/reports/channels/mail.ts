import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { simpleParser, type Attachment, type ParsedMail } from 'mailparser';
import type { Logger } from 'pino';
import type { NotifyService } from '../../../core/notify/index.js';
import type { FilesService } from '../../../core/files/index.js';
import { AppError, isStorageFull } from '../../../core/http/index.js';
import type { ReportsService } from '../reports.service.js';

export interface MailIntakeOptions {
  port: number;
  host: string;
  /** The only recipient accepted (e.g. phananh@ioc.tayninh.gov.vn). */
  address: string;
  maxBytes: number;
  /** Category code given to mailed reports; the operator changes it at verification. */
  categoryCode: string;
  /** Public address of the portal, for the answers. */
  publicUrl?: string;
}

/** Outcome of one mail, for logs and tests. */
export type MailOutcome =
  | { kind: 'created'; code: string; replayed: boolean }
  | { kind: 'needs_location' }
  | { kind: 'refused'; reason: string }
  | { kind: 'ignored'; reason: string };

const NUM = String.raw`(-?\d{1,3}(?:[.]\d+)?)`;
// "Vị trí: 11.31, 106.09" (also without diacritics, "Toạ độ"/"Tọa độ", "Location").
const POSITION = new RegExp(
  String.raw`(?:v[iị]\s*tr[ií]|to[aạ]\s*[dđ][oộ]|location)\s*:\s*${NUM}\s*[,;\s]\s*${NUM}`,
  'iu',
);
const ADDRESS = /^\s*(?:[đd][iị]a\s*ch[iỉ]|address)\s*:\s*(.+)$/imu;

/** Location and address lines of a mail body. */
export function parseLocation(
  text: string,
): { lat: number; lon: number; address: string | null } | { address: string | null } {
  const t = text.normalize('NFC');
  const address = ADDRESS.exec(t)?.[1]?.trim().slice(0, 300) || null;
  const m = POSITION.exec(t);
  if (!m) return { address };
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return { address };
  return { lat, lon, address };
}

/** The report's photo limit (intake: up to 10 photos). */
const MAX_PHOTOS = 10;
const IMAGE_NAME = /\.(jpe?g|png|webp|heic|heif|avif)$/i;

/** An attachment's name for the note: no control characters, bounded. */
function displayName(filename: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  const clean = (filename ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return clean.trim().slice(0, 80) || 'không tên';
}

const REFUSALS: Record<string, string> = {
  REPORT_OUTSIDE_PROVINCE: 'vị trí nằm ngoài địa bàn tỉnh.',
  REPORT_RATE_LIMITED: 'bạn đã gửi quá nhiều phản ánh trong 24 giờ qua.',
  REPORT_CATEGORY_NOT_FOUND: 'hệ thống chưa cấu hình lĩnh vực cho phản ánh qua thư.',
  REPORT_CATEGORY_INACTIVE: 'hệ thống chưa cấu hình lĩnh vực cho phản ánh qua thư.',
  REPORT_IDEMPOTENCY_CONFLICT: 'thư này đã được gửi trước đó với nội dung khác.',
  VALIDATION_FAILED: 'nội dung thư không hợp lệ (tiêu đề hoặc nội dung quá dài, hay để trống).',
};

/**
 * The email channel: an inbound SMTP listener for one address. A mail becomes
 * a report (subject → title, text → description, "Vị trí: lat, lon" → the
 * place, an "Địa chỉ:" line → its address, the sender → the reporter's email),
 * through `reports.submit` with channel 'email'; the reporter is thanked by
 * the intake itself ("reports.received"). Without a position the mail is not
 * a report: the sender is asked for one (there is no geocoder and the reports
 * service has no "needs location" state). Image attachments (up to 10) are
 * stored through files.storeBuffer (the same inspection and re-encoding as an
 * upload) and become the report's photos; whatever is left out is named in
 * the description (storePhotos).
 */
export function createMailIntake(deps: {
  reports: ReportsService;
  files: Pick<FilesService, 'storeBuffer'>;
  notify: NotifyService['notify'];
  logger: Logger;
  options: MailIntakeOptions;
}) {
  const { reports, notify, logger, options } = deps;
  const mailbox = options.address.toLowerCase();
  const portal = options.publicUrl ?? '/';
  let categoryId: string | undefined;

  async function category(): Promise<string | undefined> {
    if (!categoryId)
      categoryId = (await reports.categories.listPublic()).find((c) => c.code === options.categoryCode)?.id;
    return categoryId;
  }

  /** One parsed mail → a report, or an answer saying why not. */
  async function handle(mail: ParsedMail, envelopeFrom: string | null, ip: string | null): Promise<MailOutcome> {
    const autoSubmitted = String(mail.headers.get('auto-submitted') ?? 'no').toLowerCase();
    if (autoSubmitted !== 'no' || !envelopeFrom) return { kind: 'ignored', reason: 'automatic mail or bounce' };
    const from = mail.replyTo?.value[0] ?? mail.from?.value[0];
    const email = (from?.address || envelopeFrom).trim().toLowerCase();
    const subject = (mail.subject ?? '').trim();
    const title = (subject.length >= 3 ? subject : 'Phản ánh qua thư điện tử').slice(0, 200);
    const text = (mail.text ?? '').replace(/\r\n/g, '\n').trim();
    const where = parseLocation(`${subject}\n${text}`);
    if (!('lat' in where)) {
      await notify({ email }, 'reports.email_needs_location', { subject: title, url: portal });
      return { kind: 'needs_location' };
    }
    const cat = await category();
    if (!cat) {
      await notify({ email }, 'reports.email_refused', {
        subject: title,
        reason: REFUSALS.REPORT_CATEGORY_NOT_FOUND!,
        url: portal,
      });
      return { kind: 'refused', reason: 'REPORT_CATEGORY_NOT_FOUND' };
    }
    const { stored, note } = await storePhotos(mail.attachments ?? []);
    try {
      const { report, replayed } = await reports.submit(
        {
          categoryId: cat,
          title,
          description: `${(text || title).slice(0, 5000 - note.length)}${note}`,
          location: { lat: where.lat, lon: where.lon, address: where.address, source: 'map' },
          contact: { name: from?.name?.trim().slice(0, 200) || null, email },
        },
        {
          channel: 'email',
          actor: null,
          ip,
          idempotencyKey: mail.messageId ? `mail:${mail.messageId}` : null,
          storedFileIds: stored,
        },
      );
      return { kind: 'created', code: report.code, replayed };
    } catch (err) {
      if (!(err instanceof AppError) || !(err.code in REFUSALS)) throw err;
      await notify({ email }, 'reports.email_refused', { subject: title, reason: REFUSALS[err.code]!, url: portal });
      return { kind: 'refused', reason: err.code };
    }
  }

  /**
   * Image attachments (by type or by name) become the report's photos, up to
   * the report's limit, through files.storeBuffer: the bytes decide, so a
   * program named "anh.jpg" is refused there (and audited). Everything left
   * out is named in a note appended to the description, so the staff know
   * the sender sent more than the report shows.
   */
  async function storePhotos(attachments: Attachment[]): Promise<{ stored: string[]; note: string }> {
    const stored: string[] = [];
    const refused: string[] = [];
    const notImages: string[] = [];
    const beyond: string[] = [];
    for (const a of attachments) {
      const name = displayName(a.filename);
      if (!a.contentType.startsWith('image/') && !IMAGE_NAME.test(a.filename ?? '')) {
        notImages.push(name);
        continue;
      }
      if (stored.length >= MAX_PHOTOS) {
        beyond.push(name);
        continue;
      }
      try {
        stored.push((await deps.files.storeBuffer(a.content, { filename: a.filename ?? null, kind: 'photo' })).id);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        logger.info({ code: err.code, filename: a.filename }, 'mail intake: image attachment refused');
        refused.push(name);
      }
    }
    const lines = [
      refused.length && `Tệp ảnh không hợp lệ hoặc không đọc được, không được lưu: ${refused.join(', ')}.`,
      notImages.length && `Tệp đính kèm không phải ảnh, không được lưu: ${notImages.join(', ')}.`,
      beyond.length && `Phản ánh chỉ nhận ${MAX_PHOTOS} ảnh; không lưu: ${beyond.join(', ')}.`,
    ].filter(Boolean);
    const note = lines.length ? `\n\n(${lines.join(' ')})`.slice(0, 800) : '';
    return { stored, note };
  }

  const outcomes: MailOutcome[] = [];

  const server = new SMTPServer({
    name: mailbox.split('@')[1],
    banner: 'vioc mail intake',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxBytes,
    logger: false,
    onRcptTo(address, _session, cb) {
      if (address.address.toLowerCase() !== mailbox)
        return cb(Object.assign(new Error(`No such mailbox: ${address.address}`), { responseCode: 550 }));
      cb();
    },
    onData(stream: Readable & { sizeExceeded?: boolean }, session: SMTPServerSession, cb) {
      // smtp-server clears session.envelope once this callback is called: read it first.
      const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address || null : null;
      const ip = session.remoteAddress ?? null;
      simpleParser(stream)
        .then(async (mail) => {
          if (stream.sizeExceeded) return cb(Object.assign(new Error('Message too large'), { responseCode: 552 }));
          const outcome = await handle(mail, envelopeFrom, ip);
          outcomes.push(outcome);
          if (outcomes.length > 100) outcomes.shift();
          logger.info({ outcome, ip }, 'mail intake');
          cb(null, outcome.kind === 'created' ? `Queued as ${outcome.code}` : 'Accepted');
        })
        .catch((err: unknown) => {
          logger.error({ err }, 'mail intake failed');
          // A temporary failure: the sending server retries later. A full disk has its own code
          // (452, insufficient system storage), so the sender's postmaster sees why.
          if (isStorageFull(err))
            return cb(Object.assign(new Error('Insufficient system storage, try again later'), { responseCode: 452 }));
          cb(Object.assign(new Error('Temporary failure, try again later'), { responseCode: 451 }));
        });
    },
  });

  let listening = false;
  return {
    handle,
    /** The last outcomes (tests, operations). */
    outcomes,
    async start(): Promise<void> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      server.on('error', (err) => logger.error({ err }, 'mail intake listener error'));
      listening = true;
    },
    async stop(): Promise<void> {
      if (!listening) return;
      listening = false;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    /** The bound port (0 in the options picks a free one). */
    port(): number {
      return (server.server.address() as AddressInfo).port;
    },
  };
}

export type MailIntake = ReturnType<typeof createMailIntake>;
