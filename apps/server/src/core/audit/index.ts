export { createAuditService, GENESIS_HASH } from './audit.service.js';
export type { AuditService, AuditContext, AuditEntry, VerifyResult } from './audit.service.js';
export type { AuditFilter, AuditRow } from './audit.repo.js';
export { registerAuditRoutes } from './audit.routes.js';
export { auditModule, auditRef } from './audit.module.js';
export { canonicalJson } from './canonical.js';
