/**
 * The few human lines `npm start` prints besides pino's JSON: what the first start is doing
 * while it seeds the demo (several silent seconds otherwise) and, once /readyz would answer,
 * where to go and how to sign in. They go to stderr, so stdout stays pure JSON for machines,
 * and by default only when stderr is a terminal (STARTUP_MESSAGES).
 */
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../core/db/schema.js';
import { verifyPassword } from '../core/auth/passwords.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/demo.js';
import type { SeedProgress } from '../seed/progress.js';

export interface StartupLines {
  /** Prints that the demo is being seeded and returns the seed's progress callback. */
  seeding(): SeedProgress | undefined;
  /** The ready line: URL, demo accounts when they exist, where the data lives. */
  ready(db: Kysely<Database>, readyMs: number): Promise<void>;
}

/** Core's own steps; modules' steps bring their label. */
const STEP: Record<string, string> = {
  units: 'đơn vị / units',
  accounts: 'tài khoản mẫu / demo accounts',
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function startupLines(
  config: Config,
  out: { isTTY?: boolean; write(s: string): unknown } = process.stderr,
): StartupLines {
  const on = config.STARTUP_MESSAGES === 'auto' ? Boolean(out.isTTY) : config.STARTUP_MESSAGES === 'true';
  const say = (line: string) => {
    if (on) out.write(`${line}\n`);
  };
  say(
    config.DATABASE_URL
      ? 'vioc: đang khởi động / starting…'
      : `vioc: đang khởi động PostgreSQL nhúng / starting the embedded PostgreSQL (${path.resolve(config.DATA_DIR)})…`,
  );
  return {
    seeding() {
      if (!on) return undefined;
      // Said at the first step: most starts seed nothing, and say nothing about it.
      let started = false;
      return ({ what, label, count, ms }) => {
        if (!started) say('vioc: đang tạo dữ liệu mẫu tỉnh Tây Ninh / seeding the demo province…');
        started = true;
        say(`  ${label ?? STEP[what] ?? what}: ${count} (${seconds(ms)})`);
      };
    },
    async ready(db, readyMs) {
      if (!on) return;
      const parts = [`vioc sẵn sàng / ready: ${publicUrl(config)} (${seconds(readyMs)})`];
      const demo = await demoAccounts(db).catch(() => undefined);
      if (demo) parts.push(demo);
      if (!config.DATABASE_URL || !config.FILES_S3_BUCKET)
        parts.push(`dữ liệu / data: ${path.resolve(config.DATA_DIR)}`);
      say(parts.join(' — '));
    },
  };
}

function publicUrl(config: Config): string {
  if (config.PUBLIC_URL) return config.PUBLIC_URL;
  const host = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(config.HOST) ? 'localhost' : config.HOST;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.PORT}`;
}

/**
 * The demo accounts still present, and the password only while it is still the published one:
 * a province that changed it must not see it printed as if it worked.
 */
async function demoAccounts(db: Kysely<Database>): Promise<string | undefined> {
  const names = DEMO_USERS.map((u) => u.username);
  const rows = await db
    .selectFrom('users')
    .select(['username', 'password_hash'])
    .where('username', 'in', names)
    .execute();
  if (rows.length === 0) return undefined;
  const listed = names.filter((n) => rows.some((r) => r.username === n));
  const shown = listed.length > 3 ? `${listed.slice(0, 3).join(', ')}…` : listed.join(', ');
  const sample = rows.find((r) => r.username !== 'admin') ?? rows[0]!;
  const stillDemo = sample.password_hash ? await verifyPassword(sample.password_hash, DEMO_PASSWORD) : false;
  return stillDemo
    ? `tài khoản mẫu / demo accounts: ${shown} mật khẩu / password ${DEMO_PASSWORD} (README.md)`
    : `tài khoản mẫu / demo accounts: ${shown} (README.md)`;
}
