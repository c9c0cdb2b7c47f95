import path from 'node:path';
import { z } from 'zod';
import { FILE_LIMIT_DEFAULTS } from '@vioc/contracts';

/** Parses "true"/"false"/"1"/"0" the way operators write them in env files. */
const bool = (def: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(def ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);

/**
 * Every environment variable of core, with its default; each module declares
 * its own slice in its definition (validated at start with these).
 * README.md documents the same table; keep them in step.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Modules to run besides core ("all", or a comma list such as "reports"); see docs/modules.md. */
  MODULES: z.string().default('all'),
  HOST: z.string().default('0.0.0.0'),
  PORT: int(8080),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  EMBEDDED_PG_PORT: int(54329, 1),
  DB_POOL_SIZE: int(10, 1),
  SEED_DEMO: bool(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Human start-up lines on stderr (first-start progress, the ready line with URL and demo accounts);
  // `auto` = only when stderr is a terminal, so log collectors get nothing but pino's JSON on stdout.
  STARTUP_MESSAGES: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: bool(false),
  SESSION_IDLE_MINUTES: int(15, 1),
  ADMIN_SESSION_IDLE_MINUTES: int(5, 1),
  SESSION_ABSOLUTE_HOURS: int(12, 1),
  PASSWORD_MIN_LENGTH: int(10, 8),
  PASSWORD_MIN_CLASSES: int(3, 1),
  LOCKOUT_THRESHOLD: int(5, 1),
  LOCKOUT_MINUTES: int(15, 1),
  INACTIVE_DISABLE_DAYS: int(45, 1),
  // Level-3 rules keep security and audit logs at least 12 months: a shorter setting is refused.
  AUDIT_RETENTION_MONTHS: int(12, 12),
  RATE_LIMIT_SIGNIN_PER_MINUTE: int(10, 1),
  RATE_LIMIT_PUBLIC_PER_MINUTE: int(60, 1),
  BODY_LIMIT_BYTES: int(1_048_576, 1024),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_LABEL: z.string().default('VNeID / SSO'),
  OIDC_ALLOW_HTTP: bool(false),
  MAP_TILE_URL: z.string().optional(),
  // The web form refuses larger files before sending them, by the same defaults.
  FILE_MAX_PHOTO_BYTES: int(FILE_LIMIT_DEFAULTS.photo, 1),
  FILE_MAX_VIDEO_BYTES: int(FILE_LIMIT_DEFAULTS.video, 1),
  FILE_MAX_DOCUMENT_BYTES: int(FILE_LIMIT_DEFAULTS.document, 1),
  FILE_MAX_IMAGE_PIXELS: int(40_000_000, 1),
  FILE_ORPHAN_GRACE_HOURS: int(24, 1),
  FILES_S3_BUCKET: z.string().optional(),
  FILES_S3_ENDPOINT: z.string().url().optional(),
  FILES_S3_REGION: z.string().default('us-east-1'),
  FILES_S3_ACCESS_KEY_ID: z.string().optional(),
  FILES_S3_SECRET_ACCESS_KEY: z.string().optional(),
  FILES_S3_FORCE_PATH_STYLE: bool(true),
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().optional(),
  SMS_API_URL: z.string().url().optional(),
  SMS_API_TOKEN: z.string().optional(),
  SMS_SENDER: z.string().max(11).optional(),
  SMS_UNACCENT: bool(true),
  VAPID_PUBLIC_KEY: z.string().optional(),
  VAPID_PRIVATE_KEY: z.string().optional(),
  VAPID_SUBJECT: z.string().optional(),
  PUSH_ALLOW_HTTP: bool(false),
  REALTIME_MAX_BACKLOG: int(20_000, 1),
  // Below one event frame every client would be dropped at its first burst.
  REALTIME_MAX_UNSENT_BYTES: int(1_048_576, 65_536),
  NOTIFY_RETRY_LIMIT: int(8),
  NOTIFY_RETRY_DELAY_SECONDS: int(30, 1),
  WEB_DIST: z.string().default(path.resolve(import.meta.dirname, '../../web/dist')),
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
