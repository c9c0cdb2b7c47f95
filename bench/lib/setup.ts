/** Scratch PostgreSQL for a bench, and CPU accounting of the processes taking part. */
import { allMigrations } from '../../apps/server/src/modules.js';
import path from 'node:path';
import pino from 'pino';
import { loadConfig, type Config } from '../../apps/server/src/config.js';
import { createDatabase, migrate, startEmbeddedPostgres } from '../../apps/server/src/core/db/index.js';
import { seedDemoDatabase } from '../../apps/server/src/server.js';
import { defer, freePort, log, machineBusyMs, postgresCpuMs, processCpuMs, round, scratchDir } from './common.js';

export interface ScratchDatabase {
  url: string;
  pgDir: string;
  config: Config;
  db: ReturnType<typeof createDatabase>['db'];
  pool: ReturnType<typeof createDatabase>['pool'];
}

/**
 * Embedded PostgreSQL in .tmp/bench-<pid>/data, migrated (and seeded with the
 * demo province when asked), plus the app's pool on it; all removed by the cleanup.
 */
export async function scratchDatabase(opts: { seed: boolean; env?: Record<string, string> }): Promise<ScratchDatabase> {
  const dataDir = path.join(scratchDir(), 'data');
  log('starting embedded PostgreSQL in', dataDir);
  const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: pino({ level: 'warn' }) });
  defer('embedded PostgreSQL', () => embedded.stop());
  const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', ...opts.env });
  const { db, pool } = createDatabase(embedded.url, config.DB_POOL_SIZE);
  defer('database pool', () => db.destroy());
  await migrate(pool, allMigrations());
  if (opts.seed) {
    log('seeding the demo province');
    await seedDemoDatabase(
      { config, db, pool, url: embedded.url, logger: pino({ level: 'silent' }) },
      { sample: false },
    );
  }
  return { url: embedded.url, pgDir: path.join(dataDir, 'pg'), config, db, pool };
}

/**
 * CPU used during a window by this process (`selfLabel`), the PostgreSQL cluster, the given
 * child processes and everything else on the machine, in % of one core (the
 * machine has 100 % per core).
 */
export function cpuWindow(pgDir: string, children: Record<string, number | undefined>, selfLabel = 'server') {
  const t0 = performance.now();
  const self0 = process.cpuUsage();
  const pg0 = postgresCpuMs(pgDir);
  const m0 = machineBusyMs();
  const c0 = Object.fromEntries(Object.entries(children).map(([k, pid]) => [k, processCpuMs(pid)]));
  return () => {
    const wall = performance.now() - t0;
    const self = process.cpuUsage(self0);
    const selfMs = (self.user + self.system) / 1000;
    const pg1 = postgresCpuMs(pgDir);
    const m1 = machineBusyMs();
    const pct = (ms: number | undefined) => (ms === undefined ? null : round((ms / wall) * 100, 1));
    const childMs: Record<string, number | undefined> = {};
    for (const [k, pid] of Object.entries(children)) {
      const a = c0[k];
      const b = processCpuMs(pid);
      childMs[k] = a === undefined || b === undefined ? undefined : b - a;
    }
    const pgMs = pg0 === undefined || pg1 === undefined ? undefined : pg1 - pg0;
    const machineMs = m0 === undefined || m1 === undefined ? undefined : m1 - m0;
    const known = selfMs + (pgMs ?? 0) + Object.values(childMs).reduce<number>((a, b) => a + (b ?? 0), 0);
    return {
      windowMs: round(wall, 0),
      cpuPercent: {
        [selfLabel]: pct(selfMs),
        postgres: pct(pgMs),
        ...Object.fromEntries(Object.entries(childMs).map(([k, v]) => [k, pct(v)])),
        machine: pct(machineMs),
        other: machineMs === undefined ? null : Math.max(0, pct(machineMs - known)!),
      },
    };
  };
}
