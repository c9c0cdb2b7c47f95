import path from 'node:path';
import { z } from 'zod';
import { auditRef } from '../../core/audit/index.js';
import { authRef } from '../../core/auth/index.js';
import { calendarRef } from '../../core/calendar/index.js';
import { eventsRef } from '../../core/events/index.js';
import { filesRef } from '../../core/files/index.js';
import { jobsRef } from '../../core/jobs/index.js';
import { notifyRef } from '../../core/notify/index.js';
import { orgRef } from '../../core/org/index.js';
import { defineModule, moduleRef } from '../../core/platform/index.js';
import { registerCategoryRoutes } from './categories.routes.js';
import { registerIntakeRoutes } from './channels/intake.routes.js';
import { createMailIntake, type MailIntake } from './channels/mail.js';
import { registerOpen311Routes } from './channels/open311.js';
import { reportsEvents } from '@vioc/contracts';
import { seedReportCategories } from './seed/categories.js';
import { seedDemoReports } from './seed/demo-reports.js';
import { REPORT_TEMPLATES } from './reports.templates.js';
import { registerReportRoutes } from './reports.routes.js';
import { createReportsService, type ReportsService } from './reports.service.js';

const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);

/** The module's environment (README's configuration table lists the same). */
const config = z.object({
  REPORTS_SUBMIT_PER_IP_PER_HOUR: int(20, 1),
  REPORTS_SUBMIT_PER_CONTACT_PER_DAY: int(10, 1),
  REPORTS_OBJECTION_DAYS: int(7, 1),
  REPORTS_DUPLICATE_RADIUS_M: int(200, 1),
  REPORTS_DUPLICATE_DAYS: int(30, 1),
  REPORTS_DUPLICATE_SIMILARITY: z.coerce.number().min(0).max(1).default(0.4),
  MAIL_INTAKE_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  MAIL_INTAKE_HOST: z.string().default('0.0.0.0'),
  MAIL_INTAKE_ADDRESS: z.string().email().default('phananh@ioc.tayninh.gov.vn'),
  MAIL_INTAKE_MAX_BYTES: int(10 * 1024 * 1024, 1024),
  MAIL_INTAKE_CATEGORY: z.string().default('khac'),
});

export interface ReportsApi {
  service: ReportsService;
  /** The SMTP listener for citizens' mail; null unless MAIL_INTAKE_PORT is set. */
  mailIntake: MailIntake | null;
}

export const reportsRef = moduleRef<ReportsApi>('reports');

export const reportsModule = defineModule({
  ref: reportsRef,
  description: 'Citizen field reports (phản ánh hiện trường): intake, routing, handling, deadlines, statistics',
  deps: {
    audit: auditRef,
    bus: eventsRef,
    org: orgRef,
    files: filesRef,
    calendar: calendarRef,
    notify: notifyRef,
    auth: authRef,
    jobs: jobsRef,
  },
  config,
  migrations: path.join(import.meta.dirname, 'migrations'),
  tables: ['reports', 'report_*'],
  templates: REPORT_TEMPLATES,
  events: reportsEvents,
  permissions: [
    { name: 'reports.submit', vi: 'Gửi phản ánh', en: 'Submit a report', roles: ['public'] },
    { name: 'reports.verify', vi: 'Xác minh, phân loại phản ánh', en: 'Verify reports', roles: ['operator'] },
    { name: 'reports.handle', vi: 'Xử lý phản ánh', en: 'Handle reports', roles: ['officer', 'unit_leader'] },
    { name: 'reports.approve', vi: 'Duyệt, công khai trả lời', en: 'Approve answers', roles: ['unit_leader'] },
    { name: 'reports.statistics', vi: 'Thống kê phản ánh', en: 'Report statistics', roles: ['leader', 'operator'] },
  ],
  init({ db, clock, logger, core, config: c, deps: d }): ReportsApi {
    const service = createReportsService({
      db,
      audit: d.audit,
      publish: d.bus.publish,
      org: d.org,
      files: d.files,
      calendar: d.calendar,
      notify: d.notify.notify,
      members: d.auth.repo.activeMembers,
      contactOf: d.auth.repo.contactOf,
      jobs: d.jobs,
      clock,
      options: {
        objectionDays: c.REPORTS_OBJECTION_DAYS,
        duplicateRadiusM: c.REPORTS_DUPLICATE_RADIUS_M,
        duplicateDays: c.REPORTS_DUPLICATE_DAYS,
        duplicateSimilarity: c.REPORTS_DUPLICATE_SIMILARITY,
        submitPerContactPerDay: c.REPORTS_SUBMIT_PER_CONTACT_PER_DAY,
      },
    });
    const mailIntake =
      c.MAIL_INTAKE_PORT === undefined
        ? null
        : createMailIntake({
            reports: service,
            files: d.files,
            notify: d.notify.notify,
            logger,
            options: {
              port: c.MAIL_INTAKE_PORT,
              host: c.MAIL_INTAKE_HOST,
              address: c.MAIL_INTAKE_ADDRESS,
              maxBytes: c.MAIL_INTAKE_MAX_BYTES,
              categoryCode: c.MAIL_INTAKE_CATEGORY,
              ...(core.PUBLIC_URL && { publicUrl: core.PUBLIC_URL }),
            },
          });
    return { service, mailIntake };
  },
  async routes(app, { service: reports }, { core, config: c, deps: d }) {
    registerCategoryRoutes(app, { reports });
    registerReportRoutes(app, {
      reports,
      submitPerIpPerHour: c.REPORTS_SUBMIT_PER_IP_PER_HOUR,
      publicPerMinute: core.RATE_LIMIT_PUBLIC_PER_MINUTE,
    });
    registerIntakeRoutes(app, { reports });
    await registerOpen311Routes(app, {
      reports,
      apiKeys: d.auth.apiKeys,
      ...(core.PUBLIC_URL && { publicUrl: core.PUBLIC_URL }),
      submitPerIpPerHour: c.REPORTS_SUBMIT_PER_IP_PER_HOUR,
    });
  },
  /** Categories and routing rules always (tests rely on them); a few hundred reports with photos on a real start. */
  async seed(_api, { db, province, sample, progress, deps: d }) {
    const started = performance.now();
    const catalogue = await seedReportCategories(db, province);
    progress({
      what: 'categories',
      label: 'lĩnh vực / categories',
      count: catalogue.categories,
      ms: performance.now() - started,
    });
    if (!sample) return catalogue;
    const demo = await seedDemoReports(db, d.audit, { files: d.files, progress });
    return { ...catalogue, ...demo };
  },
  start: async ({ mailIntake }) => void (await mailIntake?.start()),
  stop: async ({ mailIntake }) => void (await mailIntake?.stop()),
});
