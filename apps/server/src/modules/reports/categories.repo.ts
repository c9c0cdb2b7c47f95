import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { Database } from '../../core/db/index.js';

type Tx = Kysely<Database>;

/** SQL for report_categories and report_routing_rules. */
export function categoriesRepo(db: Kysely<Database>) {
  const categories = (q: Tx = db) =>
    q
      .selectFrom('report_categories as c')
      .leftJoin('org_units as u', 'u.id', 'c.responsible_unit_id')
      .selectAll('c')
      .select('u.full_name as responsible_unit_name');
  const rules = () =>
    db
      .selectFrom('report_routing_rules as r')
      .innerJoin('org_units as u', 'u.id', 'r.target_unit_id')
      .selectAll('r')
      .select('u.full_name as target_unit_name');

  return {
    list: (includeInactive: boolean) =>
      categories()
        .$if(!includeInactive, (q) => q.where('c.active', '=', true))
        .orderBy('c.sort_order')
        .orderBy('c.name')
        .execute(),
    findById: (id: string, trx: Tx = db) => categories(trx).where('c.id', '=', id).executeTakeFirst(),
    /** The category and its ancestors, nearest first. */
    lineage: (id: string) =>
      db
        .withRecursive('up(id, parent_id, depth)', (qb) =>
          qb
            .selectFrom('report_categories')
            .select(['id', 'parent_id', sql<number>`0`.as('depth')])
            .where('id', '=', id)
            .unionAll((u) =>
              u
                .selectFrom('report_categories as c')
                .innerJoin('up', 'up.parent_id', 'c.id')
                .select(['c.id', 'c.parent_id', sql<number>`up.depth + 1`.as('depth')])
                .where('up.depth', '<', 20),
            ),
        )
        .selectFrom('up')
        .select(['id', 'parent_id', 'depth'])
        .orderBy('depth')
        .execute(),
    /** The category and everything below it. */
    subtreeIds: async (id: string) =>
      (
        await db
          .withRecursive('down(id, depth)', (qb) =>
            qb
              .selectFrom('report_categories')
              .select(['id', sql<number>`0`.as('depth')])
              .where('id', '=', id)
              .unionAll((u) =>
                u
                  .selectFrom('report_categories as c')
                  .innerJoin('down', 'down.id', 'c.parent_id')
                  .select(['c.id', sql<number>`down.depth + 1`.as('depth')])
                  .where('down.depth', '<', 20),
              ),
          )
          .selectFrom('down')
          .select('id')
          .execute()
      ).map((r) => r.id),
    insert: (trx: Tx, c: Insertable<Database['report_categories']>) =>
      trx.insertInto('report_categories').values(c).returning('id').executeTakeFirstOrThrow(),
    update: (trx: Tx, id: string, patch: Updateable<Database['report_categories']>) =>
      trx
        .updateTable('report_categories')
        .set({ ...patch, updated_at: new Date() })
        .where('id', '=', id)
        .execute(),

    listRules: (categoryId?: string) =>
      rules()
        .$if(categoryId !== undefined, (q) => q.where('r.category_id', '=', categoryId!))
        .orderBy('r.category_id')
        .orderBy('r.created_at')
        .execute(),
    findRule: (id: string) => rules().where('r.id', '=', id).executeTakeFirst(),
    /** Active rules of the given categories, for routing. */
    activeRules: (categoryIds: readonly string[]) =>
      categoryIds.length === 0
        ? Promise.resolve([])
        : rules().where('r.category_id', 'in', categoryIds).where('r.active', '=', true).execute(),
    insertRule: (trx: Tx, r: Insertable<Database['report_routing_rules']>) =>
      trx.insertInto('report_routing_rules').values(r).returning('id').executeTakeFirstOrThrow(),
    updateRule: (trx: Tx, id: string, patch: Updateable<Database['report_routing_rules']>) =>
      trx
        .updateTable('report_routing_rules')
        .set({ ...patch, updated_at: new Date() })
        .where('id', '=', id)
        .execute(),
    deleteRule: (trx: Tx, id: string) =>
      trx.deleteFrom('report_routing_rules').where('id', '=', id).returningAll().executeTakeFirst(),
  };
}

export type CategoriesRepo = ReturnType<typeof categoriesRepo>;
export type CategoryRow = NonNullable<Awaited<ReturnType<CategoriesRepo['findById']>>>;
export type RuleRow = NonNullable<Awaited<ReturnType<CategoriesRepo['findRule']>>>;
