import { sql, type Kysely } from 'kysely';
import type { Role } from '@vioc/contracts';
import { prepare, type Database, type NewUser, type User, type UserUpdate } from '../db/index.js';

export type Tx = Kysely<Database>;

// Role names reach the repo as strings already checked against roleSchema at the API edge (or as
// constants); memberships.role is typed as the CHECK's union, so they are narrowed here, in one place.
const asRole = (role: string) => role as Role;
const asRoles = (roles: readonly string[]) => roles as readonly Role[];

export interface MembershipJson {
  id: string;
  user_id: string;
  unit_id: string;
  role: string;
  unit_path: string;
  unit_name: string;
}

/** The columns of a user that its DTO shows (no password hash, no TOTP secret). */
export const USER_CARD_COLUMNS = [
  'id',
  'username',
  'email',
  'phone',
  'full_name',
  'status',
  'disabled_reason',
  'account_type',
  'totp_enabled',
  'locked_until',
  'last_login_at',
  'created_at',
] as const satisfies readonly (keyof User)[];
export type UserCard = Pick<User, (typeof USER_CARD_COLUMNS)[number]>;

const membershipsJson = sql<MembershipJson[]>`coalesce((
  SELECT json_agg(json_build_object('id', m.id, 'user_id', m.user_id, 'unit_id', m.unit_id, 'role', m.role,
                                    'unit_path', u.path::text, 'unit_name', u.full_name) ORDER BY u.path)
    FROM memberships m JOIN units u ON u.id = m.unit_id
   WHERE m.user_id = usr.id), '[]'::json)`;

