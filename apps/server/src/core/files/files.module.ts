import { auditRef } from '../audit/index.js';
import { orgRef } from '../org/index.js';
import { defineModule, moduleRef } from '../platform/index.js';
import { filesOptionsFrom } from './files.config.js';
import { registerFilesRoutes } from './files.routes.js';
import { createFilesService, type FilesService } from './files.service.js';

export const filesRef = moduleRef<FilesService>('files');

export const filesModule = defineModule({
  ref: filesRef,
  description: 'Uploads checked by content, photo re-encoding, local disk or S3',
  core: true,
  deps: { audit: auditRef, org: orgRef },
  init: ({ db, core, logger, deps }) =>
    createFilesService({ db, audit: deps.audit, org: deps.org, log: logger, ...filesOptionsFrom(core) }),
  routes: (app, files) => registerFilesRoutes(app, { files }),
});
