/**
 * Streams one multipart upload to a private temporary file, hashing and
 * counting as it goes: nothing is held in memory, and the byte cap stops the
 * transfer as soon as it is passed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/index.js';
import { fileTooLarge, filesErrors } from './files.errors.js';
import { FILE_KINDS, type FileKind } from './files.inspect.js';

export interface ReceivedUpload {
  /** Private directory of this upload; removed by discardUpload. */
  dir: string;
  path: string;
  size: number;
  sha256: string;
  filename: string | null;
  kind?: FileKind;
  unitId?: string;
}

export const MULTIPART_LIMITS = { files: 1, fields: 8, parts: 10, fieldSize: 256, headerPairs: 50 } as const;

const LIMIT_CODES = new Set(['FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT', 'FST_PROTO_VIOLATION']);

export async function receiveUpload(
  req: FastifyRequest,
  opts: { tmpRoot: string; maxBytes: (kind?: FileKind) => number },
): Promise<ReceivedUpload> {
  if (!req.isMultipart()) throw filesErrors.error('FILE_MISSING');
  await fs.promises.mkdir(opts.tmpRoot, { recursive: true, mode: 0o700 });
  const dir = await fs.promises.mkdtemp(path.join(opts.tmpRoot, 'up-'));
  const dest = path.join(dir, 'upload');
  const fields: { kind?: FileKind; unitId?: string } = {};
  let received: Omit<ReceivedUpload, 'dir' | 'path' | 'kind' | 'unitId'> | undefined;
  try {
    const parts = req.parts({ limits: { ...MULTIPART_LIMITS, fileSize: opts.maxBytes() + 1 } });
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.valueTruncated || typeof part.value !== 'string') throw formInvalid(part.fieldname);
        if (part.fieldname === 'kind') {
          if (!(FILE_KINDS as readonly string[]).includes(part.value)) throw formInvalid('kind');
          fields.kind = part.value as FileKind;
        } else if (part.fieldname === 'unitId') {
          fields.unitId = part.value;
        }
        continue;
      }
      if (part.fieldname !== 'file' || received) {
        part.file.resume(); // not ours: drain it so the form can be read to its end
        continue;
      }
      // A kind sent before the file narrows the cap at once; otherwise the largest cap applies here
      // and the service checks the detected kind's own limit afterwards.
      const cap = opts.maxBytes(fields.kind);
      const hash = crypto.createHash('sha256');
      let size = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (size > cap) return done(fileTooLarge(cap));
          hash.update(chunk);
          done(null, chunk);
        },
      });
      await pipeline(part.file, meter, fs.createWriteStream(dest, { flags: 'wx', mode: 0o600 }));
      if (part.file.truncated) throw fileTooLarge(cap);
      received = { size, sha256: hash.digest('hex'), filename: part.filename || null };
    }
    if (!received) throw filesErrors.error('FILE_MISSING');
    return { dir, path: dest, ...received, ...fields };
  } catch (err) {
    await fs.promises.rm(dir, { recursive: true, force: true });
    throw asUploadError(err, opts.maxBytes(fields.kind));
  }
}

// What a multipart form adds around the file: boundaries, part headers, the small fields
// (MULTIPART_LIMITS: 8 fields of ≤ 256 bytes). Generous, so an honest upload at the cap passes.
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * Refuses an upload whose declared Content-Length cannot fit under the cap, before a
 * byte of the body is read: a client about to send 2 GB learns it at once instead of
 * after the transfer. Chunked bodies (no Content-Length) are still cut at the cap.
 */
export function assertDeclaredSize(req: FastifyRequest, cap: number): void {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > cap + FORM_OVERHEAD_BYTES) throw fileTooLarge(cap);
}

export async function discardUpload(upload: ReceivedUpload): Promise<void> {
  await fs.promises.rm(upload.dir, { recursive: true, force: true });
}

function formInvalid(field: string): AppError {
  return filesErrors.error('FILE_FORM_INVALID', { field });
}

function asUploadError(err: unknown, cap: number): unknown {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return fileTooLarge(cap);
  if (code && LIMIT_CODES.has(code)) return filesErrors.error('FILE_FORM_INVALID', { reason: code });
  // busboy: malformed or cut-off multipart bodies
  if (/multipart|part terminated|unexpected end/i.test(String((err as Error)?.message))) {
    return filesErrors.error('FILE_FORM_INVALID', { reason: 'malformed' });
  }
  return err;
}
