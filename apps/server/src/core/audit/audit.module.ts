import { defineModule, moduleRef } from '../platform/index.js';
import { registerAuditRoutes } from './audit.routes.js';
import { createAuditService, type AuditService } from './audit.service.js';

export const auditRef = moduleRef<AuditService>('audit');

export const auditModule = defineModule({
  ref: auditRef,
  description: 'Append-only, hash-chained audit log (nhật ký kiểm toán)',
  core: true,
  init: ({ db, core }) => createAuditService(db, { retentionMonths: core.AUDIT_RETENTION_MONTHS }),
  routes: (app, audit) => registerAuditRoutes(app, { audit }),
  async housekeeping(audit, { clock }) {
    return { auditPurged: await audit.purgeExpired(new Date(clock())) };
  },
});
