/**
 * modules/reports — citizen field reports (phản ánh hiện trường). The only
 * file other modules may import. Channels (email, Open311, webhooks, hotline)
 * call `reports.submit(input, { channel, actor, ip, idempotencyKey })`.
 */
export { createReportsService } from './reports.service.js';
export type { ReportsService, ReportsDeps, ReportsOptions, SubmitOptions } from './reports.service.js';
export { registerReportRoutes } from './reports.routes.js';
export { registerCategoryRoutes } from './categories.routes.js';
export { DEMO_CATEGORIES } from './seed/categories.js';
export { seedDemoReports } from './seed/demo-reports.js';
export { reportsErrors } from './reports.errors.js';
export { REPORT_EVENTS } from './reports.events.js';
export { REPORT_JOBS } from './reports.jobs.js';
export { registerOpen311Routes } from './channels/open311.js';
export { registerIntakeRoutes } from './channels/intake.routes.js';
export { createMailIntake, parseLocation, type MailIntake, type MailOutcome } from './channels/mail.js';
export { reportsModule, reportsRef, type ReportsApi } from './reports.module.js';
