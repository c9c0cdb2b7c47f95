import type { Kysely } from 'kysely';
import type { Role } from '@vioc/contracts';
import type { Database } from '../../core/db/index.js';
import type { AuditContext, AuditService } from '../../core/audit/index.js';
import { pathWithin, type Actor } from '../../core/auth/index.js';
import type { NewEvent } from '../../core/events/index.js';
import type { OrgService } from '../../core/org/index.js';
import type { FilesService } from '../../core/files/index.js';
import type { CalendarService } from '../../core/calendar/index.js';
import type { NotifyService, Recipient, TemplateData, TemplateKey } from '../../core/notify/index.js';
import type { Jobs } from '../../core/jobs/index.js';
import { createAccess } from './access.js';
import { categoriesRepo } from './categories.repo.js';
import { createCategoriesService } from './categories.service.js';
import { createRouting } from './routing.js';
import { listsRepo } from './lists.repo.js';
import { reportsRepo, type ReportRow } from './reports.repo.js';

export interface ReportsOptions {
  /** Days after publication during which the reporter may rate, object, and the report stays open. */
  objectionDays: number;
  duplicateRadiusM: number;
  duplicateDays: number;
  /** pg_trgm similarity (0–1) from which two reports' texts count as similar. */
  duplicateSimilarity: number;
  submitPerContactPerDay: number;
}

export interface Member {
  user_id: string;
  unit_id: string;
  role: string;
  unit_path: string;
  full_name: string;
}

/** Everything the module uses, and nothing more. */
export interface ReportsDeps {
  db: Kysely<Database>;
  audit: AuditService;
  publish: (trx: Kysely<Database>, e: NewEvent) => Promise<unknown>;
  org: Pick<OrgService, 'unitAt' | 'areaPaths' | 'unitPaths' | 'getUnit' | 'rootProvince'>;
  files: Pick<FilesService, 'attach' | 'describe' | 'listAttached' | 'registerAttachmentAccess' | 'checkGuestUploads'>;
  calendar: Pick<CalendarService, 'addWorkingDays' | 'isWorkingDay' | 'days'>;
  notify: NotifyService['notify'];
  /** Active people holding a role on units (core/auth): recipients of work notices. */
  members: (roles: readonly Role[], unitIds?: readonly string[]) => Promise<Member[]>;
  /** An account's name and contacts (core/auth), for a signed-in reporter. */
  contactOf: (userId: string) => Promise<{ full_name: string; email: string | null; phone: string | null } | undefined>;
  jobs: Pick<Jobs, 'define' | 'send' | 'schedule'>;
  clock?: () => number;
  options: ReportsOptions;
}

export const SYSTEM_CONTEXT: AuditContext = { actorId: null, actorLabel: 'system', ip: null, userAgent: null };
export const SYSTEM_LABEL = 'Hệ thống';

// Vietnam time is shared with the web (packages/contracts/src/vntime.ts); re-exported for the module's files.
export { formatVn, vnDayStart, vnYear } from '@vioc/contracts';

/**
 * Pages of a report that notifications link to (apps/web routes; emails prefix PUBLIC_URL): the reporter's is
 * the public page (a signed-in reporter sees their report there before it is public), staff's opens the
 * operations queue with that report's drawer open.
 */
export const reportUrl = (id: string) => `/public/reports/${id}`;
export const opsUrl = (id: string) => `/ops/reports/${id}`;

/** The shared kernel of the module's parts: repositories, access, clock, recipients. */
export function createContext(deps: ReportsDeps) {
  const clock = deps.clock ?? Date.now;
  const repo = reportsRepo(deps.db);
  const lists = listsRepo(deps.db);
  const catRepo = categoriesRepo(deps.db);
  const categories = createCategoriesService({ db: deps.db, audit: deps.audit, org: deps.org });
  const routing = createRouting({ org: deps.org, repo: catRepo });
  const access = createAccess({ org: deps.org, clock });

  /** The reporters of a report and of the reports merged into it, as notify recipients. */
  async function reporterRecipients(
    trx: Kysely<Database>,
    rootId: string,
  ): Promise<{ reportId: string; recipient: Recipient; code: string; title: string }[]> {
    const rows = await repo.reportersOfGroup(rootId, trx);
    return rows.flatMap((p) => {
      const recipient: Recipient | null = p.user_id
        ? p.user_id
        : p.email || p.phone
          ? { ...(p.email && { email: p.email }), ...(p.phone && { phone: p.phone }) }
          : null;
      return recipient ? [{ reportId: p.report_id, recipient, code: p.code, title: p.title }] : [];
    });
  }

  async function reporterRecipient(trx: Kysely<Database>, reportId: string): Promise<Recipient | null> {
    const p = await repo.reporterOf(reportId, trx);
    if (!p) return null;
    if (p.user_id) return p.user_id;
    if (p.email || p.phone) return { ...(p.email && { email: p.email }), ...(p.phone && { phone: p.phone }) };
    return null;
  }

  /** People of a unit with the roles (the handling unit's officers, its leader). */
  async function unitPeople(unitId: string | null, roles: readonly Role[]): Promise<string[]> {
    if (!unitId) return [];
    return [...new Set((await deps.members(roles, [unitId])).map((m) => m.user_id))];
  }

  /** IOC operators whose area covers the place. */
  async function operatorsFor(areaPath: string): Promise<string[]> {
    const ops = await deps.members(['operator']);
    const areas = await access.areasOf([...new Set(ops.map((o) => o.unit_id))]);
    return [...new Set(ops.filter((o) => pathWithin(areaPath, areas.get(o.unit_id) ?? '~')).map((o) => o.user_id))];
  }

  /** Notifies each recipient inside the transaction: the notices exist exactly when the change commits. */
  async function notifyAll<K extends TemplateKey>(
    trx: Kysely<Database>,
    recipients: readonly Recipient[],
    template: K,
    data: TemplateData<K>,
  ): Promise<void> {
    for (const r of recipients) await deps.notify(r, template, data, undefined, { trx });
  }

  function actorLabel(actor: Actor | null): string {
    return actor ? actor.label : SYSTEM_LABEL;
  }

  return {
    deps,
    db: deps.db,
    repo,
    lists,
    categories,
    routing,
    access,
    clock,
    now: () => new Date(clock()),
    options: deps.options,
    reporterRecipients,
    reporterRecipient,
    unitPeople,
    operatorsFor,
    notifyAll,
    actorLabel,
  };
}

export type Context = ReturnType<typeof createContext>;

// Audit entries collected during an action and written last: the kernel's, used by intake too.
export { AuditBuffer } from '../../core/workflow/index.js';

export type { ReportRow };
