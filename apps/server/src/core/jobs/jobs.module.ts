import { auditRef } from '../audit/index.js';
import { eventsRef } from '../events/index.js';
import { defineModule, moduleRef } from '../platform/index.js';
import { createJobs, type Jobs } from './jobs.js';
import { registerOpsRoutes } from './ops.routes.js';

export const jobsRef = moduleRef<Jobs>('jobs');

export const jobsModule = defineModule({
  ref: jobsRef,
  description: 'Background jobs (pg-boss): delays, retries, schedules; admin views of queues and dead letters',
  core: true,
  deps: { audit: auditRef, bus: eventsRef },
  init: ({ url, logger }) => createJobs({ url, logger }),
  routes: (app, jobs, { db, deps }) => registerOpsRoutes(app, { db, jobs, bus: deps.bus, audit: deps.audit }),
  start: (jobs) => jobs.start(),
  stop: (jobs) => jobs.stop(),
});
