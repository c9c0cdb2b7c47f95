import type { Role } from '@vioc/contracts';
import { pathWithin, type Actor } from '../../core/auth/index.js';
import type { OrgService } from '../../core/org/index.js';
import type { StaffScope } from './lists.repo.js';

/**
 * What one caller reaches among reports, as ltree paths:
 *  - operators (IOC duty) reach reports by place: the area their operation
 *    centre serves (an IOC agency under the province serves the province);
 *  - government leaders reach reports by place: their unit and below;
 *  - officers and unit leaders reach the reports their unit handles.
 */
export interface Reach {
  userId: string | null;
  operator: string[];
  area: string[];
  handler: string[];
  leader: string[];
}

export const NO_REACH: Reach = { userId: null, operator: [], area: [], handler: [], leader: [] };

/** What a caller is, for one report (the "who" column of the state machine). */
export const WHO = ['operator', 'handler', 'unit_leader', 'viewer', 'reporter', 'system'] as const;
export type Who = (typeof WHO)[number];

export interface Placed {
  area_path: string;
  assigned_path: string | null;
}

const within = (path: string | null, scopes: readonly string[]) =>
  path !== null && scopes.some((s) => pathWithin(path, s));

const AREA_TTL_MS = 300_000;

export function createAccess(deps: { org: Pick<OrgService, 'areaPaths'>; clock: () => number }) {
  const areaCache = new Map<string, { path: string; at: number }>();

  async function areasOf(unitIds: string[]): Promise<Map<string, string>> {
    const now = deps.clock();
    const missing = unitIds.filter((id) => {
      const hit = areaCache.get(id);
      return !hit || now - hit.at > AREA_TTL_MS;
    });
    if (missing.length) {
      const found = await deps.org.areaPaths(missing);
      for (const [id, path] of found) areaCache.set(id, { path, at: now });
    }
    return new Map(unitIds.flatMap((id) => (areaCache.has(id) ? [[id, areaCache.get(id)!.path] as const] : [])));
  }

  async function reachOf(actor: Actor | null): Promise<Reach> {
    if (!actor || actor.stage !== 'full') return NO_REACH;
    const paths = (roles: readonly Role[]) =>
      actor.memberships.filter((m) => roles.includes(m.role)).map((m) => m.unitPath);
    const operatorUnits = actor.memberships.filter((m) => m.role === 'operator').map((m) => m.unitId);
    const operator = operatorUnits.length ? [...(await areasOf(operatorUnits)).values()] : [];
    return {
      userId: actor.userId,
      operator,
      area: [...operator, ...paths(['leader'])],
      handler: paths(['officer', 'unit_leader']),
      leader: paths(['unit_leader']),
    };
  }

  /** Staff who may see the report at all. */
  function canView(reach: Reach, r: Placed): boolean {
    return (
      within(r.area_path, reach.area) || within(r.assigned_path, reach.area) || within(r.assigned_path, reach.handler)
    );
  }

  function whoOn(reach: Reach, r: Placed, isReporter: boolean): Set<Who> {
    const who = new Set<Who>();
    if (isReporter) who.add('reporter');
    if (canView(reach, r)) who.add('viewer');
    if (within(r.area_path, reach.operator)) who.add('operator');
    if (within(r.assigned_path, reach.handler)) who.add('handler');
    if (within(r.assigned_path, reach.leader)) who.add('unit_leader');
    return who;
  }

  function staffScope(reach: Reach): StaffScope {
    return { area: reach.area, handler: reach.handler };
  }

  return { reachOf, canView, whoOn, staffScope, areasOf };
}

export type Access = ReturnType<typeof createAccess>;
