import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import type { AuditContext, AuditEntry, AuditService } from '../audit/index.js';

/**
 * Audit entries collected while an action runs and written once it has
 * passed every check: an action's entries stay together in the trail, in the
 * order the action made them, after the change they describe.
 */
export class AuditBuffer {
  private readonly entries: AuditEntry[] = [];
  constructor(private readonly ctx: AuditContext) {}
  add(entry: AuditEntry): void {
    this.entries.push(entry);
  }
  async flush(trx: Kysely<Database>, audit: Pick<AuditService, 'record'>): Promise<void> {
    for (const e of this.entries) await audit.record(trx, this.ctx, e);
  }
}
