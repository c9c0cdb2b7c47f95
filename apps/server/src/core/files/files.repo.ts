import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database, FilesTable } from '../db/index.js';

export type FileRow = NonNullable<Awaited<ReturnType<FilesRepo['findById']>>>;

export function filesRepo(db: Kysely<Database>) {
  return {
    /** A time-ordered id from the database (uuidv7), taken before the bytes are stored under it. */
    newId: async (): Promise<string> => {
      const { rows } = await sql<{ id: string }>`SELECT uuidv7() AS id`.execute(db);
      return rows[0]!.id;
    },
    /** Several ids at once (copies of one file). */
    newIds: async (n: number): Promise<string[]> => {
      const { rows } = await sql<{ id: string }>`SELECT uuidv7() AS id FROM generate_series(1, ${n})`.execute(db);
      return rows.map((r) => r.id);
    },
    insertMany: (trx: Kysely<Database>, rows: readonly Insertable<FilesTable>[]) =>
      trx
        .insertInto('files')
        .values([...rows])
        .execute(),
    findById: (id: string) =>
      db.selectFrom('files').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst(),
    /** Read through `trx` when the rows were written in a transaction not yet committed. */
    findByIds: (trx: Kysely<Database>, ids: readonly string[]) =>
      trx.selectFrom('files').selectAll().where('id', 'in', ids).where('deleted_at', 'is', null).execute(),
    listAttached: (type: string, id: string) =>
      db
        .selectFrom('files')
        .selectAll()
        .where('attached_type', '=', type)
        .where('attached_id', '=', id)
        .where('deleted_at', 'is', null)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
    lockForAttach: (trx: Kysely<Database>, ids: readonly string[]) =>
      trx
        .selectFrom('files')
        .select(['id', 'owner_user_id', 'owner_api_key_id', 'attached_type', 'attached_id', 'guest_token_hash'])
        .where('id', 'in', ids)
        .where('deleted_at', 'is', null)
        .forUpdate()
        .execute(),
    attach: (trx: Kysely<Database>, ids: readonly string[], type: string, id: string, unitId: string | undefined) =>
      trx
        .updateTable('files')
        .set({
          attached_at: sql`now()`,
          attached_type: type,
          attached_id: id,
          guest_token_hash: null,
          ...(unitId !== undefined && { unit_id: unitId }),
        })
        .where('id', 'in', ids)
        .where('attached_at', 'is', null)
        .execute(),
    markDeleted: (trx: Kysely<Database>, id: string) =>
      trx
        .updateTable('files')
        .set({ deleted_at: sql`now()` })
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .where('attached_at', 'is', null)
        .returning(['storage_key', 'thumbnail_key'])
        .executeTakeFirst(),
    unattachedBefore: (cutoff: Date, limit: number) =>
      db
        .selectFrom('files')
        .select(['id'])
        .where('attached_at', 'is', null)
        .where('deleted_at', 'is', null)
        .where('created_at', '<', cutoff)
        .orderBy('created_at')
        .limit(limit)
        .execute(),
    /** Deletes the row only if it is still an old orphan (an attach may have won the race). */
    deleteOrphan: (trx: Kysely<Database>, id: string, cutoff: Date) =>
      trx
        .deleteFrom('files')
        .where('id', '=', id)
        .where('attached_at', 'is', null)
        .where('deleted_at', 'is', null)
        .where('created_at', '<', cutoff)
        .returning(['id', 'unit_id', 'kind', 'mime', 'size', 'sha256', 'storage_key', 'thumbnail_key', 'created_at'])
        .executeTakeFirst(),
  };
}

export type FilesRepo = ReturnType<typeof filesRepo>;
