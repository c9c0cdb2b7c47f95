import path from 'node:path';
import { loadConfig } from '../config.js';
import { restoreBackup } from '../core/backup/index.js';
import { run } from './common.js';

/**
 * `npm run restore -- <backup dir> [--data-dir DIR]`: checks every checksum, then writes the backup
 * into a data directory that holds no database yet (DATA_DIR by default). `npm start` with that
 * DATA_DIR then replays the copied WAL and serves the restored installation.
 */
run(async () => {
  const args = process.argv.slice(2);
  const backupDir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--data-dir');
  if (!backupDir) {
    console.error('usage: npm run restore -- <backup directory> [--data-dir DIR]');
    return 2;
  }
  const i = args.indexOf('--data-dir');
  const dataDir = path.resolve(i >= 0 && args[i + 1] ? args[i + 1]! : loadConfig().DATA_DIR);
  const manifest = restoreBackup({ backupDir: path.resolve(backupDir), dataDir });
  console.log(
    JSON.stringify({
      restored: path.resolve(backupDir),
      into: dataDir,
      createdAt: manifest.createdAt,
      counts: manifest.counts,
    }),
  );
  return 0;
});
