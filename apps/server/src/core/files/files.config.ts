import path from 'node:path';
import type { Config } from '../../config.js';
import type { FileLimits } from './files.service.js';
import { localStorage, s3Storage, type FileStorage } from './files.storage.js';

/** Storage, limits and spool directory from the configuration (README: FILE_* and FILES_S3_*). */
export function filesOptionsFrom(config: Config): { storage: FileStorage; limits: FileLimits; tmpRoot: string } {
  const dataDir = path.resolve(config.DATA_DIR);
  const storage = config.FILES_S3_BUCKET
    ? s3Storage({
        bucket: config.FILES_S3_BUCKET,
        endpoint: config.FILES_S3_ENDPOINT,
        region: config.FILES_S3_REGION,
        accessKeyId: config.FILES_S3_ACCESS_KEY_ID,
        secretAccessKey: config.FILES_S3_SECRET_ACCESS_KEY,
        forcePathStyle: config.FILES_S3_FORCE_PATH_STYLE,
      })
    : localStorage(path.join(dataDir, 'files'));
  return {
    storage,
    tmpRoot: path.join(dataDir, 'tmp', 'uploads'),
    limits: {
      maxBytes: {
        photo: config.FILE_MAX_PHOTO_BYTES,
        video: config.FILE_MAX_VIDEO_BYTES,
        document: config.FILE_MAX_DOCUMENT_BYTES,
      },
      image: { maxPixels: config.FILE_MAX_IMAGE_PIXELS, maxSide: 4096, thumbSide: 320 },
      orphanGraceHours: config.FILE_ORPHAN_GRACE_HOURS,
    },
  };
}
