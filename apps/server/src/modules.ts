/**
 * The modules of this build, in the order they are listed to the platform
 * (it orders them by their dependencies). Adding a service is one line here.
 */
import { auditModule } from './core/audit/index.js';
import { backupModule } from './core/backup/index.js';
import { authModule, type CodeSender, type UnitDirectory } from './core/auth/index.js';
import { calendarModule } from './core/calendar/index.js';
import { eventsModule } from './core/events/index.js';
import { filesModule } from './core/files/index.js';
import { jobsModule } from './core/jobs/index.js';
import { notifyModule } from './core/notify/index.js';
import { orgModule, type OrgService } from './core/org/index.js';
import { collectMigrations, tableOwners, type AnyModule } from './core/platform/index.js';
import { realtimeModule } from './core/realtime/index.js';
import { reportsModule } from './modules/reports/index.js';
// end of imports (npm run new:module inserts above)

// auth sees org through UnitDirectory, by name (it cannot import org): org's API must meet it.
const orgServesAuth: (org: OrgService) => UnitDirectory = (org) => org;
void orgServesAuth;

export function platformModules(opts: { codeSender?: CodeSender } = {}): AnyModule[] {
  return [
    eventsModule,
    auditModule,
    jobsModule,
    orgModule,
    notifyModule,
    authModule(opts),
    filesModule,
    calendarModule,
    realtimeModule,
    backupModule,
    // services
    reportsModule,
    // end of modules
  ];
}

/**
 * Every migration of core and of every module of the build, switched on or
 * not: switching a module off hides its routes, menus, jobs and subscribers,
 * never its data, so its tables stay migrated for the day it is on again.
 */
/** The tables each module of the build owns (npm run db:types writes their types into its folder). */
export function moduleTables() {
  return tableOwners(platformModules());
}

export function allMigrations(extra: readonly AnyModule[] = []) {
  return collectMigrations([...platformModules(), ...extra]);
}
