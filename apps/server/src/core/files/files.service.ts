import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { STAFF_ROLES, type Role } from '@vioc/contracts';
import type { Database } from '../db/index.js';
import type { AuditContext, AuditService } from '../audit/index.js';
import type { OrgService } from '../org/index.js';
import { canReachUnit, type Actor } from '../auth/index.js';
import { httpErrors } from '../http/index.js';
import { filesErrors } from './files.errors.js';
import { createIngest, SYSTEM_CONTEXT, tokenMatches, UUID_RE, type FileLimits } from './files.ingest.js';
import { filesRepo, type FileRow } from './files.repo.js';
import { toDto, type FileDto } from './files.dto.js';
import type { ByteRange, FileStorage, StoredObject } from './files.storage.js';

export type { FileLimits, BufferMeta } from './files.ingest.js';

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
export type AttachmentAccessRule = (
  actor: Actor | null,
  record: { type: string; id: string },
  proof: AccessProof,
) => Promise<boolean>;

/**
 * What a caller without an account shows to open a file through its record:
 * the record's own secret (reports: the tracking token given at submission),
 * checked by the record's rule, never by the file's id alone.
 */
export interface AccessProof {
  token?: string | undefined;
}

/** Who may open any file of a unit in their scope. */
const READER_ROLES: readonly Role[] = [...STAFF_ROLES, 'system'];

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
  // Uploads, guest photos and server-side buffers: one pipeline (files.ingest.ts).
  const ingest = createIngest({ ...deps, repo });

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
  async function canRead(actor: Actor | null, row: FileRow, proof: AccessProof): Promise<boolean> {
    if (actor && isOwner(actor, row)) return true;
    if (actor && row.unit_id) {
      const p = await unitPath(row.unit_id);
      if (p && canReachUnit(actor, p, READER_ROLES)) return true;
    }
    if (row.attached_type && row.attached_id) {
      const rule = accessRules.get(row.attached_type);
      if (rule && (await rule(actor, { type: row.attached_type, id: row.attached_id }, proof))) return true;
    }
    return false;
  }

  /** A file the caller may not open answers as missing (its existence is not revealed); the refusal is audited. */
  async function readable(
    actor: Actor | null,
    ctx: AuditContext,
    id: string,
    proof: AccessProof = {},
  ): Promise<FileRow> {
    const row = await repo.findById(id);
    if (!row) throw filesErrors.error('FILE_NOT_FOUND');
    if (!(await canRead(actor, row, proof))) {
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

  async function describe(
    actor: Actor | null,
    ctx: AuditContext,
    id: string,
    proof: AccessProof = {},
  ): Promise<FileDto> {
    return toDto(await readable(actor, ctx, id, proof));
  }

  async function download(
    actor: Actor | null,
    ctx: AuditContext,
    id: string,
    variant: 'original' | 'thumbnail',
    proof: AccessProof = {},
  ) {
    const row = await readable(actor, ctx, id, proof);
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
    ...ingest,
    checkGuestUploads,
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
