import fs from 'node:fs';
import { z } from 'zod';
import { defineModule, moduleRef } from '../platform/index.js';
import { registerAuditRoutes } from './audit.routes.js';
import { createAuditService, type AuditService } from './audit.service.js';
import { createAuditShipper, type AuditShipper } from './audit.ship.js';

export const auditRef = moduleRef<AuditService>('audit');

const config = z.object({
  /** Central collector for the audit log: `tcp://host:514` or `tls://host:6514` (RFC 5424, octet-counted). */
  AUDIT_SYSLOG_URL: z
    .string()
    .regex(/^(tcp|tls):\/\/[^/\s]+:\d+$/, 'tcp://host:port or tls://host:port')
    .optional(),
  /** PEM file of the collector's CA, for `tls://` collectors with a private CA. */
  AUDIT_SYSLOG_CA_FILE: z.string().optional(),
});

// The shipper is the module's running part; its API stays the audit service everyone uses.
const shippers = new WeakMap<AuditService, AuditShipper>();

export const auditModule = defineModule({
  ref: auditRef,
  description: 'Append-only, hash-chained audit log (nhật ký kiểm toán), shipped to a syslog collector',
  core: true,
  config,
  init: ({ db, core }) => createAuditService(db, { retentionMonths: core.AUDIT_RETENTION_MONTHS }),
  routes: (app, audit) => registerAuditRoutes(app, { audit }),
  async housekeeping(audit, { clock }) {
    return { auditPurged: await audit.purgeExpired(new Date(clock())) };
  },
  async start(audit, { db, logger, config: c }) {
    if (!c.AUDIT_SYSLOG_URL) return;
    const ca = c.AUDIT_SYSLOG_CA_FILE ? fs.readFileSync(c.AUDIT_SYSLOG_CA_FILE, 'utf8') : undefined;
    const shipper = createAuditShipper({ db, url: c.AUDIT_SYSLOG_URL, logger, ...(ca && { ca }) });
    shippers.set(audit, shipper);
    shipper.start();
  },
  async stop(audit) {
    await shippers.get(audit)?.stop();
  },
});
