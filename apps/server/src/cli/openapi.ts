import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../config.js';
import { openDatabase } from '../core/db/index.js';
import { buildServer } from '../server.js';
import { allMigrations } from '../modules.js';
import { run } from './common.js';
import { API_TYPES_FILE, OPENAPI_FILE, writeApiTypes } from './web-api-types.js';

/**
 * `npm run openapi`: regenerates docs/openapi.json from the routes' zod schemas, and the web client's
 * types from it (they would be stale the moment the document changes).
 */
run(async () => {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' });
  const log = pino({ level: 'silent' });
  const database = await openDatabase(config, log, allMigrations());
  try {
    const server = await buildServer({ config, db: database.db, pool: database.pool, url: database.url, logger: log });
    const doc = server.app.swagger();
    fs.writeFileSync(OPENAPI_FILE, JSON.stringify(doc, null, 2) + '\n');
    await server.app.close();
    console.log(`wrote ${path.relative(process.cwd(), OPENAPI_FILE)}`);
    // from the written text, as api:types reads it: the same input gives the same file
    await writeApiTypes(JSON.parse(fs.readFileSync(OPENAPI_FILE, 'utf8')) as object, false);
    console.log(`wrote ${path.relative(process.cwd(), API_TYPES_FILE)}`);
    return 0;
  } finally {
    await database.close();
  }
});
