import { sql, type Kysely } from 'kysely';
import type { Database, NewUnit, UnitUpdate } from '../db/index.js';

const unitColumns = [
  'u.id',
  'u.parent_id',
  'u.path',
  'u.kind',
  'u.admin_code',
  'u.name',
  'u.name_en',
  'u.full_name',
  'u.full_name_en',
  'u.phone',
  'u.email',
  'u.address',
  'u.area_km2',
  'u.active',
] as const;

export function orgRepo(db: Kysely<Database>) {
  const withChildCount = () =>
    db
      .selectFrom('units as u')
      .select(unitColumns)
      .select((eb) =>
        eb
          .selectFrom('units as c')
          .whereRef('c.parent_id', '=', 'u.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('child_count'),
      );

  return {
    findById: (id: string) => withChildCount().where('u.id', '=', id).executeTakeFirst(),
    findByAdminCode: (code: string) => withChildCount().where('u.admin_code', '=', code).executeTakeFirst(),
    findPaths: (ids: readonly string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db.selectFrom('units').select(['id', 'path', 'full_name']).where('id', 'in', ids).execute(),
    listChildren: (parentId: string | null, kind: string | undefined, limit: number) => {
      let q = withChildCount();
      q = parentId === null ? q.where('u.parent_id', 'is', null) : q.where('u.parent_id', '=', parentId);
      if (kind) q = q.where('u.kind', '=', kind as NewUnit['kind']);
      return q.orderBy('u.kind').orderBy('u.name').limit(limit).execute();
    },
    search: (text: string, kind: string | undefined, limit: number) => {
      let q = withChildCount().where(
        sql<boolean>`vn_fold(u.full_name) like ${'%' + text.replace(/[%_\\]/g, '\\$&') + '%'}`,
      );
      if (kind) q = q.where('u.kind', '=', kind as NewUnit['kind']);
      return q
        .orderBy(sql`length(u.full_name)`)
        .orderBy('u.full_name')
        .limit(limit)
        .execute();
    },
    insert: (trx: Kysely<Database>, unit: NewUnit) =>
      trx.insertInto('units').values(unit).returning('id').executeTakeFirstOrThrow(),
    update: (trx: Kysely<Database>, id: string, patch: UnitUpdate) =>
      trx
        .updateTable('units')
        .set({ ...patch, updated_at: new Date() })
        .where('id', '=', id)
        .execute(),
    childBoundaries: (parentId: string) =>
      db
        .selectFrom('units')
        .select(['id', 'admin_code', 'name', 'full_name', 'kind', 'boundary_simple'])
        .where('parent_id', '=', parentId)
        .where('boundary_simple', 'is not', null)
        .orderBy('name')
        .execute(),
    boundary: (id: string) =>
      db
        .selectFrom('units')
        .select(['id', 'admin_code', 'name', 'full_name', 'kind', 'boundary_simple'])
        .where('id', '=', id)
        .executeTakeFirst(),
    /** Full boundaries of the administrative units (not agencies), for point-in-polygon. */
    areaBoundaries: () =>
      db
        .selectFrom('units')
        .select(['id', 'path', 'kind', 'full_name', 'boundary'])
        .where('kind', '<>', 'agency')
        .where('boundary', 'is not', null)
        .where('active', '=', true)
        .execute(),
    /** For each unit, the path of the nearest unit at or above it that is not an agency. */
    areaPaths: (ids: readonly string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('units as m')
            .select((eb) => [
              'm.id',
              eb
                .selectFrom('units as a')
                .select('a.path')
                .where(sql<boolean>`a.path @> m.path`)
                .where('a.kind', '<>', 'agency')
                .orderBy(sql`nlevel(a.path)`, 'desc')
                .limit(1)
                .as('area_path'),
            ])
            .where('m.id', 'in', ids)
            .execute(),
    rootProvince: () =>
      db
        .selectFrom('units')
        .select(['id', 'full_name'])
        .where('parent_id', 'is', null)
        .where('kind', '=', 'province')
        .orderBy('created_at')
        .executeTakeFirst(),
  };
}

export type OrgRepo = ReturnType<typeof orgRepo>;
