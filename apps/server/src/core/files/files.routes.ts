import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errorResponse, idParams, okResponse, ROLES } from '@vioc/contracts';
import type { App } from '../http/index.js';
import { responses } from '../http/index.js';
import { actorOf } from '../auth/index.js';
import { RANGE_NOT_SATISFIABLE } from './files.errors.js';
import { FILE_KINDS, type FileKind } from './files.inspect.js';
import {
  assertDeclaredSize,
  discardUpload,
  MULTIPART_LIMITS,
  receiveUpload,
  type ReceivedUpload as Upload,
} from './files.receive.js';
import type { Download, FilesService } from './files.service.js';

const fileSchema = z.object({
  id: z.uuid(),
  kind: z.enum(FILE_KINDS).describe('photo | video | document'),
  mime: z.string(),
  size: z.number().int().describe('Bytes stored (a photo after re-encoding)'),
  sha256: z.string().describe('SHA-256 of the stored bytes'),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
  gps: z
    .object({ lat: z.number(), lon: z.number() })
    .nullable()
    .describe('Vị trí chụp từ EXIF (WGS84), để gợi ý địa điểm phản ánh'),
  takenAt: z.string().nullable().describe('Thời điểm chụp từ EXIF (ISO 8601)'),
  originalName: z.string().nullable().describe('Tên tệp gốc, chỉ để hiển thị'),
  unitId: z.uuid().nullable(),
  createdAt: z.string(),
  attachedTo: z.object({ type: z.string(), id: z.uuid() }).nullable(),
});

/** Documents the multipart form; the body itself is read by @fastify/multipart, not validated here. */
const uploadForm = z
  .object({
    file: z.string().meta({ format: 'binary' }).describe('Tệp (ảnh, video, PDF)'),
    kind: z.enum(FILE_KINDS).optional().describe('Loại mong đợi; nội dung thực tế phải khớp'),
    unitId: z.uuid().optional().describe('Đơn vị sở hữu; mặc định là đơn vị của người tải lên'),
  })
  .partial();

/** The secret of the record the file is attached to, for a caller without an account (see AccessProof). */
const proofQuery = z.object({
  token: z
    .string()
    .max(200)
    .optional()
    .describe('Mã theo dõi của hồ sơ chứa tệp (khách xem ảnh phản ánh của mình trước khi công khai)'),
});
const downloadQuery = proofQuery.extend({
  download: z.enum(['0', '1']).optional().describe('1 = tải về (attachment)'),
});

const guestUploadResponse = z.object({
  file: fileSchema,
  token: z.string().describe('Mã tải lên dùng một lần: gửi kèm khi nộp phản ánh (photos: [{ id, token }])'),
});

