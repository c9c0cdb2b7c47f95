import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { STAFF_ROLES, type Role } from '@vioc/contracts';
import type { Database } from '../db/schema.js';
import type { AuditContext, AuditService } from '../audit/index.js';
import type { OrgService } from '../org/index.js';
import { canReachUnit, pathWithin, type Actor } from '../auth/actor.js';
import { AppError, httpErrors } from '../http/errors.js';
import { filesErrors } from './files.errors.js';
import { detectType, readPhotoFacts, reencodeImage, type FileKind, type ImageLimits } from './files.inspect.js';
import type { ReceivedUpload } from './files.receive.js';
import { filesRepo, type FileRow } from './files.repo.js';
import { safeFileName, toDto, type FileDto } from './files.dto.js';
import type { ByteRange, FileStorage, StoredObject } from './files.storage.js';

export interface FileLimits {
  maxBytes: Record<FileKind, number>;
  image: ImageLimits;
  orphanGraceHours: number;
}

export interface AttachTarget {
  /** The record's type, e.g. 'report' (lower-case, snake_case). */
  type: string;
  id: string;
  /** Moves the files into the record's unit, so the staff who handle it can open them. */
  unitId?: string | null;
}

/**
 * Extra read access through the record a file is attached to: a module
 * registers one rule per record type (reports: "anyone may see the photos of
 * a public report"). actor is null for anonymous callers, for when the
 * download routes become public.
 */
export type AttachmentAccessRule = (actor: Actor | null, record: { type: string; id: string }) => Promise<boolean>;

/** Who may open any file of a unit in their scope. */
const READER_ROLES: readonly Role[] = [...STAFF_ROLES, 'system'];
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SYSTEM_CONTEXT: AuditContext = { actorId: null, actorLabel: 'system', ip: null, userAgent: null };

