import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../config.js';
import { backupEmbedded, pruneBackups } from '../core/backup/index.js';
import { startEmbeddedPostgres } from '../core/db/index.js';
import { run } from './common.js';

/**
 * `npm run backup [-- --out DIR]`: a consistent copy of the embedded database and the stored files,
 * while the platform runs or not. A running server's cluster is reached on its port; starting a
 * second postmaster on the same directory would stop the first.
 */
run(async () => {
  const config = loadConfig();
  if (config.DATABASE_URL) {
    console.error(
      'DATABASE_URL is set: back that cluster up with its own tools (pg_basebackup, WAL archiving; docs/operations.md).',
    );
    return 2;
  }
  const i = process.argv.indexOf('--out');
  const outDir = path.resolve(
    i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : (process.env.BACKUP_DIR ?? './backups'),
  );
  const keep = Number(process.env.BACKUP_KEEP ?? 7);
  const secretFile = path.join(path.resolve(config.DATA_DIR), 'pg.secret');
  if (!fs.existsSync(secretFile)) {
    console.error(`no installation in ${path.resolve(config.DATA_DIR)} (DATA_DIR)`);
    return 2;
  }
  const password = fs.readFileSync(secretFile, 'utf8').trim();
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${config.EMBEDDED_PG_PORT}/postgres`;
  let pool = new pg.Pool({ connectionString: url, max: 2 });
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  try {
    await pool.query('SELECT 1');
  } catch {
    await pool.end();
    embedded = await startEmbeddedPostgres({
      dataDir: config.DATA_DIR,
      port: config.EMBEDDED_PG_PORT,
      log: pino({ level: 'warn' }),
    });
    pool = new pg.Pool({ connectionString: embedded.url, max: 2 });
  }
  try {
    const { dir, manifest } = await backupEmbedded({ pool, dataDir: config.DATA_DIR, outDir });
    const pruned = pruneBackups(outDir, keep);
    const bytes = manifest.entries.reduce((a, e) => a + e.size, 0);
    console.log(JSON.stringify({ backup: dir, ms: manifest.ms, bytes, counts: manifest.counts, pruned }));
    return 0;
  } finally {
    await pool.end();
    await embedded?.stop();
  }
});