export async function registerFilesRoutes(
  app: App,
  deps: { files: FilesService; guestUploadsPerIpPerHour?: number },
): Promise<void> {
  const { files } = deps;
  const tags = ['files'];

  // Multipart parsing lives in this scope only: JSON routes elsewhere are unaffected.
  await app.register(async (scope: App) => {
    await scope.register(multipart, { limits: { ...MULTIPART_LIMITS, fileSize: files.maxBytes() + 1 } });

    scope.post(
      '/api/files',
      {
        config: { permission: { roles: ROLES } },
        // The multipart parser leaves no body; the schema above documents the form only.
        preValidation: async (req) => {
          req.body ??= {};
        },
        schema: {
          tags,
          summary: 'Tải lên tệp (ảnh, video, tài liệu) — kiểm tra theo nội dung',
          description:
            'multipart/form-data with a `file` field. The type is decided from the content; photos are re-encoded ' +
            '(EXIF removed after GPS and capture time are read), videos and PDFs stored as sent.',
          consumes: ['multipart/form-data'],
          body: uploadForm,
          response: { ...responses({ 201: fileSchema }), 413: errorResponse, 415: errorResponse, 507: errorResponse },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const dto = await receivingUpload(req, reply, files, files.maxBytes, (upload) =>
          files.ingest(actor, req.auditCtx, upload),
        );
        return reply.status(201).send(dto);
      },
    );

    scope.post(
      '/api/files/guest',
      {
        config: {
          permission: { public: true },
          rateLimit: { max: deps.guestUploadsPerIpPerHour ?? 60, timeWindow: '1 hour' },
        },
        preValidation: async (req) => {
          req.body ??= {};
        },
        schema: {
          tags,
          summary: 'Khách (không đăng nhập) tải lên ảnh phản ánh',
          description:
            'multipart/form-data with a `file` field; photos only, the same content checks, size limits and ' +
            're-encoding as /api/files. Answers the file and a one-time upload token: only the submission that ' +
            'presents it (reports `photos: [{ id, token }]`) may attach the photo. The file is readable by nobody ' +
            'until attached; unattached uploads are removed by the orphan cleanup.',
          consumes: ['multipart/form-data'],
          body: uploadForm.pick({ file: true }),
          response: {
            ...responses({ 201: guestUploadResponse }),
            413: errorResponse,
            415: errorResponse,
            507: errorResponse,
          },
        },
      },
      async (req, reply) => {
        const result = await receivingUpload(
          req,
          reply,
          files,
          () => files.maxBytes('photo'),
          (upload) => files.ingestGuest(req.auditCtx, upload),
        );
        return reply.status(201).send(result);
      },
    );
  });

  app.get(
    '/api/files/:id/meta',
    {
      // Readable by anyone the file's record allows (public report photos); otherwise 404 (see canRead).
      config: { permission: { public: true } },
      schema: {
        tags,
        summary: 'Thông tin tệp',
        params: idParams,
        querystring: proofQuery,
        response: responses({ 200: fileSchema }),
      },
    },
    (req) => files.describe(req.actor, req.auditCtx, req.params.id, { token: req.query.token }),
  );

  app.get(
    '/api/files/:id',
    {
      config: { permission: { public: true } },
      schema: {
        tags,
        summary: 'Tải tệp (hỗ trợ Range cho video)',
        params: idParams,
        querystring: downloadQuery,
        response: responses({}),
      },
    },
    async (req, reply) => {
      const d = await files.download(req.actor, req.auditCtx, req.params.id, 'original', { token: req.query.token });
      return sendDownload(req, reply, d, req.query.download === '1');
    },
  );

  app.get(
    '/api/files/:id/thumbnail',
    {
      config: { permission: { public: true } },
      schema: { tags, summary: 'Ảnh thu nhỏ', params: idParams, querystring: proofQuery, response: responses({}) },
    },
    async (req, reply) => {
      const d = await files.download(req.actor, req.auditCtx, req.params.id, 'thumbnail', { token: req.query.token });
      return sendDownload(req, reply, d, false);
    },
  );

  app.delete(
    '/api/files/:id',
    {
      config: { permission: { roles: ROLES } },
      schema: {
        tags,
        summary: 'Xoá tệp chưa gắn vào hồ sơ',
        params: idParams,
        response: responses({ 200: okResponse }),
      },
    },
    async (req) => {
      await files.remove(actorOf(req), req.auditCtx, req.params.id);
      return { ok: true as const };
    },
  );
}

async function sendDownload(req: FastifyRequest, reply: FastifyReply, d: Download, forceAttachment: boolean) {
  const ifRange = req.headers['if-range'];
  const range =
    d.size !== undefined && (ifRange === undefined || ifRange === d.etag)
      ? parseRange(req.headers.range, d.size)
      : undefined;
  void reply.header('x-content-type-options', 'nosniff');
  if (d.size !== undefined) void reply.header('accept-ranges', 'bytes');
  if (range === 'unsatisfiable') {
    return reply
      .status(416)
      .header('content-range', `bytes */${d.size}`)
      .send({ error: { code: RANGE_NOT_SATISFIABLE.code, message: RANGE_NOT_SATISFIABLE[req.lang] } });
  }
  const attachment = forceAttachment || d.kind === 'document';
  void reply
    .header('content-type', d.mime)
    .header('content-disposition', contentDisposition(attachment ? 'attachment' : 'inline', d.fileName))
    .header('etag', d.etag)
    .header('cache-control', 'private, max-age=300');
  if (req.headers['if-none-match'] === d.etag) return reply.status(304).send();
  if (range) void reply.status(206).header('content-range', `bytes ${range.start}-${range.end}/${d.size}`);
  if (req.method === 'HEAD' && d.size !== undefined) {
    // Answer from the catalogue: Fastify would otherwise read the whole object to discard it.
    void reply.header('content-length', String(range ? range.end - range.start + 1 : d.size));
    return reply.send(Readable.from([]));
  }
  const obj = await d.open(range);
  void reply.header('content-length', String(obj.length));
  return reply.send(obj.body);
}

/**
 * One `bytes=` range (RFC 9110 §14.1). Undefined = send the whole file (no
 * header, another unit, or several ranges, which a server may ignore);
 * 'unsatisfiable' = malformed or outside the file: 416.
 */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | undefined {
  if (!header) return undefined;
  const m = /^\s*bytes\s*=\s*(.*)$/i.exec(header);
  if (!m) return undefined;
  const spec = m[1]!.trim();
  if (spec.includes(',')) return undefined;
  const r = /^(\d*)-(\d*)$/.exec(spec);
  if (!r || (r[1] === '' && r[2] === '')) return 'unsatisfiable';
  if (r[1] === '') {
    const suffix = Number(r[2]);
    if (!Number.isSafeInteger(suffix) || suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(r[1]);
  const end = r[2] === '' ? size - 1 : Math.min(Number(r[2]), size - 1);
  if (!Number.isSafeInteger(start) || start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/** inline/attachment with an ASCII fallback name and the exact UTF-8 name (RFC 6266, RFC 8187). */
export function contentDisposition(type: 'inline' | 'attachment', name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Spools the multipart body, hands it to `handle`, and always removes the spool. A refusal is
 * audited; one that comes before the body ended (too large) stops reading it — without that the
 * socket stalls half-read and holds the connection (and server shutdown) for minutes.
 */
async function receivingUpload<T>(
  req: FastifyRequest,
  reply: FastifyReply,
  files: Pick<FilesService, 'spoolDir' | 'auditRejection'>,
  maxBytes: (kind?: FileKind) => number,
  handle: (upload: Upload) => Promise<T>,
): Promise<T> {
  try {
    assertDeclaredSize(req, maxBytes());
  } catch (err) {
    // Refused from its headers: the body is not read at all, the connection closes after the answer.
    void reply.header('connection', 'close');
    await files.auditRejection(req.auditCtx, err);
    throw err;
  }
  let upload: Upload | undefined;
  try {
    upload = await receiveUpload(req, { tmpRoot: files.spoolDir, maxBytes });
    return await handle(upload);
  } catch (err) {
    if (!req.raw.complete) {
      void reply.header('connection', 'close');
      req.raw.resume();
    }
    await files.auditRejection(req.auditCtx, err);
    throw err;
  } finally {
    if (upload) await discardUpload(upload);
  }
}
