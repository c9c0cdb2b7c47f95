import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../../config.js';
import { createAuditService } from '../audit/index.js';
import { createDatabase, migrate, startEmbeddedPostgres } from '../db/index.js';
import { allMigrations } from '../../modules.js';
import { seedDemoDatabase } from '../../server.js';
import { freePort } from '../../../test/support.js';
import { backupEmbedded, pruneBackups, restoreBackup, verifyBackup } from './backup.js';

const log = pino({ level: 'silent' });

test('a backup taken while the database is written restores into a new instance with every report, file and audit entry', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vioc-backup-'));
  const source = path.join(tmp, 'source');
  const target = path.join(tmp, 'restored');
  const out = path.join(tmp, 'backups');
  const pg1 = await startEmbeddedPostgres({ dataDir: source, port: await freePort(), log });
  try {
    const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', DATA_DIR: source });
    const a = createDatabase(pg1.url, 4);
    let manifest;
    let dir: string;
    try {
      await migrate(a.pool, allMigrations());
      await seedDemoDatabase({ config, db: a.db, pool: a.pool, url: pg1.url, logger: log }, { sample: true });
      // Writes go on during the copy: what was committed before the backup started must all be there.
      let writing = true;
      const writes = (async () => {
        let n = 0;
        while (writing) {
          await a.pool.query('INSERT INTO module_seeds (module) VALUES ($1)', [`during-backup-${n++}`]);
        }
        return n;
      })();
      ({ dir, manifest } = await backupEmbedded({ pool: a.pool, dataDir: source, outDir: out }));
      writing = false;
      assert.ok((await writes) > 0, 'the database took writes while it was copied');
      await a.pool.query("INSERT INTO module_seeds (module) VALUES ('after-backup')");
    } finally {
      await a.db.destroy();
    }
    assert.ok(manifest.counts.reports! >= 300 && manifest.counts.files! > 0, JSON.stringify(manifest.counts));
    assert.deepEqual(verifyBackup(dir).problems, []);

    // A damaged copy is refused before anything is written.
    const photo = manifest.entries.find((e) => e.path.startsWith('files/'))!;
    const photoPath = path.join(dir, photo.path);
    const original = fs.readFileSync(photoPath);
    fs.writeFileSync(photoPath, Buffer.concat([original, Buffer.from('x')]));
    assert.throws(() => restoreBackup({ backupDir: dir, dataDir: target }), /damaged \(1\): changed: files\//);
    assert.equal(fs.existsSync(path.join(target, 'pg')), false);
    fs.writeFileSync(photoPath, original);

    restoreBackup({ backupDir: dir, dataDir: target });
    assert.throws(() => restoreBackup({ backupDir: dir, dataDir: target }), /already holds a database/);
    const pg2 = await startEmbeddedPostgres({ dataDir: target, port: await freePort(), log });
    const b = createDatabase(pg2.url, 2);
    try {
      const { rows } = await b.pool.query<Record<string, number>>(
        `SELECT (SELECT count(*) FROM reports)::int AS reports, (SELECT count(*) FROM files)::int AS files,
                (SELECT count(*) FROM audit_log)::int AS audit, (SELECT count(*) FROM users)::int AS users`,
      );
      assert.deepEqual(rows[0], manifest.counts);
      const after = await b.pool.query("SELECT 1 FROM module_seeds WHERE module = 'after-backup'");
      assert.equal(after.rowCount, 0, 'nothing written after the backup ended');
      const verified = await createAuditService(b.db, { retentionMonths: 12 }).verify();
      assert.equal(verified.ok, true, JSON.stringify(verified));
      // Every stored file the restored rows name is in the restored data directory.
      const keys = await b.pool.query<{ storage_key: string }>('SELECT storage_key FROM files');
      const missing = keys.rows.filter((r) => !fs.existsSync(path.join(target, 'files', r.storage_key)));
      assert.deepEqual(missing, []);
    } finally {
      await b.db.destroy();
      await pg2.stop();
    }
    assert.deepEqual(pruneBackups(out, 1), []);
  } finally {
    await pg1.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
