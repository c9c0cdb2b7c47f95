export { createFilesService } from './files.service.js';
export type { AttachTarget, AttachmentAccessRule, BufferMeta, FileLimits, FilesService } from './files.service.js';
export type { FileDto } from './files.dto.js';
export { registerFilesRoutes } from './files.routes.js';
export { filesOptionsFrom } from './files.config.js';
export { localStorage, s3Storage } from './files.storage.js';
export type { FileStorage } from './files.storage.js';
export { filesErrors } from './files.errors.js';
export { FILE_KINDS, type FileKind } from './files.inspect.js';
