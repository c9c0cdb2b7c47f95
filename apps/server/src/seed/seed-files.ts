import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { AuditService } from '../core/audit/index.js';
import type { Database } from '../core/db/schema.js';
import { createFilesService, filesOptionsFrom, type FilesService } from '../core/files/index.js';
import { createOrgService } from '../core/org/index.js';

export type DemoPhotoStore = Pick<FilesService, 'storeBufferCopies' | 'attach'>;

/**
 * The files service the demo seed stores its generated photos with, before the
 * server exists (same storage and limits as the server's). Org is only used for
 * scoped reads, which storing system files never does; events are not needed.
 */
export function demoSeedFiles(db: Kysely<Database>, audit: AuditService, config: Config): DemoPhotoStore {
  const org = createOrgService({ db, audit, publish: async () => undefined });
  return createFilesService({ db, audit, org, ...filesOptionsFrom(config) });
}
