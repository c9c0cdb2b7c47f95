/**
 * Backup and restore of an installation on the embedded PostgreSQL (R-PLAT-04): a consistent
 * physical copy of the cluster, taken with PostgreSQL's low-level base-backup API while it runs
 * (no client tools needed: Debian's pg_dump is older than the embedded server and refuses it),
 * plus the stored files, with a manifest of SHA-256 checksums. A restore checks every checksum,
 * writes a fresh data directory and lets PostgreSQL replay the copied WAL on its first start.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';

export const MANIFEST = 'manifest.json';

export interface BackupEntry {
  path: string;
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: 'vioc-backup/1';
  createdAt: string;
  serverVersion: string;
  startLsn: string;
  stopLsn: string;
  /** What the database held when the copy started (for the operator, and for the restore test). */
  counts: Record<string, number>;
  entries: BackupEntry[];
  ms: number;
}

/**
 * Left out of the copy, as PostgreSQL's documentation of base backups says: runtime state the
 * server rebuilds at start. pg_wal is copied apart, after the backup stops.
 */
const PG_SKIP = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
  'backup_label',
  'backup_manifest',
]);
const PG_EMPTY_DIRS = [
  'pg_wal/archive_status',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
];

/** Copies a tree; files that vanish while it is copied (PostgreSQL drops temp files) are skipped. */
function copyTree(from: string, to: string, skip: (rel: string) => boolean, rel = ''): void {
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(from, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  for (const e of entries) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (skip(r) || e.name.startsWith('pgsql_tmp')) continue;
    const src = path.join(from, e.name);
    const dst = path.join(to, e.name);
    if (e.isDirectory()) copyTree(src, dst, skip, r);
    else if (e.isFile())
      try {
        fs.copyFileSync(src, dst);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
  }
}

function sha256File(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let n: number;
    while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

function listFiles(root: string, rel = ''): string[] {
  return fs.readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(root, r) : e.isFile() ? [r] : [];
  });
}

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[:.]/g, '-')
    .replace(/-\d{3}Z$/, 'Z');

async function countsOf(client: pg.PoolClient): Promise<Record<string, number>> {
  const { rows } = await client.query<{ reports: number; files: number; audit: number; users: number }>(
    `SELECT (SELECT count(*) FROM reports)::int AS reports, (SELECT count(*) FROM files)::int AS files,
            (SELECT count(*) FROM audit_log)::int AS audit, (SELECT count(*) FROM users)::int AS users`,
  );
  return rows[0]!;
}

/**
 * A backup of the running embedded cluster in `dataDir` (and its files) into a new directory under
 * `outDir`; returns that directory. The database stays available throughout.
 */
