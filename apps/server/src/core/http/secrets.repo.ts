import crypto from 'node:crypto';
import type { Db } from '../db/index.js';

/**
 * A secret shared by every process through the database (signed cookies
 * verify on any of them): created once by whichever process asks first.
 */
export async function sharedSecret(db: Db, name: string): Promise<string> {
  await db
    .insertInto('app_secrets')
    .values({ name, value: crypto.randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('app_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}
