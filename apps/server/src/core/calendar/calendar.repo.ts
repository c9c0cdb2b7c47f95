import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/index.js';

export type OverrideWrite = Pick<Database['calendar_overrides'], 'date' | 'kind' | 'holiday' | 'reason' | 'created_by'>;

export function calendarRepo(db: Kysely<Database>) {
  const select = (q: Kysely<Database>) =>
    q
      .selectFrom('calendar_overrides')
      .select([
        sql<string>`date::text`.as('date'),
        'kind',
        'holiday',
        'reason',
        'created_by',
        'created_at',
        'updated_at',
      ]);

  return {
    /** Overrides with from <= date <= to (yyyy-MM-dd), in date order. */
    between: (from: string, to: string) =>
      select(db).where('date', '>=', from).where('date', '<=', to).orderBy('date').execute(),
    find: (trx: Kysely<Database>, date: string) => select(trx).where('date', '=', date).executeTakeFirst(),
    upsert: (trx: Kysely<Database>, row: OverrideWrite) =>
      trx
        .insertInto('calendar_overrides')
        .values(row)
        .onConflict((oc) =>
          oc.column('date').doUpdateSet({
            kind: row.kind,
            holiday: row.holiday,
            reason: row.reason,
            updated_at: new Date(),
          }),
        )
        .execute(),
    remove: (trx: Kysely<Database>, date: string) =>
      trx.deleteFrom('calendar_overrides').where('date', '=', date).executeTakeFirst(),
  };
}

export type CalendarRepo = ReturnType<typeof calendarRepo>;
