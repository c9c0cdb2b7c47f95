import { loadConfig } from '../config.js';
import { createAuditService } from '../core/audit/index.js';
import { openForCli, run } from './common.js';

/** `npm run audit:verify`: walks the hash chain; exits 1 and names the first bad entry when it is broken. */
run(async () => {
  const database = await openForCli();
  try {
    const audit = createAuditService(database.db, { retentionMonths: loadConfig().AUDIT_RETENTION_MONTHS });
    const result = await audit.verify();
    console.log(JSON.stringify(result));
    return result.ok ? 0 : 1;
  } finally {
    await database.close();
  }
});
