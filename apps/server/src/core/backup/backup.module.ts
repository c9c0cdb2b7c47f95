import path from 'node:path';
import { z } from 'zod';
import { auditRef } from '../audit/index.js';
import { defineModule, moduleRef } from '../platform/index.js';
import { backupEmbedded, pruneBackups } from './backup.js';

export interface BackupApi {
  /** One backup now, then the oldest beyond BACKUP_KEEP removed; the new directory. */
  run(): Promise<string>;
}

export const backupRef = moduleRef<BackupApi>('backup');

const config = z.object({
  BACKUP_DIR: z.string().default('./backups'),
  /** Cron (Asia/Ho_Chi_Minh), e.g. `30 1 * * *`; unset: backups only by `npm run backup`. */
  BACKUP_CRON: z.string().optional(),
  BACKUP_KEEP: z.coerce.number().int().min(1).default(7),
});

/**
 * Scheduled backups of the embedded installation (R-PLAT-04). With DATABASE_URL the cluster is
 * someone else's to back up (its own tools, WAL archiving: docs/operations.md), and nothing runs.
 */
export const backupModule = defineModule({
  ref: backupRef,
  description: 'Sao lưu định kỳ / scheduled backups of the embedded database and stored files',
  core: true,
  deps: { audit: auditRef },
  config,
  init: ({ pool, core, config: c, logger, deps }): BackupApi => ({
    async run() {
      if (core.DATABASE_URL) throw new Error('backups of an external database are made with its own tools');
      const { dir, manifest } = await backupEmbedded({ pool, dataDir: core.DATA_DIR, outDir: c.BACKUP_DIR });
      const pruned = pruneBackups(path.resolve(c.BACKUP_DIR), c.BACKUP_KEEP);
      logger.info({ dir, ms: manifest.ms, counts: manifest.counts, pruned }, 'backup made');
      await deps.audit.recordAlone(
        { actorId: null, actorLabel: 'system', ip: null, userAgent: null },
        {
          action: 'system.backup',
          targetType: 'backup',
          targetId: path.basename(dir),
          after: { ...manifest.counts, ms: manifest.ms, pruned: pruned.length },
        },
      );
      return dir;
    },
  }),
  jobs: (api, { core, config: c }) =>
    c.BACKUP_CRON && !core.DATABASE_URL
      ? [
          {
            name: 'backup.run',
            cron: c.BACKUP_CRON,
            options: { retryLimit: 1 },
            handler: async () => void (await api.run()),
          },
        ]
      : [],
});
