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
  /** Two-factor codes tried on this session (0013). */
  totp_attempts: Generated<number>;
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
  /** 1: hash over the whole row (before migration 0010); 2: over prev_hash, seq and the content digest. */
  hash_v: Generated<number>;
}

/** Audit entries of running transactions, linked into audit_log at commit (migration 0010). */
export interface AuditPendingTable {
  id: Generated<string>;
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
  digest: string;
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
  /** xid8 of the writing transaction and the oldest running one at insert (0011); read as text. */
  xid: ColumnType<string | null, never, never>;
  horizon: ColumnType<string | null, never, never>;
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
  /** SHA-256 of a guest upload's one-time token (migration 0007); cleared when attached. */
  guest_token_hash: Buffer | null;
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

export type ReportStatusColumn =
  | 'received'
  | 'verified'
  | 'rejected'
  | 'assigned'
  | 'in_progress'
  | 'answer_drafted'
  | 'answer_approved'
  | 'published'
  | 'rated'
  | 'closed';

export interface ReportCategoriesTable {
  id: Generated<string>;
  parent_id: string | null;
  code: string;
  name: string;
  name_en: string | null;
  description: string | null;
  handling_days: number;
  responsible_kind: 'ward' | 'agency';
  responsible_unit_id: string | null;
  sop_items: ColumnType<string[], string[] | undefined, string[]>;
  public_by_default: Generated<boolean>;
  active: Generated<boolean>;
  sort_order: Generated<number>;
  unit_id: string;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
  created_by: string | null;
}

export interface ReportRoutingRulesTable {
  id: Generated<string>;
  category_id: string;
  target_unit_id: string;
  ward_ids: ColumnType<string[], string[] | undefined, string[]>;
  note: string | null;
  active: Generated<boolean>;
  unit_id: string;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
  created_by: string | null;
}

export interface ReportsTable {
  id: Generated<string>;
  code: string;
  channel: 'web' | 'email' | 'hotline' | 'open311' | 'social';
  category_id: string;
  title: string;
  description: string;
  lat: number;
  lon: number;
  /** Generated from lat/lon for GiST searches; never written. */
  location: ColumnType<string, never, never>;
  address: string | null;
  location_source: 'map' | 'gps' | 'exif';
  area_unit_id: string;
  assigned_unit_id: string | null;
  assignee_user_id: string | null;
  status: ReportStatusColumn;
  is_public: boolean;
  anonymous: Generated<boolean>;
  confidential: Generated<boolean>;
  reject_reason: 'spam' | 'out_of_scope' | 'duplicate' | null;
  duplicate_of: string | null;
  answer: string | null;
  answer_drafted_at: NullableTimestamp;
  answer_drafted_by: string | null;
  answer_approved_at: NullableTimestamp;
  answer_approved_by: string | null;
  published_at: NullableTimestamp;
  rating: number | null;
  rating_comment: string | null;
  rated_at: NullableTimestamp;
  info_question: string | null;
  info_requested_at: NullableTimestamp;
  verified_at: NullableTimestamp;
  assigned_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  due_at: NullableTimestamp;
  reminded_at: NullableTimestamp;
  overdue_at: NullableTimestamp;
  /** Since when the deadline is paused, awaiting the reporter's information (0009); due_at is NULL meanwhile. */
  deadline_paused_at: NullableTimestamp;
  /** The due date held during the pause (0009). */
  paused_due_at: NullableTimestamp;
  reopen_count: Generated<number>;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
  created_by: string | null;
}

export interface ReportReportersTable {
  report_id: string;
  user_id: string | null;
  name: string | null;
  phone: string | null;
  email: string | null;
  contact_key: string;
  token_hash: Buffer | null;
  ip: string | null;
  created_at: TimestampDefault;
}

export interface ReportHistoryTable {
  id: Generated<string>;
  report_id: string;
  at: Timestamp;
  action: string;
  from_status: ReportStatusColumn | null;
  to_status: ReportStatusColumn;
  actor_id: string | null;
  actor_label: string | null;
  unit_id: string | null;
  note: string | null;
  visibility: 'internal' | 'reporter' | 'public';
  data: NullableJson;
}

export interface ReportChecklistItemsTable {
  report_id: string;
  position: number;
  text: string;
  done_at: NullableTimestamp;
  done_by: string | null;
  done_by_label: string | null;
}

export interface ReportCommentsTable {
  id: Generated<string>;
  report_id: string;
  author_id: string | null;
  author_label: string | null;
  unit_id: string | null;
  body: string;
  created_at: TimestampDefault;
}

export interface ReportExtensionsTable {
  id: Generated<string>;
  report_id: string;
  days: number;
  reason: string;
  status: Generated<'pending' | 'approved' | 'rejected'>;
  requested_by: string | null;
  requested_at: Timestamp;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  decision_note: string | null;
  due_before: NullableTimestamp;
  due_after: NullableTimestamp;
}

export interface ReportDuplicateCandidatesTable {
  report_id: string;
  candidate_id: string;
  distance_m: number;
  similarity: number;
  found_at: Timestamp;
}

export interface ReportSubmissionsTable {
  key_hash: string;
  request_hash: string;
  report_id: string;
  created_at: TimestampDefault;
}

/** Daily and monthly rollup of report statistics (migration 0008; modules/reports/statistics.rollup.ts). */
export interface ReportStatsRollupTable {
  grain: 'day' | 'month';
  day: string;
  dims: number;
  area_unit_id: string | null;
  assigned_unit_id: string | null;
  category_id: string | null;
  open_due_day: string | null;
  received: number;
  rejected: number;
  handled: number;
  unhandled: number;
  open_due: number;
  ever_overdue: number;
  on_time: number;
  timed: number;
  hours_sum: number;
  working_days_sum: string;
  rated: number;
  stars_sum: number;
  satisfied: number;
  public_received: number;
  public_processing: number;
  public_answered: number;
  public_closed: number;
}

export interface ReportStatsDirtyTable {
  id: Generated<string>;
  day: string;
  area_unit_id: string;
}

export interface ReportStatsStateTable {
  id: Generated<boolean>;
  rolled_through: string | null;
  calendar_hash: string | null;
  refreshed_at: NullableTimestamp;
}

export interface Database {
  units: UnitsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  verification_codes: VerificationCodesTable;
  audit_log: AuditLogTable;
  audit_pending: AuditPendingTable;
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
  report_categories: ReportCategoriesTable;
  report_routing_rules: ReportRoutingRulesTable;
  reports: ReportsTable;
  report_reporters: ReportReportersTable;
  report_history: ReportHistoryTable;
  report_checklist_items: ReportChecklistItemsTable;
  report_comments: ReportCommentsTable;
  report_extensions: ReportExtensionsTable;
  report_duplicate_candidates: ReportDuplicateCandidatesTable;
  report_submissions: ReportSubmissionsTable;
  report_stats_rollup: ReportStatsRollupTable;
  report_stats_dirty: ReportStatsDirtyTable;
  report_stats_state: ReportStatsStateTable;
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
    'totp_attempts',
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
    'hash_v',
  ],
  audit_anchor: ['id', 'seq', 'hash', 'purged_at'],
  audit_pending: [
    'id',
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
    'digest',
  ],
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
    'guest_token_hash',
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
    'xid',
    'horizon',
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
  report_categories: [
    'id',
    'parent_id',
    'code',
    'name',
    'name_en',
    'description',
    'handling_days',
    'responsible_kind',
    'responsible_unit_id',
    'sop_items',
    'public_by_default',
    'active',
    'sort_order',
    'unit_id',
    'created_at',
    'updated_at',
    'created_by',
  ],
  report_routing_rules: [
    'id',
    'category_id',
    'target_unit_id',
    'ward_ids',
    'note',
    'active',
    'unit_id',
    'created_at',
    'updated_at',
    'created_by',
  ],
  reports: [
    'id',
    'code',
    'channel',
    'category_id',
    'title',
    'description',
    'lat',
    'lon',
    'location',
    'address',
    'location_source',
    'area_unit_id',
    'assigned_unit_id',
    'assignee_user_id',
    'status',
    'is_public',
    'anonymous',
    'confidential',
    'reject_reason',
    'duplicate_of',
    'answer',
    'answer_drafted_at',
    'answer_drafted_by',
    'answer_approved_at',
    'answer_approved_by',
    'published_at',
    'rating',
    'rating_comment',
    'rated_at',
    'info_question',
    'info_requested_at',
    'verified_at',
    'assigned_at',
    'closed_at',
    'due_at',
    'reminded_at',
    'overdue_at',
    'deadline_paused_at',
    'paused_due_at',
    'reopen_count',
    'created_at',
    'updated_at',
    'created_by',
  ],
  report_reporters: ['report_id', 'user_id', 'name', 'phone', 'email', 'contact_key', 'token_hash', 'ip', 'created_at'],
  report_history: [
    'id',
    'report_id',
    'at',
    'action',
    'from_status',
    'to_status',
    'actor_id',
    'actor_label',
    'unit_id',
    'note',
    'visibility',
    'data',
  ],
  report_checklist_items: ['report_id', 'position', 'text', 'done_at', 'done_by', 'done_by_label'],
  report_comments: ['id', 'report_id', 'author_id', 'author_label', 'unit_id', 'body', 'created_at'],
  report_extensions: [
    'id',
    'report_id',
    'days',
    'reason',
    'status',
    'requested_by',
    'requested_at',
    'decided_by',
    'decided_at',
    'decision_note',
    'due_before',
    'due_after',
  ],
  report_duplicate_candidates: ['report_id', 'candidate_id', 'distance_m', 'similarity', 'found_at'],
  report_submissions: ['key_hash', 'request_hash', 'report_id', 'created_at'],
  report_stats_rollup: [
    'grain',
    'day',
    'dims',
    'area_unit_id',
    'assigned_unit_id',
    'category_id',
    'open_due_day',
    'received',
    'rejected',
    'handled',
    'unhandled',
    'open_due',
    'ever_overdue',
    'on_time',
    'timed',
    'hours_sum',
    'working_days_sum',
    'rated',
    'stars_sum',
    'satisfied',
    'public_received',
    'public_processing',
    'public_answered',
    'public_closed',
  ],
  report_stats_dirty: ['id', 'day', 'area_unit_id'],
  report_stats_state: ['id', 'rolled_through', 'calendar_hash', 'refreshed_at'],
} satisfies { [T in keyof Database]: readonly (keyof Database[T])[] };

export type Unit = Selectable<UnitsTable>;
export type NewUnit = Insertable<UnitsTable>;
export type UnitUpdate = Updateable<UnitsTable>;
export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
