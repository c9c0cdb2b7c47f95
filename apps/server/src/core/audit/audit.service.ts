import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { asStoredJson, canonicalJson } from './canonical.js';
import { auditRepo, type AuditFilter, type AuditRow } from './audit.repo.js';

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

function hashOf(row: Omit<AuditRow, 'hash'>): string {
  const body = canonicalJson({ ...row, at: row.at.toISOString() });
  return crypto.createHash('sha256').update(row.prev_hash).update('\n').update(body).digest('hex');
}

export function createAuditService(db: Kysely<Database>, opts: { retentionMonths: number }) {
  const repo = auditRepo(db);

  /**
   * Appends one entry inside the caller's transaction, so the change and its
   * audit record commit together or not at all. Call it last in the
   * transaction: it holds the chain lock until commit.
   */
  async function record(trx: Kysely<Database>, ctx: AuditContext, entry: AuditEntry): Promise<void> {
    await repo.lockChain(trx);
    const head = await repo.head(trx);
    const row: Omit<AuditRow, 'hash'> = {
      seq: (head?.seq ?? 0) + 1,
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
      prev_hash: head?.hash ?? GENESIS_HASH,
    };
    await repo.insert(trx, { ...row, hash: hashOf(row) });
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
        const { hash, ...rest } = row;
        if (row.prev_hash !== prevHash) {
          return { ok: false, checked, firstBrokenSeq: row.seq, reason: 'broken link' };
        }
        if (hashOf(rest) !== hash) {
          return { ok: false, checked, firstBrokenSeq: row.seq, reason: 'content changed' };
        }
        prevHash = hash;
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
