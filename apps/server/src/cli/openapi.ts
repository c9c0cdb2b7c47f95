import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../config.js';
import { openDatabase } from '../core/db/index.js';
import { buildServer } from '../server.js';
import { allMigrations } from '../modules.js';
import { run } from './common.js';

export const OPENAPI_FILE = path.resolve(import.meta.dirname, '../../../../docs/openapi.json');

/** `npm run openapi`: regenerates docs/openapi.json from the routes' zod schemas. */
run(async () => {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' });
  const log = pino({ level: 'silent' });
  const database = await openDatabase(config, log, allMigrations());
  try {
    const server = await buildServer({ config, db: database.db, pool: database.pool, url: database.url, logger: log });
    fs.writeFileSync(OPENAPI_FILE, JSON.stringify(server.app.swagger(), null, 2) + '\n');
    await server.app.close();
    console.log(`wrote ${path.relative(process.cwd(), OPENAPI_FILE)}`);
    return 0;
  } finally {
    await database.close();
  }
});
