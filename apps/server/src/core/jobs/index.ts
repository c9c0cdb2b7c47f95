export { createJobs, JOBS_SCHEMA, type Jobs, type JobHandler, type JobOptions } from './jobs.js';
export { registerOpsRoutes } from './ops.routes.js';
export { jobsModule, jobsRef } from './jobs.module.js';
