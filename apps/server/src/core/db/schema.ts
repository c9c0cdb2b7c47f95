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

export interface OutboxEventsTable {
  id: ColumnType<number, never, never>;
  event_id: Generated<string>;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  unit_id: string | null;
  audience: ColumnType<unknown, string | undefined, string>;
  payload: ColumnType<unknown, string, string>;
  actor_id: string | null;
  created_at: TimestampDefault;
}

export interface OutboxDeliveriesTable {
  event_seq: number;
  subscriber: string;
  aggregate_key: string;
  status: Generated<'pending' | 'done' | 'dead'>;
  attempts: Generated<number>;
  next_attempt_at: TimestampDefault;
  last_error: string | null;
  updated_at: TimestampDefault;
}

export interface FilesTable {
  id: string;
  owner_user_id: string | null;
  owner_api_key_id: string | null;
  unit_id: string | null;
  kind: 'photo' | 'video' | 'document';
  mime: string;
  size: number;
  sha256: string;
  storage_key: string;
  thumbnail_key: string | null;
  width: number | null;
  height: number | null;
  gps_lat: number | null;
  gps_lon: number | null;
  taken_at: NullableTimestamp;
  original_name: string | null;
  created_at: TimestampDefault;
  attached_at: NullableTimestamp;
  attached_type: string | null;
  attached_id: string | null;
  deleted_at: NullableTimestamp;
}

/** `date` is read as text (date::text): node-pg would turn it into a Date at local midnight. */
export interface CalendarOverridesTable {
  date: string;
  kind: 'off' | 'work';
  holiday: 'new_year' | 'tet' | 'hung_kings' | 'reunification' | 'labour_day' | 'national_day' | null;
  reason: string;
  created_by: string | null;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  template: string;
  title: string;
  body: string;
  data: ColumnType<unknown, string | undefined, string>;
  read_at: NullableTimestamp;
  created_at: TimestampDefault;
}

export interface NotificationPreferencesTable {
  user_id: string;
  category: string;
  channels: string[];
  updated_at: TimestampDefault;
}

export interface PushSubscriptionsTable {
  id: Generated<string>;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  user_agent: string | null;
  created_at: TimestampDefault;
  last_success_at: NullableTimestamp;
}

export interface NotificationDeliveriesTable {
  id: Generated<string>;
  notification_id: string | null;
  user_id: string | null;
  channel: 'email' | 'sms' | 'push';
  recipient: string;
  template: string;
  status: Generated<'queued' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  last_error: string | null;
  provider_id: string | null;
  content: NullableJson;
  locked_until: NullableTimestamp;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
  last_attempt_at: NullableTimestamp;
  sent_at: NullableTimestamp;
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
  calendar_overrides: CalendarOverridesTable;
  files: FilesTable;
  outbox_events: OutboxEventsTable;
  outbox_deliveries: OutboxDeliveriesTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  push_subscriptions: PushSubscriptionsTable;
  notification_deliveries: NotificationDeliveriesTable;
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
  calendar_overrides: ['date', 'kind', 'holiday', 'reason', 'created_by', 'created_at', 'updated_at'],
  files: [
    'id',
    'owner_user_id',
    'owner_api_key_id',
    'unit_id',
    'kind',
    'mime',
    'size',
    'sha256',
    'storage_key',
    'thumbnail_key',
    'width',
    'height',
    'gps_lat',
    'gps_lon',
    'taken_at',
    'original_name',
    'created_at',
    'attached_at',
    'attached_type',
    'attached_id',
    'deleted_at',
  ],
  outbox_events: [
    'id',
    'event_id',
    'type',
    'aggregate_type',
    'aggregate_id',
    'unit_id',
    'audience',
    'payload',
    'actor_id',
    'created_at',
  ],
  outbox_deliveries: [
    'event_seq',
    'subscriber',
    'aggregate_key',
    'status',
    'attempts',
    'next_attempt_at',
    'last_error',
    'updated_at',
  ],
  notifications: ['id', 'user_id', 'template', 'title', 'body', 'data', 'read_at', 'created_at'],
  notification_preferences: ['user_id', 'category', 'channels', 'updated_at'],
  push_subscriptions: ['id', 'user_id', 'endpoint', 'p256dh', 'auth', 'user_agent', 'created_at', 'last_success_at'],
  notification_deliveries: [
    'id',
    'notification_id',
    'user_id',
    'channel',
    'recipient',
    'template',
    'status',
    'attempts',
    'last_error',
    'provider_id',
    'content',
    'locked_until',
    'created_at',
    'updated_at',
    'last_attempt_at',
    'sent_at',
  ],
} satisfies { [T in keyof Database]: readonly (keyof Database[T])[] };

export type Unit = Selectable<UnitsTable>;
export type NewUnit = Insertable<UnitsTable>;
export type UnitUpdate = Updateable<UnitsTable>;
export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