export async function backupEmbedded(opts: {
  pool: pg.Pool;
  dataDir: string;
  outDir: string;
  now?: Date;
}): Promise<{ dir: string; manifest: BackupManifest }> {
  const started = performance.now();
  const root = path.resolve(opts.dataDir);
  const pgDir = path.join(root, 'pg');
  const dir = path.join(path.resolve(opts.outDir), `vioc-${stamp(opts.now ?? new Date())}`);
  if (fs.existsSync(dir)) throw new Error(`backup directory ${dir} already exists`);
  const work = `${dir}.partial`;
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true, mode: 0o700 });

  // The backup lives on one session: pg_backup_start and pg_backup_stop must share it.
  const client = await opts.pool.connect();
  let startLsn: string;
  let stopLsn: string;
  let counts: Record<string, number>;
  let serverVersion: string;
  try {
    serverVersion = (await client.query<{ v: string }>('SHOW server_version')).rows[0]!.v;
    counts = await countsOf(client);
    startLsn = (await client.query<{ lsn: string }>("SELECT pg_backup_start('vioc', true) AS lsn")).rows[0]!.lsn;
    try {
      copyTree(pgDir, path.join(work, 'pg'), (rel) => PG_SKIP.has(rel));
    } finally {
      const stop = await client.query<{ lsn: string; labelfile: string; spcmapfile: string | null }>(
        'SELECT lsn, labelfile, spcmapfile FROM pg_backup_stop(false)',
      );
      const s = stop.rows[0]!;
      stopLsn = s.lsn;
      fs.writeFileSync(path.join(work, 'pg', 'backup_label'), s.labelfile);
      if (s.spcmapfile) fs.writeFileSync(path.join(work, 'pg', 'tablespace_map'), s.spcmapfile);
    }
  } finally {
    client.release();
  }
  // After the stop: the WAL from the start's checkpoint to the stop is all in pg_wal now.
  copyTree(path.join(pgDir, 'pg_wal'), path.join(work, 'pg', 'pg_wal'), (rel) => rel === 'archive_status');
  for (const d of PG_EMPTY_DIRS) fs.mkdirSync(path.join(work, 'pg', d), { recursive: true, mode: 0o700 });
  // Files after the database: every file the copied rows name was stored before the copy ended.
  copyTree(path.join(root, 'files'), path.join(work, 'files'), () => false);
  fs.copyFileSync(path.join(root, 'pg.secret'), path.join(work, 'pg.secret'));

  const entries = listFiles(work).map((rel) => {
    const file = path.join(work, rel);
    return { path: rel, size: fs.statSync(file).size, sha256: sha256File(file) };
  });
  const manifest: BackupManifest = {
    format: 'vioc-backup/1',
    createdAt: (opts.now ?? new Date()).toISOString(),
    serverVersion,
    startLsn,
    stopLsn,
    counts,
    entries,
    ms: Math.round(performance.now() - started),
  };
  fs.writeFileSync(path.join(work, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  fs.renameSync(work, dir); // a backup directory without ".partial" is complete
  return { dir, manifest };
}

/** Every entry present with its size and checksum; the problems, or none. */
export function verifyBackup(dir: string): { manifest: BackupManifest; problems: string[] } {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file)) throw new Error(`${dir} is not a vioc backup (no ${MANIFEST})`);
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupManifest;
  if (manifest.format !== 'vioc-backup/1') throw new Error(`unknown backup format ${String(manifest.format)}`);
  const problems: string[] = [];
  for (const e of manifest.entries) {
    const p = path.join(dir, e.path);
    if (!fs.existsSync(p)) problems.push(`missing: ${e.path}`);
    else if (fs.statSync(p).size !== e.size || sha256File(p) !== e.sha256) problems.push(`changed: ${e.path}`);
  }
  return { manifest, problems };
}

/** The uid/gid of the `postgres` account, which runs the embedded server when we are root. */
function postgresAccount(): { uid: number; gid: number } | undefined {
  if (os.userInfo().uid !== 0) return undefined;
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) return undefined;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function chownTree(dir: string, owner: { uid: number; gid: number }): void {
  fs.chownSync(dir, owner.uid, owner.gid);
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) chownTree(p, owner);
    else fs.chownSync(p, owner.uid, owner.gid);
  }
}

/**
 * Writes the backup into `dataDir`, which must not hold a cluster yet (a restore never overwrites
 * live data). PostgreSQL replays the copied WAL on the first start of that directory.
 */
export function restoreBackup(opts: { backupDir: string; dataDir: string }): BackupManifest {
  const { manifest, problems } = verifyBackup(opts.backupDir);
  if (problems.length)
    throw new Error(`the backup is damaged (${problems.length}): ${problems.slice(0, 5).join(', ')}`);
  const root = path.resolve(opts.dataDir);
  if (fs.existsSync(path.join(root, 'pg', 'PG_VERSION')))
    throw new Error(`${root} already holds a database; restore into a new data directory`);
  fs.mkdirSync(root, { recursive: true });
  copyTree(path.join(opts.backupDir, 'pg'), path.join(root, 'pg'), () => false);
  for (const d of PG_EMPTY_DIRS) fs.mkdirSync(path.join(root, 'pg', d), { recursive: true, mode: 0o700 });
  fs.chmodSync(path.join(root, 'pg'), 0o700);
  copyTree(path.join(opts.backupDir, 'files'), path.join(root, 'files'), () => false);
  fs.copyFileSync(path.join(opts.backupDir, 'pg.secret'), path.join(root, 'pg.secret'));
  fs.chmodSync(path.join(root, 'pg.secret'), 0o600);
  const owner = postgresAccount();
  if (owner) chownTree(path.join(root, 'pg'), owner);
  return manifest;
}

/** Removes all but the newest `keep` complete backups in `outDir`; returns the removed names. */
export function pruneBackups(outDir: string, keep: number): string[] {
  if (!fs.existsSync(outDir)) return [];
  const all = fs
    .readdirSync(outDir)
    .filter((n) => /^vioc-\d{4}-\d{2}-\d{2}T[\d-]+Z$/.test(n) && fs.existsSync(path.join(outDir, n, MANIFEST)))
    .sort();
  const gone = all.slice(0, Math.max(0, all.length - keep));
  for (const n of gone) fs.rmSync(path.join(outDir, n), { recursive: true, force: true });
  return gone;
}
