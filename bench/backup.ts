/**
 * Backup and restore (R-PLAT-04) of the embedded installation, timed twice in one run: over the
 * demo data `npm start` seeds (units, accounts, 300 reports with photos) and after adding
 * BENCH_BACKUP_N generated reports (default 1,000,000; a few minutes to generate). Each round:
 * `backupEmbedded` (pg_backup_start/stop + data directory + WAL + files, SHA-256 manifest),
 * `verifyBackup`, `restoreBackup` into a new data directory, and the restored cluster's first start
 * (WAL replay) until it answers with the same number of reports.
 */
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { sql } from 'kysely';
import { backupEmbedded, restoreBackup, verifyBackup } from '../apps/server/src/core/backup/index.js';
import { createDatabase, startEmbeddedPostgres } from '../apps/server/src/core/db/index.js';
import { buildServer, seedDemoDatabase } from '../apps/server/src/server.js';
import { freePort, log, machine, ROOT } from './lib/common.js';
import { pointsInWards } from './lib/points.js';
import { generateReports } from './lib/reports-data.js';
import { scratchDatabase } from './lib/setup.js';

export const description = 'Backup, verify, restore and restored first start: demo data and N reports';

const N = Number(process.env.BENCH_BACKUP_N ?? 1_000_000);

function treeBytes(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? treeBytes(p) : e.isFile() ? fs.statSync(p).size : 0;
  }
  return total;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;

async function reportCount(db: ReturnType<typeof createDatabase>['db']): Promise<number> {
  return Number((await sql<{ n: string }>`SELECT count(*) AS n FROM reports`.execute(db)).rows[0]!.n);
}

/** One round: back up the running cluster, check it, restore it and start the copy. */
async function round(
  label: string,
  s: { pool: ReturnType<typeof createDatabase>['pool']; dataDir: string; work: string },
  expected: number,
) {
  const outDir = path.join(s.work, `backups-${label}`);
  const t0 = performance.now();
  const { dir, manifest } = await backupEmbedded({ pool: s.pool, dataDir: s.dataDir, outDir });
  const backupMs = performance.now() - t0;
  const t1 = performance.now();
  const { problems } = verifyBackup(dir);
  const verifyMs = performance.now() - t1;
  if (problems.length) throw new Error(`backup damaged: ${problems.join(', ')}`);

  const restoredDir = path.join(s.work, `restored-${label}`);
  const t2 = performance.now();
  restoreBackup({ backupDir: dir, dataDir: restoredDir });
  const restoreMs = performance.now() - t2;
  const t3 = performance.now();
  const embedded = await startEmbeddedPostgres({
    dataDir: restoredDir,
    port: await freePort(),
    log: pino({ level: 'warn' }),
  });
  const restored = createDatabase(embedded.url, 2);
  const found = await reportCount(restored.db);
  const firstStartMs = performance.now() - t3;
  await restored.db.destroy();
  await embedded.stop();
  if (found !== expected) throw new Error(`restored ${found} reports, expected ${expected}`);
  const result = {
    reports: expected,
    files: manifest.entries.filter((e) => e.path.startsWith('files/')).length,
    dataDirMB: mb(treeBytes(s.dataDir)),
    backupMB: mb(manifest.entries.reduce((t, e) => t + e.size, 0)),
    backupMs: Math.round(backupMs),
    verifyMs: Math.round(verifyMs),
    restoreMs: Math.round(restoreMs),
    restoredFirstStartMs: Math.round(firstStartMs),
  };
  log(label, result);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(restoredDir, { recursive: true, force: true });
  return result;
}

export default async function backupBench() {
  const m = machine();
  const work = path.join(ROOT, '.tmp', `bench-${process.pid}`);
  const dataDir = path.join(work, 'data');
  // DATA_DIR names the directory scratchDatabase creates, so the demo's photos land beside its cluster.
  const s = await scratchDatabase({ seed: false, env: { DATA_DIR: dataDir } });
  log('seeding the demo province with sample reports and photos');
  await seedDemoDatabase(
    { config: s.config, db: s.db, pool: s.pool, url: s.url, logger: pino({ level: 'silent' }) },
    { sample: true },
  );
  const demo = await round('demo', { pool: s.pool, dataDir, work }, await reportCount(s.db));

  // Built, not started: only its org service, to place the generated reports inside the wards.
  const server = await buildServer({
    config: s.config,
    db: s.db,
    pool: s.pool,
    url: s.url,
    logger: pino({ level: 'silent' }),
  });
  const points = await pointsInWards(s.db, server.services.org, 2000);
  log(`generating ${N} reports`);
  const t0 = performance.now();
  await generateReports(s.db, points, N, 1_000_001);
  await sql`CHECKPOINT`.execute(s.db);
  const generateMs = Math.round(performance.now() - t0);
  const big = await round('large', { pool: s.pool, dataDir, work }, await reportCount(s.db));
  return { bench: 'backup', machine: m, generated: { n: N, ms: generateMs }, demo, large: big };
}