/** SQL for the tables the auth core owns: users, memberships, sessions, API keys, codes. */
export function accountsRepo(db: Kysely<Database>) {
  // GET /api/users/:id: a prepared statement of the DTO's columns and the memberships, one round trip.
  const userCardQuery = prepare(
    db,
    'user_card',
    (id: string) =>
      db
        .selectFrom('users as usr')
        .select(USER_CARD_COLUMNS.map((c) => `usr.${c}` as const))
        .select(membershipsJson.as('memberships'))
        .where('usr.id', '=', id),
    ['00000000-0000-0000-0000-000000000000'],
  );
  return {
    db,
    userById: (id: string, trx: Tx = db) => trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),
    /** What core/notify needs to reach a person: contacts, language, whether the account is usable. */
    contactOf: (id: string) =>
      db
        .selectFrom('users')
        .select(['id', 'full_name', 'email', 'phone', 'locale', 'status'])
        .where('id', '=', id)
        .executeTakeFirst(),
    userByLogin: (login: string) =>
      db
        .selectFrom('users')
        .selectAll()
        .where((eb) => eb.or([eb('username', '=', login), eb('email', '=', login), eb('phone', '=', login)]))
        .executeTakeFirst(),
    userByOidcSubject: (sub: string) =>
      db.selectFrom('users').selectAll().where('oidc_subject', '=', sub).executeTakeFirst(),
    insertUser: (trx: Tx, user: NewUser) =>
      trx.insertInto('users').values(user).returning('id').executeTakeFirstOrThrow(),
    updateUser: (trx: Tx, id: string, patch: UserUpdate) =>
      trx
        .updateTable('users')
        .set({ ...patch, updated_at: new Date() })
        .where('id', '=', id)
        .execute(),
    /** Atomic so that parallel wrong guesses cannot slip past the threshold. */
    recordFailedLogin: (id: string, threshold: number, lockUntil: Date) =>
      db
        .updateTable('users')
        .set((eb) => ({
          failed_logins: eb('failed_logins', '+', 1),
          locked_until: sql<Date | null>`CASE WHEN failed_logins + 1 >= ${threshold} THEN ${lockUntil}::timestamptz ELSE locked_until END`,
        }))
        .where('id', '=', id)
        .returning(['failed_logins', 'locked_until'])
        .executeTakeFirstOrThrow(),
    /** One round trip for a user (every column) and their memberships, for writes that audit the row. */
    userWithMemberships: async (id: string) => {
      const row = await db
        .selectFrom('users as usr')
        .selectAll('usr')
        .select(membershipsJson.as('memberships'))
        .where('usr.id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const { memberships, ...user } = row;
      return { user, memberships };
    },
    /** The same for reading: only the DTO's columns, as a prepared statement (the hot path of GET /api/users/:id). */
    userCardWithMemberships: async (id: string) => {
      const row = (await userCardQuery(id)).rows[0];
      if (!row) return undefined;
      const { memberships, ...user } = row;
      return { user: user as UserCard, memberships };
    },
    membershipsOf: (userIds: readonly string[], trx: Tx = db) =>
      userIds.length === 0
        ? Promise.resolve([])
        : trx
            .selectFrom('memberships as m')
            .innerJoin('units as u', 'u.id', 'm.unit_id')
            .select(['m.id', 'm.user_id', 'm.unit_id', 'm.role', 'u.path as unit_path', 'u.full_name as unit_name'])
            .where('m.user_id', 'in', userIds)
            .orderBy('u.path')
            .execute(),
    /** Active people holding one of the roles, on the given units (or anywhere): recipients of work notices. */
    activeMembers: (roles: readonly string[], unitIds?: readonly string[]) =>
      roles.length === 0 || unitIds?.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('memberships as m')
            .innerJoin('users as usr', 'usr.id', 'm.user_id')
            .innerJoin('units as u', 'u.id', 'm.unit_id')
            .select(['m.user_id', 'm.unit_id', 'm.role', 'u.path as unit_path', 'usr.full_name'])
            .where('m.role', 'in', asRoles(roles))
            .where('usr.status', '=', 'active')
            .$if(unitIds !== undefined, (q) => q.where('m.unit_id', 'in', unitIds!))
            .execute(),
    insertMembership: (trx: Tx, userId: string, unitId: string, role: string, by: string | null) =>
      trx
        .insertInto('memberships')
        .values({ user_id: userId, unit_id: unitId, role: asRole(role), created_by: by })
        .returning('id')
        .executeTakeFirstOrThrow(),
    membershipById: (id: string) => db.selectFrom('memberships').selectAll().where('id', '=', id).executeTakeFirst(),
    deleteMembership: (trx: Tx, id: string) => trx.deleteFrom('memberships').where('id', '=', id).execute(),
    /** Users visible through the given scope paths (a membership inside one of them). */
    listUsers: (f: {
      q?: string;
      unitId?: string;
      role?: string;
      status?: string;
      scope: string[] | 'all';
      limit: number;
      offset: number;
    }) => {
      let q = db.selectFrom('users as usr');
      if (f.scope !== 'all' || f.unitId || f.role) {
        const scope = f.scope;
        q = q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('memberships as m')
              .innerJoin('units as u', 'u.id', 'm.unit_id')
              .whereRef('m.user_id', '=', 'usr.id')
              .$if(scope !== 'all', (w) =>
                w.where(sql<boolean>`u.path <@ ${sql.val(scope === 'all' ? [] : scope)}::ltree[]`),
              )
              .$if(Boolean(f.unitId), (w) => w.where('m.unit_id', '=', f.unitId!))
              .$if(Boolean(f.role), (w) => w.where('m.role', '=', asRole(f.role!)))
              .select(sql.lit(1).as('one')),
          ),
        );
      }
      if (f.status) q = q.where('usr.status', '=', f.status as 'active');
      if (f.q) {
        const like = `%${f.q.replace(/[%_\\]/g, '\\$&')}%`;
        q = q.where((eb) =>
          eb.or([
            eb(sql<string>`vn_fold(usr.full_name)`, 'like', sql<string>`vn_fold(${like})`),
            eb('usr.username', 'like', like.toLowerCase()),
            eb('usr.email', 'like', like.toLowerCase()),
            eb('usr.phone', 'like', like),
          ]),
        );
      }
      return Promise.all([
        q.selectAll('usr').orderBy('usr.full_name').limit(f.limit).offset(f.offset).execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
    },
    /** Users whose last activity is older than the cut-off (never-used accounts count from creation). */
    disableInactive: (trx: Tx, cutoff: Date) =>
      trx
        .updateTable('users')
        .set({ status: 'disabled', disabled_reason: 'inactive', updated_at: new Date() })
        .where('status', '=', 'active')
        .where('account_type', '=', 'staff')
        .where(sql<boolean>`coalesce(last_active_at, created_at) < ${cutoff}`)
        .returning(['id', 'username'])
        .execute(),

    // sessions
    insertSession: (trx: Tx, s: Database['sessions'] extends infer T ? import('kysely').Insertable<T> : never) =>
      trx.insertInto('sessions').values(s).execute(),
    sessionWithUser: (tokenHash: Buffer) =>
      db
        .selectFrom('sessions as s')
        .innerJoin('users as usr', 'usr.id', 's.user_id')
        .select([
          's.token_hash',
          's.user_id',
          's.csrf_token',
          's.mfa_passed',
          's.idle_seconds',
          's.last_seen_at',
          's.expires_at',
          's.revoked_at',
          's.created_at',
          'usr.full_name',
          'usr.username',
          'usr.email',
          'usr.status',
          'usr.account_type',
          'usr.totp_enabled',
          'usr.locale',
        ])
        .where('s.token_hash', '=', tokenHash)
        .executeTakeFirst(),
    touchSession: (tokenHash: Buffer, at: Date) =>
      db.transaction().execute(async (trx) => {
        const s = await trx
          .updateTable('sessions')
          .set({ last_seen_at: at })
          .where('token_hash', '=', tokenHash)
          .returning('user_id')
          .executeTakeFirst();
        if (s) await trx.updateTable('users').set({ last_active_at: at }).where('id', '=', s.user_id).execute();
      }),
    revokeSession: (trx: Tx, tokenHash: Buffer) =>
      trx
        .updateTable('sessions')
        .set({ revoked_at: new Date() })
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .execute(),
    /** Counts one two-factor attempt on a live session; the count so far, or null when it is revoked. */
    countTotpAttempt: async (tokenHash: Buffer) =>
      (
        await db
          .updateTable('sessions')
          .set((eb) => ({ totp_attempts: eb('totp_attempts', '+', 1) }))
          .where('token_hash', '=', tokenHash)
          .where('revoked_at', 'is', null)
          .returning('totp_attempts')
          .executeTakeFirst()
      )?.totp_attempts ?? null,
    revokeUserSessions: (trx: Tx, userId: string) =>
      trx
        .updateTable('sessions')
        .set({ revoked_at: new Date() })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .returning('token_hash')
        .execute(),
    deleteExpiredSessions: (before: Date) =>
      db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('expires_at', '<', before), eb('revoked_at', '<', before)]))
        .execute(),

    // API keys
    apiKeyByPrefix: (prefix: string) =>
      db.selectFrom('api_keys').selectAll().where('prefix', '=', prefix).executeTakeFirst(),
    apiKeyById: (id: string) => db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst(),
    listApiKeys: (scope: string[] | 'all') =>
      db
        .selectFrom('api_keys as k')
        .innerJoin('units as u', 'u.id', 'k.unit_id')
        .selectAll('k')
        .$if(scope !== 'all', (q) => q.where(sql<boolean>`u.path <@ ${sql.val(scope === 'all' ? [] : scope)}::ltree[]`))
        .orderBy('k.created_at', 'desc')
        .execute(),
    insertApiKey: (trx: Tx, k: import('kysely').Insertable<Database['api_keys']>) =>
      trx.insertInto('api_keys').values(k).returning('id').executeTakeFirstOrThrow(),
    revokeApiKey: (trx: Tx, id: string) =>
      trx.updateTable('api_keys').set({ revoked_at: new Date() }).where('id', '=', id).execute(),
    touchApiKey: (id: string, at: Date) =>
      db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', id).execute(),

    // verification codes
    insertCode: (trx: Tx, c: import('kysely').Insertable<Database['verification_codes']>) =>
      trx.insertInto('verification_codes').values(c).execute(),
    latestCode: (contact: string) =>
      db
        .selectFrom('verification_codes')
        .selectAll()
        .where('contact', '=', contact)
        .where('purpose', '=', 'register')
        .where('consumed_at', 'is', null)
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst(),
    countAttempt: (id: string) =>
      db
        .updateTable('verification_codes')
        .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .execute(),
    consumeCode: (trx: Tx, id: string) =>
      trx.updateTable('verification_codes').set({ consumed_at: new Date() }).where('id', '=', id).execute(),

    secret: (name: string) => db.selectFrom('app_secrets').select('value').where('name', '=', name).executeTakeFirst(),
    putSecretIfAbsent: (name: string, value: string) =>
      db
        .insertInto('app_secrets')
        .values({ name, value })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute(),
  };
}

export type AccountsRepo = ReturnType<typeof accountsRepo>;
