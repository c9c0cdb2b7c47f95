import pino from 'pino';
import { loadConfig } from '../config.js';
import { openDatabase, type OpenDatabase } from '../core/db/index.js';
import { allMigrations } from '../modules.js';

/** Opens the configured database (embedded when DATABASE_URL is unset) for a one-off command. */
export async function openForCli(): Promise<OpenDatabase & { log: pino.Logger }> {
  const config = loadConfig();
  const log = pino({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL });
  const database = await openDatabase(config, log, allMigrations());
  return { ...database, log };
}

export function run(task: () => Promise<number>): void {
  task().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
