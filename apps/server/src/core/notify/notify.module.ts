import { auditRef } from '../audit/index.js';
import { accountsRepo } from '../auth/index.js';
import { eventsRef } from '../events/index.js';
import { jobsRef } from '../jobs/index.js';
import { defineModule, moduleRef } from '../platform/index.js';
import { notifyOptionsFrom } from './notify.config.js';
import { registerNotifyRoutes } from './notify.routes.js';
import { createNotifyService, INBOX_CHANGED, type NotifyService } from './notify.service.js';

export const notifyRef = moduleRef<NotifyService>('notify');

export const notifyModule = defineModule({
  ref: notifyRef,
  description: 'Notifications: in-app inbox, email (SMTP), SMS (HTTP contract), Web Push',
  core: true,
  deps: { audit: auditRef, bus: eventsRef, jobs: jobsRef },
  events: { [INBOX_CHANGED]: null },
  init: ({ db, core, logger, clock, deps }) =>
    createNotifyService({
      db,
      publish: deps.bus.publish,
      jobs: deps.jobs,
      audit: deps.audit,
      // Contacts are read with auth's repository functions, not through the auth module: auth
      // itself sends its codes through notify, so a module dependency would be a cycle.
      contactOf: accountsRepo(db).contactOf,
      logger,
      options: notifyOptionsFrom(core),
      clock,
    }),
  routes: (app, notify) => registerNotifyRoutes(app, { notify }),
});
