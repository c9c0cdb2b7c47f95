/** core/backup — consistent backups of the embedded installation and their restore (R-PLAT-04). */
export { backupEmbedded, pruneBackups, restoreBackup, verifyBackup, type BackupManifest } from './backup.js';
export { backupModule, backupRef, type BackupApi } from './backup.module.js';