export function createFilesService(deps: {
  db: Kysely<Database>;
  audit: AuditService;
  org: OrgService;
  storage: FileStorage;
  limits: FileLimits;
  /** Where uploads are spooled while they are checked. */
  tmpRoot: string;
  log?: { warn(obj: object, msg: string): void };
}) {
  const { db, audit, org, storage, limits } = deps;
  const repo = filesRepo(db);
  const accessRules = new Map<string, AttachmentAccessRule>();

  /** The stream cap while receiving: the declared kind's, or the largest. */
  function maxBytes(kind?: FileKind): number {
    return kind ? limits.maxBytes[kind] : Math.max(...Object.values(limits.maxBytes));
  }

  /**
   * Checks a received upload by content, re-encodes photos, stores the bytes
   * and records the row with its audit entry. On any failure nothing stays
   * behind: stored objects are removed and the transaction is rolled back.
   * The caller removes the temporary upload (discardUpload).
   */
  async function ingest(
    actor: Actor | null,
    ctx: AuditContext,
    upload: ReceivedUpload,
    opts: { onlyKind?: FileKind; guestTokenHash?: Buffer } = {},
  ): Promise<FileDto> {
    if (upload.size === 0) throw filesErrors.error('FILE_EMPTY');
    const detected = await detectType(upload.path);
    const expected = opts.onlyKind ?? upload.kind;
    if ((upload.kind && upload.kind !== detected.kind) || (expected && expected !== detected.kind)) {
      throw filesErrors.error('FILE_TYPE_NOT_ALLOWED', { declared: expected, detected: detected.mime });
    }
    if (upload.size > limits.maxBytes[detected.kind]) {
      throw filesErrors.error('FILE_TOO_LARGE', { maxBytes: limits.maxBytes[detected.kind] });
    }
    // Guests and system senders own no unit: the record the file is attached to gives it one.
    if (!actor && upload.unitId !== undefined) throw filesErrors.error('FILE_FORM_INVALID', { field: 'unitId' });
    const unitId = actor ? await uploadUnit(actor, upload.unitId) : null;

    let content: {
      mime: string;
      ext: string;
      size: number;
      sha256: string;
      width: number | null;
      height: number | null;
    };
    let image: Awaited<ReturnType<typeof reencodeImage>> | undefined;
    let facts: Awaited<ReturnType<typeof readPhotoFacts>> = { gps: null, takenAt: null };
    if (detected.kind === 'photo') {
      facts = await readPhotoFacts(upload.path); // before re-encoding drops the EXIF
      image = await reencodeImage(upload.path, detected, limits.image);
      content = {
        mime: image.mime,
        ext: image.ext,
        size: image.data.length,
        sha256: sha256(image.data),
        width: image.width,
        height: image.height,
      };
    } else {
      content = {
        mime: detected.mime,
        ext: detected.ext,
        size: upload.size,
        sha256: upload.sha256,
        width: null,
        height: null,
      };
    }

    const id = await repo.newId();
    const now = new Date();
    const prefix = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${id}`;
    const storageKey = `${prefix}.${content.ext}`;
    const thumbnailKey = image ? `${prefix}.thumb.${content.ext}` : null;
    const originalName = safeFileName(upload.filename);
    const stored: string[] = [];
    try {
      if (image) {
        await storage.putBuffer(storageKey, image.data, content.mime);
        stored.push(storageKey);
        await storage.putBuffer(thumbnailKey!, image.thumbnail, content.mime);
        stored.push(thumbnailKey!);
      } else {
        stored.push(storageKey); // a failed move may leave a partial object: remove it too
        await storage.putFile(storageKey, upload.path, content.mime);
      }
      const row = {
        id,
        owner_user_id: actor?.kind === 'user' ? actor.userId : null,
        owner_api_key_id: actor?.kind === 'api_key' ? actor.id : null,
        guest_token_hash: opts.guestTokenHash ?? null,
        unit_id: unitId,
        kind: detected.kind,
        mime: content.mime,
        size: content.size,
        sha256: content.sha256,
        storage_key: storageKey,
        thumbnail_key: thumbnailKey,
        width: content.width,
        height: content.height,
        gps_lat: facts.gps?.lat ?? null,
        gps_lon: facts.gps?.lon ?? null,
        taken_at: facts.takenAt,
        original_name: originalName,
      };
      await db.transaction().execute(async (trx) => {
        await repo.insert(trx, row);
        await audit.record(trx, ctx, {
          action: 'file.upload',
          targetType: 'file',
          targetId: id,
          unitId,
          // The position stays out of the audit log: it is personal data kept with the file only.
          after: {
            kind: row.kind,
            mime: row.mime,
            size: row.size,
            sha256: row.sha256,
            originalName,
            detected: detected.mime,
            receivedBytes: upload.size,
          },
        });
      });
    } catch (err) {
      await Promise.all(stored.map((key) => storage.remove(key).catch(() => undefined)));
      throw err;
    }
    const row = await repo.findById(id);
    return toDto(row!);
  }

  /**
   * A guest's photo (POST /api/files/guest): photos only, the same checks and
   * re-encoding. The file has no owner and no unit, so nobody can read it
   * until it is attached; the one-time token (only its hash is stored) lets
   * reports.submit attach it (attach with `tokens`), which clears it.
   */
  async function ingestGuest(ctx: AuditContext, upload: ReceivedUpload): Promise<{ file: FileDto; token: string }> {
    const token = crypto.randomBytes(24).toString('base64url');
    const file = await ingest(null, ctx, upload, { onlyKind: 'photo', guestTokenHash: guestTokenHash(token) });
    return { file, token };
  }

  /**
   * Stores bytes received by a server-side channel (a photo attached to an
   * intake mail) on behalf of the system: spooled, then the same inspection
   * and re-encoding as an upload. The file has no owner: the caller attaches
   * it (attach without `owner`) in the record's transaction, or the orphan
   * cleanup removes it.
   */
  async function storeBuffer(
    data: Buffer,
    meta: { filename?: string | null; kind?: FileKind } = {},
    ctx: AuditContext = SYSTEM_CONTEXT,
  ): Promise<FileDto> {
    const kind = meta.kind;
    if (data.length > maxBytes(kind)) throw filesErrors.error('FILE_TOO_LARGE', { maxBytes: maxBytes(kind) });
    await fs.promises.mkdir(deps.tmpRoot, { recursive: true, mode: 0o700 });
    const dir = await fs.promises.mkdtemp(path.join(deps.tmpRoot, 'buf-'));
    const file = path.join(dir, 'upload');
    try {
      await fs.promises.writeFile(file, data, { mode: 0o600 });
      const upload: ReceivedUpload = {
        dir,
        path: file,
        size: data.length,
        sha256: sha256(data),
        filename: meta.filename ?? null,
        ...(kind && { kind }),
      };
      return await ingest(null, ctx, upload);
    } catch (err) {
      await auditRejection(ctx, err);
      throw err;
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  }

  /** Whether each guest upload exists, is unattached and matches its token (checked again, locked, by attach). */
  async function checkGuestUploads(items: readonly { id: string; token: string }[]): Promise<FileDto[] | null> {
    const out: FileDto[] = [];
    for (const { id, token } of items) {
      if (!UUID_RE.test(id)) return null;
      const row = await repo.findById(id);
      if (!row || row.attached_at || !tokenMatches(row.guest_token_hash, token)) return null;
      out.push(toDto(row));
    }
    return out;
  }

  /** Rejected uploads are security events (a script named .jpg, a zip bomb): audited too. */
  async function auditRejection(ctx: AuditContext, err: unknown): Promise<void> {
    if (!(err instanceof AppError) || !err.code.startsWith('FILE_')) return;
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

  function isOwner(actor: Actor, row: Pick<FileRow, 'owner_user_id' | 'owner_api_key_id'>): boolean {
    return actor.kind === 'user'
      ? row.owner_user_id !== null && row.owner_user_id === actor.userId
      : row.owner_api_key_id === actor.id;
  }

  async function unitPath(unitId: string | null): Promise<string | undefined> {
    if (!unitId) return undefined;
    return (await org.unitPaths([unitId])).get(unitId)?.path;
  }

  /** The uploader; staff whose scope reaches the file's unit; or the attached record's rule. */
  async function canRead(actor: Actor | null, row: FileRow): Promise<boolean> {
    if (actor && isOwner(actor, row)) return true;
    if (actor && row.unit_id) {
      const p = await unitPath(row.unit_id);
      if (p && canReachUnit(actor, p, READER_ROLES)) return true;
    }
    if (row.attached_type && row.attached_id) {
      const rule = accessRules.get(row.attached_type);
      if (rule && (await rule(actor, { type: row.attached_type, id: row.attached_id }))) return true;
    }
    return false;
  }

  /** A file the caller may not open answers as missing (its existence is not revealed); the refusal is audited. */
  async function readable(actor: Actor | null, ctx: AuditContext, id: string): Promise<FileRow> {
    const row = await repo.findById(id);
    if (!row) throw filesErrors.error('FILE_NOT_FOUND');
    if (!(await canRead(actor, row))) {
      await audit.recordAlone(ctx, {
        action: 'file.read',
        outcome: 'denied',
        targetType: 'file',
        targetId: id,
        unitId: row.unit_id,
      });
      throw filesErrors.error('FILE_NOT_FOUND');
    }
    return row;
  }

  async function describe(actor: Actor | null, ctx: AuditContext, id: string): Promise<FileDto> {
    return toDto(await readable(actor, ctx, id));
  }

  async function download(actor: Actor | null, ctx: AuditContext, id: string, variant: 'original' | 'thumbnail') {
    const row = await readable(actor, ctx, id);
    const key = variant === 'thumbnail' ? row.thumbnail_key : row.storage_key;
    if (!key) throw filesErrors.error('FILE_NOT_FOUND', { thumbnail: false });
    const ext = key.slice(key.lastIndexOf('.') + 1);
    const base = (row.original_name ?? '').replace(/\.[^.]*$/, '') || `file-${row.id.slice(0, 8)}`;
    return {
      mime: row.mime,
      size: variant === 'original' ? row.size : undefined,
      etag: `"${row.sha256.slice(0, 32)}${variant === 'thumbnail' ? '-t' : ''}"`,
      kind: row.kind,
      fileName: variant === 'thumbnail' ? `${base}-thumb.${ext}` : `${base}.${ext}`,
      async open(range?: ByteRange): Promise<StoredObject> {
        const obj = await storage.read(key, range);
        if (!obj) {
          deps.log?.warn({ fileId: row.id, key }, 'file row without stored object');
          throw filesErrors.error('FILE_NOT_FOUND');
        }
        return obj;
      },
    };
  }

  /**
   * Deletes an unattached file: the uploader, or an admin whose scope reaches
   * its unit. Attached files belong to their record and go with it.
   */
  async function remove(actor: Actor, ctx: AuditContext, id: string): Promise<void> {
    const row = await readable(actor, ctx, id);
    const p = await unitPath(row.unit_id);
    const allowed = isOwner(actor, row) || (p !== undefined && canReachUnit(actor, p, ['admin']));
    if (!allowed) throw httpErrors.error('FORBIDDEN');
    if (row.attached_at) throw filesErrors.error('FILE_ATTACHED');
    const keys = await db.transaction().execute(async (trx) => {
      const deleted = await repo.markDeleted(trx, id);
      if (!deleted) throw filesErrors.error('FILE_ATTACHED'); // attached (or deleted) since we looked
      await audit.record(trx, ctx, {
        action: 'file.delete',
        targetType: 'file',
        targetId: id,
        unitId: row.unit_id,
        before: { kind: row.kind, mime: row.mime, size: row.size, sha256: row.sha256, originalName: row.original_name },
      });
      return [deleted.storage_key, deleted.thumbnail_key];
    });
    await removeObjects(keys);
  }

  /**
   * For other modules, inside their own transaction: binds uploaded files to
   * the record being saved (a report and its photos). Every id must exist and
   * be unattached or already bound to this record; with `owner`, every file
   * must have been uploaded by that actor (a citizen attaches only their own
   * photos). The caller's audit entry for the record covers the attachment.
   */
  async function attach(
    trx: Kysely<Database>,
    fileIds: readonly string[],
    target: AttachTarget,
    opts: { owner?: Actor; tokens?: ReadonlyMap<string, string> } = {},
  ): Promise<void> {
    const ids = [...new Set(fileIds)];
    if (ids.length === 0) return;
    const malformed = ids.filter((id) => !UUID_RE.test(id));
    if (malformed.length > 0) throw filesErrors.error('FILE_NOT_FOUND', { ids: malformed });
    const rows = await repo.lockForAttach(trx, ids);
    const found = new Map(rows.map((r) => [r.id, r]));
    const missing = ids.filter((id) => {
      const r = found.get(id);
      return (
        !r ||
        (opts.owner !== undefined && !isOwner(opts.owner, r)) ||
        (opts.tokens !== undefined && !tokenMatches(r.guest_token_hash, opts.tokens.get(r.id)))
      );
    });
    if (missing.length > 0) throw filesErrors.error('FILE_NOT_FOUND', { ids: missing });
    const elsewhere = rows.filter(
      (r) => r.attached_type !== null && (r.attached_type !== target.type || r.attached_id !== target.id),
    );
    if (elsewhere.length > 0) throw filesErrors.error('FILE_ALREADY_ATTACHED', { ids: elsewhere.map((r) => r.id) });
    await repo.attach(trx, ids, target.type, target.id, target.unitId ?? undefined);
  }

  async function listAttached(type: string, id: string): Promise<FileDto[]> {
    return (await repo.listAttached(type, id)).map(toDto);
  }

  function registerAttachmentAccess(type: string, rule: AttachmentAccessRule): void {
    if (accessRules.has(type)) throw new Error(`an attachment access rule for '${type}' is already registered`);
    accessRules.set(type, rule);
  }

  /**
   * Removes uploads that no record took within the grace period, and upload
   * spool left by a crashed process. Meant for the daily job (pg-boss, wired
   * later); `now` is a parameter so tests control time.
   */
  async function cleanupOrphans(now: Date = new Date(), batch = 500): Promise<{ removed: number; spool: number }> {
    const cutoff = new Date(now.getTime() - limits.orphanGraceHours * 3_600_000);
    let removed = 0;
    for (;;) {
      const candidates = await repo.unattachedBefore(cutoff, batch);
      for (const { id } of candidates) {
        const gone = await db.transaction().execute(async (trx) => {
          const row = await repo.deleteOrphan(trx, id, cutoff);
          if (!row) return undefined; // attached meanwhile
          await audit.record(trx, SYSTEM_CONTEXT, {
            action: 'file.cleanup',
            targetType: 'file',
            targetId: id,
            unitId: row.unit_id,
            before: { kind: row.kind, mime: row.mime, size: row.size, sha256: row.sha256, createdAt: row.created_at },
          });
          return row;
        });
        if (gone) {
          await removeObjects([gone.storage_key, gone.thumbnail_key]);
          removed++;
        }
      }
      if (candidates.length < batch) break;
    }
    return { removed, spool: await sweepSpool(cutoff) };
  }

  async function sweepSpool(cutoff: Date): Promise<number> {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(deps.tmpRoot, { withFileTypes: true });
    } catch {
      return 0;
    }
    let swept = 0;
    for (const e of entries) {
      const full = path.join(deps.tmpRoot, e.name);
      const st = await fs.promises.stat(full).catch(() => undefined);
      if (st && st.mtime < cutoff) {
        await fs.promises.rm(full, { recursive: true, force: true });
        swept++;
      }
    }
    return swept;
  }

  async function removeObjects(keys: readonly (string | null)[]): Promise<void> {
    for (const key of keys) {
      if (!key) continue;
      // The row is gone already; a leftover object is harmless and logged for the operator.
      await storage.remove(key).catch((err: unknown) => deps.log?.warn({ err, key }, 'could not remove stored file'));
    }
  }

  return {
    maxBytes,
    ingest,
    ingestGuest,
    storeBuffer,
    checkGuestUploads,
    auditRejection,
    describe,
    download,
    remove,
    attach,
    listAttached,
    registerAttachmentAccess,
    cleanupOrphans,
    storageDriver: storage.driver,
    spoolDir: deps.tmpRoot,
  };
}

export type FilesService = ReturnType<typeof createFilesService>;
export type Download = Awaited<ReturnType<FilesService['download']>>;

function guestTokenHash(token: string): Buffer {
  return crypto.createHash('sha256').update(token).digest();
}

/** A guest upload's token against its stored hash (constant time). */
function tokenMatches(hash: Buffer | null, token: string | undefined): boolean {
  if (!hash || !token) return false;
  const given = guestTokenHash(token);
  return given.length === hash.length && crypto.timingSafeEqual(given, hash);
}

function sha256(data: Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}
