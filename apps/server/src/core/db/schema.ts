import type { Insertable, Selectable, Updateable } from 'kysely';
import type { CoreTables, Files, Units, Users } from './schema.generated.js';
// The one import of a module from core (type-only, allowed by name in eslint.boundaries.js): the
// database type is where every owner's tables meet, until modules hand their tables to the platform.
import type { Reports, ReportsTables } from '../../modules/reports/reports.schema.generated.js';

/**
 * Kysely view of the database: the generated tables of each owner (`npm run db:types`, checked by
 * schema.test.ts), intersected. Edit the migrations, never the generated files.
 */
export interface Database extends CoreTables, ReportsTables {}

export type FilesTable = Files;
export type Unit = Selectable<Units>;
export type NewUnit = Insertable<Units>;
export type UnitUpdate = Updateable<Units>;
export type User = Selectable<Users>;
export type NewUser = Insertable<Users>;
export type UserUpdate = Updateable<Users>;
export type ReportStatusColumn = Selectable<Reports>['status'];
