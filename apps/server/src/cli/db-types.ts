import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createDatabase, migrate, startEmbeddedPostgres } from '../core/db/index.js';
import { generateTableTypes } from '../core/db/codegen.js';
import { run } from './common.js';
import { allMigrations, moduleTables } from '../modules.js';

/**
 * `npm run db:types [-- --check]`: migrates a throw-away embedded PostgreSQL and regenerates the
 * table types from it (core/db/codegen.ts). --check writes nothing and exits 1 when a committed
 * file differs. A scratch cluster rather than DATABASE_URL: the types follow the migrations, not
 * whatever state a developer's database is in.
 */
run(async () => {
  const check = process.argv.includes('--check');
  // 'error': the scratch cluster's own notices (a temp dir made traversable for root) are noise here.
  const log = pino({ level: 'error' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vioc-db-types-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), log });
  try {
    const { db, pool } = createDatabase(pg.url, 2);
    try {
      await migrate(pool, allMigrations());
      const files = await generateTableTypes(db, moduleTables());
      let stale = 0;
      for (const [file, text] of files) {
        const rel = path.relative(process.cwd(), file);
        const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
        if (current === text) continue;
        if (check) {
          console.error(`${rel} is out of date: run npm run db:types`);
          stale++;
        } else {
          fs.writeFileSync(file, text);
          console.log(`wrote ${rel}`);
        }
      }
      if (stale === 0) console.log(check ? 'table types are up to date' : 'done');
      return stale === 0 ? 0 : 1;
    } finally {
      await db.destroy();
    }
  } finally {
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

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
