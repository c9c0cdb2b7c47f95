import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';

/** The module_seeds bookkeeping: which modules' demo data this database holds. */
export function createSeedsRepo(db: Kysely<Database>) {
  return {
    async seeded(): Promise<Set<string>> {
      const rows = await db.selectFrom('module_seeds').select('module').execute();
      return new Set(rows.map((r) => r.module));
    },
    /** Inside the seed's transaction: a module whose seed failed half-way is not marked. */
    async markSeeded(trx: Kysely<Database>, module: string, summary: Record<string, number>): Promise<boolean> {
      const row = await trx
        .insertInto('module_seeds')
        .values({ module, summary: JSON.stringify(summary) })
        .onConflict((oc) => oc.column('module').doNothing())
        .returning('module')
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
