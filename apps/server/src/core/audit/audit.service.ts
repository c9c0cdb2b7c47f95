import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import { asStoredJson, canonicalJson } from './canonical.js';
import { auditRepo, type AuditContent, type AuditFilter, type AuditRow } from './audit.repo.js';

export const GENESIS_HASH = '0'.repeat(64);

/** Who did something and from where; attached to every request. */
export interface AuditContext {
  actorId: string | null;
  actorLabel: string | null;
  ip: string | null;
  userAgent: string | null;
}

export interface AuditEntry {
  action: string;
  outcome?: 'ok' | 'denied' | 'failed';
  targetType?: string;
  targetId?: string;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBrokenSeq?: number;
  reason?: string;
}

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/** hash_v 1 (entries written before migration 0010): the previous hash and the whole canonical row. */
function hashOf(row: Omit<AuditRow, 'hash' | 'hash_v'>): string {
  const body = canonicalJson({ ...row, at: row.at.toISOString() });
  return crypto.createHash('sha256').update(row.prev_hash).update('\n').update(body).digest('hex');
}

/** The digest of an entry's content; hashed without the chain lock. */
function contentDigest(c: AuditContent): string {
  return sha256(canonicalJson({ ...c, at: c.at.toISOString() }));
}

/** hash_v 2: the previous hash, the position and the content digest (computed the same way by audit_append in SQL). */
function linkHash(prevHash: string, seq: number, digest: string): string {
  return sha256(`${prevHash}\n${seq}\n${digest}`);
}

function expectedHash(row: AuditRow): string {
  const { hash: _hash, hash_v, ...rest } = row;
  if (hash_v !== 2) return hashOf(rest);
  const { seq, prev_hash, ...content } = rest;
  return linkHash(prev_hash, seq, contentDigest(content));
}

export function createAuditService(db: Kysely<Database>, opts: { retentionMonths: number }) {
  const repo = auditRepo(db);

  /**
   * Appends one entry inside the caller's transaction, so the change and its
   * audit record commit together or not at all. The entry is linked to the
   * chain when the transaction commits (a deferred trigger, migration 0010):
   * the chain lock is held only during the commit, so it can be called
   * anywhere in the transaction. Entries become visible in audit_log at commit.
   */
  async function record(trx: Kysely<Database>, ctx: AuditContext, entry: AuditEntry): Promise<void> {
    const content: AuditContent = {
      at: new Date(),
      actor_id: ctx.actorId,
      actor_label: ctx.actorLabel,
      action: entry.action,
      outcome: entry.outcome ?? 'ok',
      target_type: entry.targetType ?? null,
      target_id: entry.targetId ?? null,
      unit_id: entry.unitId ?? null,
      ip: ctx.ip,
      user_agent: ctx.userAgent,
      before: asStoredJson(entry.before),
      after: asStoredJson(entry.after),
    };
    // Hashing the content needs no lock; the link to the head is made at commit, under the lock.
    await repo.append(trx, content, contentDigest(content));
  }

  /** For events with no surrounding change: sign-ins, denials. */
  function recordAlone(ctx: AuditContext, entry: AuditEntry): Promise<void> {
    return db.transaction().execute((trx) => record(trx, ctx, entry));
  }

  /** Walks the whole chain; reports the first row whose hash or link is wrong. */
  async function verify(): Promise<VerifyResult> {
    const anchor = await repo.anchor();
    let prevHash = anchor?.hash ?? GENESIS_HASH;
    let prevSeq = anchor?.seq ?? 0;
    let checked = 0;
    for (;;) {
      const rows = await repo.batchAfter(prevSeq, 5000);
      if (rows.length === 0) break;
      for (const row of rows) {
        if (row.seq !== prevSeq + 1) {
          return { ok: false, checked, firstBrokenSeq: prevSeq + 1, reason: 'missing entry' };
        }
        if (row.prev_hash !== prevHash) {
          return { ok: false, checked, firstBrokenSeq: row.seq, reason: 'broken link' };
        }
        if (expectedHash(row) !== row.hash) {
          return { ok: false, checked, firstBrokenSeq: row.seq, reason: 'content changed' };
        }
        prevHash = row.hash;
        prevSeq = row.seq;
        checked++;
      }
    }
    return { ok: true, checked };
  }

  function search(filter: AuditFilter): Promise<AuditRow[]> {
    return repo.search(filter);
  }

  /** Retention: entries older than the configured months are removed, the chain re-anchored. */
  function purgeExpired(now = new Date()): Promise<number> {
    const cutoff = new Date(now);
    cutoff.setMonth(cutoff.getMonth() - opts.retentionMonths);
    return repo.purgeBefore(cutoff);
  }

  return { record, recordAlone, verify, search, purgeExpired };
}

export type AuditService = ReturnType<typeof createAuditService>;
