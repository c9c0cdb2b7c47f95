/**
 * The way in for every file: a browser upload (POST /api/files), a guest's
 * photo, or bytes a server-side channel holds (a photo attached to an intake
 * mail, the demo seed's pictures). All go through one pipeline: type from the
 * bytes, the kind's size cap, EXIF facts, re-encoding of photos with their
 * thumbnail, then storage and the row with its audit entry.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Insertable, Kysely } from 'kysely';
import type { Database, FilesTable } from '../db/index.js';
import type { AuditContext, AuditService } from '../audit/index.js';
import type { OrgService } from '../org/index.js';
import { pathWithin, type Actor } from '../auth/index.js';
import { fileTooLarge, filesErrors } from './files.errors.js';
import {
  detectType,
  readPhotoFacts,
  reencodeImage,
  type Detected,
  type EncodedImage,
  type FileKind,
  type ImageLimits,
  type PhotoFacts,
} from './files.inspect.js';
import type { ReceivedUpload } from './files.receive.js';
import type { FilesRepo } from './files.repo.js';
import { safeFileName, toDto, type FileDto } from './files.dto.js';
import type { FileStorage } from './files.storage.js';

export interface FileLimits {
  maxBytes: Record<FileKind, number>;
  image: ImageLimits;
  orphanGraceHours: number;
}

export const SYSTEM_CONTEXT: AuditContext = { actorId: null, actorLabel: 'system', ip: null, userAgent: null };
export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What storeBuffer is told about the bytes and for whom they are stored. */
export interface BufferMeta {
  filename?: string | null;
  /** The kind the caller expects (a mail photo: 'photo'); other content is refused. */
  kind?: FileKind;
  /**
   * The uploader the file is recorded for: null (default) for the system — the
   * record it is attached to gives it a unit —, or the acting identity, so
   * that `attach(..., { owner })` and "uploaded by the same actor" rules see
   * it as theirs (the file goes into the actor's first unit, as an upload).
   */
  owner?: Actor | null;
  /**
   * Writes the row and its audit entry in the caller's transaction, so the
   * file and the record it is attached to commit together. The bytes are
   * stored before (object stores are not transactional); if the transaction
   * rolls back, the objects stay without a row: harmless, and logged by
   * nothing — use it where a rollback is exceptional (seeding, intake).
   */
  trx?: Kysely<Database>;
  ctx?: AuditContext;
}

/** A file that passed the checks, ready to be stored (once, or several times by storeBufferCopies). */
interface Inspected {
  detected: Detected;
  receivedBytes: number;
  facts: PhotoFacts;
  image?: EncodedImage;
  /** Stored as sent (video, PDF): the spooled bytes and their hash. */
  original?: { path: string; sha256: string };
}

