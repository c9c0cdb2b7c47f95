import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Kysely view of the tables in src/migrations. A test (schema.test.ts)
 * compares this description with information_schema, so a migration that
 * changes a column without updating this file fails CI.
 */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type TimestampDefault = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type NullableJson = ColumnType<unknown, string | null | undefined, string | null>;

export interface UnitsTable {
  id: Generated<string>;
  parent_id: string | null;
  path: Generated<string>;
  kind: 'province' | 'district' | 'ward' | 'agency';
  admin_code: string | null;
  name: string;
  name_en: string | null;
  full_name: string;
  full_name_en: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  area_km2: ColumnType<string | null, number | null | undefined, number | null>;
  boundary: NullableJson;
  boundary_simple: NullableJson;
  active: Generated<boolean>;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
  created_by: string | null;
}

export interface UsersTable {
  id: Generated<string>;
  username: string | null;
  email: string | null;
  phone: string | null;
  full_name: string;
  password_hash: string | null;
  status: Generated<'pending' | 'active' | 'disabled'>;
  disabled_reason: string | null;
  account_type: Generated<'staff' | 'citizen' | 'business'>;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: number | null;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  last_login_at: NullableTimestamp;
  last_active_at: NullableTimestamp;
  password_changed_at: NullableTimestamp;
  oidc_subject: string | null;
  locale: Generated<'vi' | 'en'>;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
  created_by: string | null;
}

export interface MembershipsTable {
  id: Generated<string>;
  user_id: string;
  unit_id: string;
  role: string;
  created_at: TimestampDefault;
  created_by: string | null;
}

export interface SessionsTable {
  token_hash: Buffer;
  user_id: string;
  csrf_token: string;
  auth_method: 'password' | 'oidc';
  mfa_passed: boolean;
  idle_seconds: number;
  created_at: TimestampDefault;
  last_seen_at: TimestampDefault;
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiKeysTable {
  id: Generated<string>;
  prefix: string;
  secret_hash: Buffer;
  name: string;
  unit_id: string;
  roles: string[];
  created_at: TimestampDefault;
  created_by: string | null;
  last_used_at: NullableTimestamp;
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface VerificationCodesTable {
  id: Generated<string>;
  user_id: string;
  contact: string;
  purpose: 'register';
  code_hash: Buffer;
  attempts: Generated<number>;
  expires_at: Timestamp;
  consumed_at: NullableTimestamp;
  created_at: TimestampDefault;
}

export interface AuditLogTable {
  seq: ColumnType<number, number, never>;
  at: Timestamp;
  actor_id: string | null;
  actor_label: string | null;
  action: string;
  outcome: 'ok' | 'denied' | 'failed';
  target_type: string | null;
  target_id: string | null;
  unit_id: string | null;
  ip: string | null;
  user_agent: string | null;
  before: NullableJson;
  after: NullableJson;
  prev_hash: string;
  hash: string;
}

export interface AuditAnchorTable {
  id: Generated<boolean>;
  seq: number;
  hash: string;
  purged_at: TimestampDefault;
}

export interface AppSecretsTable {
  name: string;
  value: string;
  created_at: TimestampDefault;
}

export interface SchemaMigrationsTable {
  version: string;
  name: string;
  checksum: string;
  applied_at: TimestampDefault;
}

export interface Database {
  units: UnitsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  verification_codes: VerificationCodesTable;
  audit_log: AuditLogTable;
  audit_anchor: AuditAnchorTable;
  app_secrets: AppSecretsTable;
  schema_migrations: SchemaMigrationsTable;
}

/** Column names per table, checked against the live schema by schema.test.ts. */
export const tableColumns = {
  units: [
    'id',
    'parent_id',
    'path',
    'kind',
    'admin_code',
    'name',
    'name_en',
    'full_name',
    'full_name_en',
    'phone',
    'email',
    'address',
    'area_km2',
    'boundary',
    'boundary_simple',
    'active',
    'created_at',
    'updated_at',
    'created_by',
  ],
  users: [
    'id',
    'username',
    'email',
    'phone',
    'full_name',
    'password_hash',
    'status',
    'disabled_reason',
    'account_type',
    'totp_secret',
    'totp_enabled',
    'totp_last_step',
    'failed_logins',
    'locked_until',
    'last_login_at',
    'last_active_at',
    'password_changed_at',
    'oidc_subject',
    'locale',
    'created_at',
    'updated_at',
    'created_by',
  ],
  memberships: ['id', 'user_id', 'unit_id', 'role', 'created_at', 'created_by'],
  sessions: [
    'token_hash',
    'user_id',
    'csrf_token',
    'auth_method',
    'mfa_passed',
    'idle_seconds',
    'created_at',
    'last_seen_at',
    'expires_at',
    'revoked_at',
    'ip',
    'user_agent',
  ],
  api_keys: [
    'id',
    'prefix',
    'secret_hash',
    'name',
    'unit_id',
    'roles',
    'created_at',
    'created_by',
    'last_used_at',
    'expires_at',
    'revoked_at',
  ],
  verification_codes: [
    'id',
    'user_id',
    'contact',
    'purpose',
    'code_hash',
    'attempts',
    'expires_at',
    'consumed_at',
    'created_at',
  ],
  audit_log: [
    'seq',
    'at',
    'actor_id',
    'actor_label',
    'action',
    'outcome',
    'target_type',
    'target_id',
    'unit_id',
    'ip',
    'user_agent',
    'before',
    'after',
    'prev_hash',
    'hash',
  ],
  audit_anchor: ['id', 'seq', 'hash', 'purged_at'],
  app_secrets: ['name', 'value', 'created_at'],
  schema_migrations: ['version', 'name', 'checksum', 'applied_at'],
} satisfies { [T in keyof Database]: readonly (keyof Database[T])[] };

export type Unit = Selectable<UnitsTable>;
export type NewUnit = Insertable<UnitsTable>;
export type UnitUpdate = Updateable<UnitsTable>;
export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
