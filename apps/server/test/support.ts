/**
 * Shared test support: each test file gets a fresh database cloned from the
 * template that scripts/test.ts prepared (migrations + demo seed), and a real
 * server built on it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import pino from 'pino';
import { loadConfig, type Config } from '../src/config.js';
import { createDatabase, type Db } from '../src/core/db/index.js';
import { buildServer, type Server } from '../src/server.js';
import type { CodeSender } from '../src/core/auth/index.js';
import type { AnyModule } from '../src/core/platform/index.js';
import { hashToken } from '../src/core/auth/sessions.js';

export interface TestDatabase {
  db: Db;
  pool: import('pg').Pool;
  url: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_PG_URL;
  if (!url) throw new Error('TEST_PG_URL is not set: run the tests with `npm test`.');
  return url;
}

/** A new database cloned from the seeded template, dropped by drop(). */
export async function freshDatabase(): Promise<TestDatabase> {
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = createDatabase(adminUrl(), 1);
  await admin.pool.query(`CREATE DATABASE ${name} TEMPLATE ${process.env.TEST_PG_TEMPLATE ?? 'vioc_template'}`);
  await admin.db.destroy();
  const url = adminUrl().replace(/\/postgres$/, `/${name}`);
  const { db, pool } = createDatabase(url, 5);
  return {
    db,
    pool,
    url,
    async drop() {
      await db.destroy();
      const a = createDatabase(adminUrl(), 1);
      await a.pool.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.db.destroy();
    },
  };
}

export class TestClock {
  constructor(public now = Date.now()) {}
  advance(ms: number): void {
    this.now += ms;
  }
  readonly fn = () => this.now;
}

export interface TestServer extends Server {
  database: TestDatabase;
  clock: TestClock;
  codes: { contact: string; code: string }[];
  config: Config;
  close(): Promise<void>;
}

/**
 * A real server on a fresh database. Registration codes are captured in
 * `codes` unless `deliverCodes` is set, which sends them through notify as in
 * production.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  opts: { deliverCodes?: boolean; extraModules?: readonly AnyModule[] } = {},
): Promise<TestServer> {
  const database = await freshDatabase();
  // A data directory of its own (stored files, the upload spool): test servers run side by side,
  // and one sweeping "stale" spool entries with an advanced clock must not take another's upload.
  const ownDataDir = env.DATA_DIR ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'vioc-test-data-'));
  const fullEnv: Record<string, string> = {
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    ...(ownDataDir && { DATA_DIR: ownDataDir }),
    ...env,
  };
  const config = loadConfig(fullEnv);
  const clock = new TestClock();
  const codes: { contact: string; code: string }[] = [];
  const codeSender: CodeSender = {
    async sendVerificationCode(contact, code) {
      codes.push({ contact, code });
    },
  };
  // A start refused by the platform (the contract tests provoke that) must not leave its database behind.
  const server = await buildServer({
    config,
    db: database.db,
    pool: database.pool,
    url: database.url,
    env: fullEnv,
    ...(opts.extraModules && { extraModules: opts.extraModules }),
    // TEST_LOG_LEVEL=error shows what a test server logs (a 500's cause) on stderr.
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }, pino.destination(2)),
    clock: clock.fn,
    ...(!opts.deliverCodes && { codeSender }),
  }).catch(async (err: unknown) => {
    await database.drop();
    if (ownDataDir) fs.rmSync(ownDataDir, { recursive: true, force: true });
    throw err;
  });
  await server.start();
  return {
    ...server,
    database,
    clock,
    codes,
    config,
    async close() {
      await server.stop();
      await database.drop();
      if (ownDataDir) fs.rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}

export interface Caller {
  cookie: string;
  csrf: string;
  userId: string;
  headers(extra?: Record<string, string>): Record<string, string>;
}

/**
 * A full session for a demo user without going through password + TOTP
 * (those flows have their own tests); fast enough for every test.
 */
export async function sessionFor(server: TestServer, username: string): Promise<Caller> {
  const db = server.database.db;
  const user = await db.selectFrom('users').select(['id']).where('username', '=', username).executeTakeFirstOrThrow();
  const memberships = await db.selectFrom('memberships').select('role').where('user_id', '=', user.id).execute();
  const { token, csrfToken } = await db.transaction().execute((trx) =>
    server.services.sessions.create(trx, {
      userId: user.id,
      isAdmin: memberships.some((m) => m.role === 'admin'),
      mfaPassed: true,
      method: 'password',
      ip: '127.0.0.1',
      userAgent: 'test',
    }),
  );
  return callerFrom(token, csrfToken, user.id);
}

export function callerFrom(token: string, csrf: string, userId: string): Caller {
  const cookie = `vioc_sid=${token}`;
  return {
    cookie,
    csrf,
    userId,
    headers: (extra = {}) => ({ cookie, 'x-csrf-token': csrf, ...extra }),
  };
}

/** The session cookie a response set, if any. */
export function sessionCookie(res: { cookies: { name: string; value: string }[] }): string | undefined {
  return res.cookies.find((c) => c.name === 'vioc_sid')?.value;
}

export { hashToken };

/** A TCP port free on loopback right now, for servers a test starts itself. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Chromium headless (the one scripts/test.ts found or installed, passed as CHROMIUM_PATH), with
 * the flags this sandbox needs (root, no GPU, no network besides loopback: background networking
 * would be refused).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/**
 * Chooses an option of an AntD Select in the browser and waits until the select shows it and
 * no dropdown is left open. Under load a click can land while a dropdown is still animating
 * in (or another one out) and be lost, so the choice is retried until the select shows it.
 */
export async function chooseOption(
  page: Page,
  selectTestId: string,
  option: string,
  opts: { type?: string } = {},
): Promise<void> {
  const select = page.getByTestId(selectTestId);
  for (let attempt = 1; ; attempt++) {
    await select.click();
    if (opts.type) await page.keyboard.type(opts.type);
    const item = page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: option })
      .first();
    await item.waitFor();
    await item.click();
    const chosen = await select
      .getByText(option)
      .first()
      .waitFor({ timeout: 3000 })
      .then(() => true)
      .catch(() => false);
    if (chosen) break;
    if (attempt === 3) throw new Error(`the select ${selectTestId} did not take “${option}”`);
    await page.keyboard.press('Escape');
  }
  // A dropdown still open (or two closing at once) would swallow the next click.
  await page.waitForFunction(
    () =>
      (
        globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
      ).document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').length === 0,
  );
}

/** Polls `check` until it returns something truthy (which it returns), or fails after `ms`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  ms = 10_000,
  everyMs = 20,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