export function createIngest(deps: {
  db: Kysely<Database>;
  audit: AuditService;
  org: Pick<OrgService, 'unitPaths'>;
  storage: FileStorage;
  limits: FileLimits;
  repo: FilesRepo;
  tmpRoot: string;
}) {
  const { db, audit, org, storage, limits, repo } = deps;

  /** The stream cap while receiving: the declared kind's, or the largest. */
  function maxBytes(kind?: FileKind): number {
    return kind ? limits.maxBytes[kind] : Math.max(...Object.values(limits.maxBytes));
  }

  /** Type from the bytes, the kind's cap, EXIF facts (before re-encoding drops them), re-encoded photo. */
  async function inspect(upload: ReceivedUpload, onlyKind?: FileKind): Promise<Inspected> {
    if (upload.size === 0) throw filesErrors.error('FILE_EMPTY');
    const detected = await detectType(upload.path);
    const expected = onlyKind ?? upload.kind;
    if ((upload.kind && upload.kind !== detected.kind) || (expected && expected !== detected.kind)) {
      throw filesErrors.error('FILE_TYPE_NOT_ALLOWED', { declared: expected, detected: detected.mime });
    }
    if (upload.size > limits.maxBytes[detected.kind]) {
      throw fileTooLarge(limits.maxBytes[detected.kind]);
    }
    if (detected.kind !== 'photo')
      return {
        detected,
        receivedBytes: upload.size,
        facts: { gps: null, takenAt: null },
        original: { path: upload.path, sha256: upload.sha256 },
      };
    const facts = await readPhotoFacts(upload.path);
    const image = await reencodeImage(upload.path, detected, limits.image);
    return { detected, receivedBytes: upload.size, facts, image };
  }

  /**
   * Stores the inspected content as `count` files (one object pair and one row
   * each), rows and audit in `trx` or a transaction of their own. On any
   * failure the stored objects are removed and no row remains.
   */
  async function persist(
    inspected: Inspected,
    o: {
      actor: Actor | null;
      unitId: string | null;
      ctx: AuditContext;
      filename: string | null;
      guestTokenHash?: Buffer;
      trx?: Kysely<Database>;
      count?: number;
    },
  ): Promise<string[]> {
    const { detected, image, original, facts } = inspected;
    const count = o.count ?? 1;
    if (original && count !== 1) throw new Error('only photos can be stored as several copies');
    const content = image
      ? { mime: image.mime, ext: image.ext, size: image.data.length, sha256: sha256(image.data) }
      : { mime: detected.mime, ext: detected.ext, size: inspected.receivedBytes, sha256: original!.sha256 };
    const originalName = safeFileName(o.filename);
    const now = new Date();
    const month = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    const rows: Insertable<FilesTable>[] = [];
    const stored: string[] = [];
    try {
      const ids = count === 1 ? [await repo.newId()] : await repo.newIds(count);
      for (const id of ids) {
        const storageKey = `${month}/${id}.${content.ext}`;
        const thumbnailKey = image ? `${month}/${id}.thumb.${content.ext}` : null;
        if (image) {
          stored.push(storageKey);
          await storage.putBuffer(storageKey, image.data, content.mime);
          stored.push(thumbnailKey!);
          await storage.putBuffer(thumbnailKey!, image.thumbnail, content.mime);
        } else {
          stored.push(storageKey); // a failed move may leave a partial object: remove it too
          await storage.putFile(storageKey, original!.path, content.mime);
        }
        rows.push({
          id,
          owner_user_id: o.actor?.kind === 'user' ? o.actor.userId : null,
          owner_api_key_id: o.actor?.kind === 'api_key' ? o.actor.id : null,
          guest_token_hash: o.guestTokenHash ?? null,
          unit_id: o.unitId,
          kind: detected.kind,
          mime: content.mime,
          size: content.size,
          sha256: content.sha256,
          storage_key: storageKey,
          thumbnail_key: thumbnailKey,
          width: image?.width ?? null,
          height: image?.height ?? null,
          gps_lat: facts.gps?.lat ?? null,
          gps_lon: facts.gps?.lon ?? null,
          taken_at: facts.takenAt,
          original_name: originalName,
        });
      }
      const write = async (trx: Kysely<Database>) => {
        await repo.insertMany(trx, rows);
        await audit.record(trx, o.ctx, {
          action: 'file.upload',
          targetType: 'file',
          targetId: rows[0]!.id!,
          unitId: o.unitId,
          // The position stays out of the audit log: it is personal data kept with the file only.
          after: {
            kind: detected.kind,
            mime: content.mime,
            size: content.size,
            sha256: content.sha256,
            originalName,
            detected: detected.mime,
            receivedBytes: inspected.receivedBytes,
            ...(count > 1 && { copies: rows.map((r) => r.id) }),
          },
        });
      };
      if (o.trx) await write(o.trx);
      else await db.transaction().execute(write);
    } catch (err) {
      await Promise.all(stored.map((key) => storage.remove(key).catch(() => undefined)));
      throw err;
    }
    return rows.map((r) => r.id!);
  }

  /**
   * Checks a received upload by content, re-encodes photos, stores the bytes
   * and records the row with its audit entry. On any failure nothing stays
   * behind. The caller removes the temporary upload (discardUpload).
   */
  async function ingest(
    actor: Actor | null,
    ctx: AuditContext,
    upload: ReceivedUpload,
    opts: { onlyKind?: FileKind; guestTokenHash?: Buffer; trx?: Kysely<Database>; count?: number } = {},
  ): Promise<FileDto[]> {
    const inspected = await inspect(upload, opts.onlyKind);
    // Guests and system senders own no unit: the record the file is attached to gives it one.
    if (!actor && upload.unitId !== undefined) throw filesErrors.error('FILE_FORM_INVALID', { field: 'unitId' });
    const unitId = actor ? await uploadUnit(actor, upload.unitId) : null;
    const ids = await persist(inspected, {
      actor,
      unitId,
      ctx,
      filename: upload.filename,
      ...(opts.guestTokenHash && { guestTokenHash: opts.guestTokenHash }),
      ...(opts.trx && { trx: opts.trx }),
      ...(opts.count && { count: opts.count }),
    });
    const found = await repo.findByIds(opts.trx ?? db, ids);
    return ids.map((id) => toDto(found.find((r) => r.id === id)!));
  }

  /** An upload from the HTTP route: one file. */
  async function ingestUpload(actor: Actor | null, ctx: AuditContext, upload: ReceivedUpload): Promise<FileDto> {
    return (await ingest(actor, ctx, upload))[0]!;
  }

  /**
   * A guest's photo (POST /api/files/guest): photos only, the same checks and
   * re-encoding. The file has no owner and no unit, so nobody can read it
   * until it is attached; the one-time token (only its hash is stored) lets
   * reports.submit attach it (attach with `tokens`), which clears it.
   */
  async function ingestGuest(ctx: AuditContext, upload: ReceivedUpload): Promise<{ file: FileDto; token: string }> {
    const token = crypto.randomBytes(24).toString('base64url');
    const [file] = await ingest(null, ctx, upload, { onlyKind: 'photo', guestTokenHash: guestTokenHash(token) });
    return { file: file!, token };
  }

  /** Spools bytes held in memory so they take the upload's path through the pipeline. */
  async function fromBuffer(data: Buffer, meta: BufferMeta, count: number): Promise<FileDto[]> {
    const ctx = meta.ctx ?? SYSTEM_CONTEXT;
    const kind = meta.kind;
    await fs.promises.mkdir(deps.tmpRoot, { recursive: true, mode: 0o700 });
    const dir = await fs.promises.mkdtemp(path.join(deps.tmpRoot, 'buf-'));
    const file = path.join(dir, 'upload');
    try {
      if (data.length > maxBytes(kind)) throw fileTooLarge(maxBytes(kind));
      await fs.promises.writeFile(file, data, { mode: 0o600 });
      const upload: ReceivedUpload = {
        dir,
        path: file,
        size: data.length,
        sha256: sha256(data),
        filename: meta.filename ?? null,
        ...(kind && { kind }),
      };
      return await ingest(meta.owner ?? null, ctx, upload, {
        ...(meta.trx && { trx: meta.trx }),
        count,
      });
    } catch (err) {
      await auditRejection(ctx, err);
      throw err;
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  }

  /**
   * Stores bytes received by a server-side channel (a photo attached to an
   * intake mail) through the same checks and re-encoding as an upload, with
   * the same limits; refusals are audited as for uploads. Without `owner` the
   * file belongs to the system: the caller attaches it (attach without
   * `owner`) in the record's transaction, or the orphan cleanup removes it.
   */
  async function storeBuffer(data: Buffer, meta: BufferMeta = {}): Promise<FileDto> {
    return (await fromBuffer(data, meta, 1))[0]!;
  }

  /**
   * One photo checked and re-encoded once, stored as `count` separate files
   * (each attachable to its own record): for bulk seeding, where decoding the
   * same picture hundreds of times would cost seconds. Photos only.
   */
  async function storeBufferCopies(data: Buffer, count: number, meta: BufferMeta = {}): Promise<FileDto[]> {
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a whole number >= 1, got ${count}`);
    return fromBuffer(data, { ...meta, kind: 'photo' }, count);
  }

  /** Rejected uploads are security events (a script named .jpg, a zip bomb): audited too. */
  async function auditRejection(ctx: AuditContext, err: unknown): Promise<void> {
    if (!filesErrors.is(err)) return;
    await audit.recordAlone(ctx, {
      action: 'file.upload',
      outcome: 'failed',
      targetType: 'file',
      after: { code: err.code, details: err.details ?? null },
    });
  }

  async function uploadUnit(actor: Actor, requested: string | undefined): Promise<string | null> {
    if (requested === undefined) return actor.memberships[0]?.unitId ?? null;
    if (!UUID_RE.test(requested)) {
      throw filesErrors.error('FILE_FORM_INVALID', { field: 'unitId' });
    }
    const unit = (await org.unitPaths([requested])).get(requested);
    if (!unit) throw filesErrors.error('FILE_FORM_INVALID', { field: 'unitId' });
    if (!actor.memberships.some((m) => pathWithin(unit.path, m.unitPath))) {
      throw filesErrors.error('FILE_UNIT_OUT_OF_SCOPE');
    }
    return requested;
  }

  return { maxBytes, ingest: ingestUpload, ingestGuest, storeBuffer, storeBufferCopies, auditRejection };
}

export function guestTokenHash(token: string): Buffer {
  return crypto.createHash('sha256').update(token).digest();
}

/** A guest upload's token against its stored hash (constant time). */
export function tokenMatches(hash: Buffer | null, token: string | undefined): boolean {
  if (!hash || !token) return false;
  const given = guestTokenHash(token);
  return given.length === hash.length && crypto.timingSafeEqual(given, hash);
}

function sha256(data: Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}
