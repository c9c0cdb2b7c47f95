import { auditRef } from '../audit/index.js';
import { authRef } from '../auth/index.js';
import { eventsRef } from '../events/index.js';
import { jobsRef } from '../jobs/index.js';
import { defineModule, moduleRef } from '../platform/index.js';
import { notifyOptionsFrom } from './notify.config.js';
import { registerNotifyRoutes } from './notify.routes.js';
import { notifyEvents } from '@vioc/contracts';
import { createNotifyService, type NotifyService } from './notify.service.js';

export const notifyRef = moduleRef<NotifyService>('notify');

export const notifyModule = defineModule({
  ref: notifyRef,
  description: 'Notifications: in-app inbox, email (SMTP), SMS (HTTP contract), Web Push',
  core: true,
  deps: { audit: auditRef, bus: eventsRef, jobs: jobsRef, auth: authRef },
  events: notifyEvents,
  init({ db, core, logger, clock, deps }) {
    const notify = createNotifyService({
      db,
      publish: deps.bus.publish,
      jobs: deps.jobs,
      audit: deps.audit,
      contactOf: deps.auth.repo.contactOf,
      logger,
      options: notifyOptionsFrom(core),
      clock,
    });
    // Registration codes by SMS/email where those channels are configured (auth's extension point).
    deps.auth.deliverCodesWith((fallback) => notify.codeSender(fallback));
    return notify;
  },
  routes: (app, notify) => registerNotifyRoutes(app, { notify }),
});
