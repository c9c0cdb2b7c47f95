/**
 * `npm test`: starts one embedded PostgreSQL for the whole run, prepares a
 * template database (migrations + demo seed) that every test file clones into
 * a fresh database of its own, then runs Node's test runner over every
 * *.test.ts file. Usage: npm test [-- <file or folder filter>...]
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pino from 'pino';
import { createDatabase, migrate, startEmbeddedPostgres } from '../apps/server/src/core/db/index.js';
import { loadConfig } from '../apps/server/src/config.js';
import { seedDemoDatabase } from '../apps/server/src/server.js';
import { createJobs } from '../apps/server/src/core/jobs/index.js';
import { allMigrations } from '../apps/server/src/modules.js';
import { ensureBrowser } from './browser.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const TEMPLATE = 'vioc_template';

function findTests(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) findTests(full, out);
    else if (entry.name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2);
  const files = ['apps', 'packages', 'bench', 'scripts']
    .flatMap((d) => findTests(path.join(ROOT, d)))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
  if (files.length === 0) {
    console.error('no test files matched');
    return 1;
  }

  // Browser tests build the web app in their `before`; two running at once would both
  // rebuild a stale dist (Vite empties it first) and serve each other missing files.
  // Building once here makes their builds no-ops.
  const browserEnv: Record<string, string> = {};
  if (files.some((f) => fs.readFileSync(f, 'utf8').includes('build-web.mjs'))) {
    // Before the build: a machine without a browser learns it at once, not after a minute of building.
    const browser = ensureBrowser();
    if (!browser.ok) {
      console.error(`npm test: ${browser.message}`);
      return 1;
    }
    console.log(browser.line);
    browserEnv.CHROMIUM_PATH = browser.path;
    const built = spawnSync(process.execPath, ['scripts/build-web.mjs'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) {
      console.error('the web build failed');
      return 1;
    }
  }

  const log = pino({ level: 'warn' });
  // One directory per run, so two runs on one machine never share a cluster.
  const dataDir = path.join(ROOT, '.tmp', `test-pg-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const port = await freePort();
  const pg = await startEmbeddedPostgres({ dataDir, port, log });
  try {
    const admin = createDatabase(pg.url, 2);
    await admin.pool.query(`CREATE DATABASE ${TEMPLATE}`);
    await admin.db.destroy();
    const templateUrl = pg.url.replace(/\/postgres$/, `/${TEMPLATE}`);
    const t = createDatabase(templateUrl, 2);
    await migrate(t.pool, allMigrations());
    // Catalogues only (the provinces' units, demo accounts, report categories): tests add what they need.
    await seedDemoDatabase(
      {
        config: loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', DATA_DIR: dataDir }),
        db: t.db,
        pool: t.pool,
        url: templateUrl,
        logger: log,
      },
      { sample: false },
    );
    await t.db.destroy();
    // Create the job queue's schema once in the template rather than in every test database.
    const jobs = createJobs({ url: templateUrl, logger: log });
    await jobs.start();
    await jobs.stop();

    const code = await new Promise<number>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          '--test',
          '--test-reporter=spec',
          `--test-concurrency=${process.env.TEST_CONCURRENCY ?? 2}`,
          ...files,
        ],
        {
          stdio: 'inherit',
          env: { ...process.env, ...browserEnv, TEST_PG_URL: pg.url, TEST_PG_TEMPLATE: TEMPLATE, NODE_ENV: 'test' },
        },
      );
      child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
    });
    return code;
  } finally {
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
