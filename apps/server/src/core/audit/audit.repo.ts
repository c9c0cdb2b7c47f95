import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/index.js';

/** The chain lock (advisory). Also written out in audit_append (migration 0010): change both together. */
export const AUDIT_LOCK = 7_240_002;

export interface AuditRow {
  seq: number;
  at: Date;
  actor_id: string | null;
  actor_label: string | null;
  action: string;
  outcome: 'ok' | 'denied' | 'failed';
  target_type: string | null;
  target_id: string | null;
  unit_id: string | null;
  ip: string | null;
  user_agent: string | null;
  before: unknown;
  after: unknown;
  prev_hash: string;
  hash: string;
  /** How `hash` links the row (audit.service.ts): 1 before migration 0010, 2 since. */
  hash_v: number;
}

/** What an entry says, without its place in the chain. */
export type AuditContent = Omit<AuditRow, 'seq' | 'prev_hash' | 'hash' | 'hash_v'>;

export interface AuditFilter {
  from?: Date;
  to?: Date;
  actorId?: string;
  action?: string;
  outcome?: 'ok' | 'denied' | 'failed';
  targetType?: string;
  targetId?: string;
  q?: string;
  beforeSeq?: number;
  limit: number;
}

export function auditRepo(db: Kysely<Database>) {
  return {
    /**
     * Queues an entry in the caller's transaction (migration 0010): at commit a
     * deferred trigger takes the chain lock, links it to the head (hash_v 2)
     * and moves it into audit_log. No lock is taken here.
     */
    async append(trx: Kysely<Database>, e: AuditContent, digest: string): Promise<void> {
      await trx
        .insertInto('audit_pending')
        .values({
          ...e,
          before: e.before === null ? null : JSON.stringify(e.before),
          after: e.after === null ? null : JSON.stringify(e.after),
          digest,
        })
        .execute();
    },
    anchor(): Promise<{ seq: number; hash: string } | undefined> {
      return db.selectFrom('audit_anchor').select(['seq', 'hash']).executeTakeFirst();
    },
    async ensureShippingCursor(target: string): Promise<void> {
      await db
        .insertInto('audit_shipping')
        .values({ target, last_seq: 0 })
        .onConflict((oc) => oc.column('target').doNothing())
        .execute();
    },
    /** The collector's cursor, locked for this transaction; undefined while another holds it. */
    async lockShippingCursor(target: string): Promise<number | undefined> {
      const row = await db
        .selectFrom('audit_shipping')
        .select('last_seq')
        .where('target', '=', target)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      return row ? Number(row.last_seq) : undefined;
    },
    async moveShippingCursor(target: string, lastSeq: number): Promise<void> {
      await db
        .updateTable('audit_shipping')
        .set({ last_seq: lastSeq, shipped_at: new Date() })
        .where('target', '=', target)
        .execute();
    },
    async batchAfter(seq: number, limit: number): Promise<AuditRow[]> {
      return (await db
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '>', seq)
        .orderBy('seq')
        .limit(limit)
        .execute()) as AuditRow[];
    },
    async search(f: AuditFilter): Promise<AuditRow[]> {
      let q = db.selectFrom('audit_log').selectAll();
      if (f.from) q = q.where('at', '>=', f.from);
      if (f.to) q = q.where('at', '<', f.to);
      if (f.actorId) q = q.where('actor_id', '=', f.actorId);
      if (f.action) q = q.where('action', 'like', `${f.action.replace(/[%_\\]/g, '\\$&')}%`);
      if (f.outcome) q = q.where('outcome', '=', f.outcome);
      if (f.targetType) q = q.where('target_type', '=', f.targetType);
      if (f.targetId) q = q.where('target_id', '=', f.targetId);
      if (f.q) {
        const like = `%${f.q.replace(/[%_\\]/g, '\\$&')}%`;
        q = q.where((eb) =>
          eb.or([
            eb(sql<string>`vn_fold(coalesce(actor_label, ''))`, 'like', sql<string>`vn_fold(${like})`),
            eb(sql<string>`coalesce(target_id, '')`, 'like', like),
            eb(
              sql<string>`vn_fold(coalesce("after"::text, '') || coalesce("before"::text, ''))`,
              'like',
              sql<string>`vn_fold(${like})`,
            ),
          ]),
        );
      }
      if (f.beforeSeq) q = q.where('seq', '<', f.beforeSeq);
      return (await q.orderBy('seq', 'desc').limit(f.limit).execute()) as AuditRow[];
    },
    /** Removes rows older than the cut-off and moves the anchor to the last removed one. */
    async purgeBefore(cutoff: Date): Promise<number> {
      return db.transaction().execute(async (trx) => {
        await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(trx);
        // The chain is cut before the first entry that is young enough to keep: entries are
        // linked at commit, so an older `at` can sit above a younger one, and cutting at the
        // last old `at` would take young entries with it.
        const firstKept = trx
          .selectFrom('audit_log')
          .select((eb) => eb.fn.min('seq').as('seq'))
          .where('at', '>=', cutoff);
        const last = await trx
          .selectFrom('audit_log')
          .select(['seq', 'hash'])
          .where('at', '<', cutoff)
          .where((eb) => eb.or([eb(firstKept, 'is', null), eb('seq', '<', firstKept)]))
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst();
        if (!last) return 0;
        await sql`SET LOCAL vioc.audit_purge = 'on'`.execute(trx);
        const res = await trx.deleteFrom('audit_log').where('seq', '<=', last.seq).executeTakeFirst();
        await trx
          .insertInto('audit_anchor')
          .values({ seq: last.seq, hash: last.hash })
          .onConflict((oc) => oc.column('id').doUpdateSet({ seq: last.seq, hash: last.hash, purged_at: new Date() }))
          .execute();
        return Number(res.numDeletedRows);
      });
    },
  };
}
