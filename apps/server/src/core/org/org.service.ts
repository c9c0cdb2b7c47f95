import type { Kysely } from 'kysely';
import type { CreateUnitBody, UnitDto, UpdateUnitBody } from '@vioc/contracts';
import type { Database } from '../db/index.js';
import type { AuditContext, AuditService } from '../audit/index.js';
import { canReachUnit, type Actor } from '../auth/index.js';
import { isPgError } from '../db/index.js';
import { orgRepo } from './org.repo.js';
import { orgErrors } from './org.errors.js';
import type { NewEvent } from '../events/index.js';
import { createUnitLocator, type LocatedUnit } from './org.geo.js';

type UnitRow = NonNullable<Awaited<ReturnType<ReturnType<typeof orgRepo>['findById']>>>;

function toDto(u: UnitRow): UnitDto {
  return {
    id: u.id,
    parentId: u.parent_id,
    kind: u.kind,
    adminCode: u.admin_code,
    name: u.name,
    nameEn: u.name_en,
    fullName: u.full_name,
    fullNameEn: u.full_name_en,
    phone: u.phone,
    email: u.email,
    address: u.address,
    areaKm2: u.area_km2 === null ? null : Number(u.area_km2),
    active: u.active,
    childCount: Number(u.child_count ?? 0),
  };
}

const CONTACT_FIELDS = new Set(['phone', 'email', 'address']);

export interface GeoFeature {
  type: 'Feature';
  id: string;
  properties: { id: string; code: string | null; name: string; fullName: string; kind: string };
  geometry: unknown;
}

export function createOrgService(deps: {
  db: Kysely<Database>;
  audit: AuditService;
  publish: (trx: Kysely<Database>, e: NewEvent) => Promise<unknown>;
}) {
  const repo = orgRepo(deps.db);
  const locator = createUnitLocator(repo.areaBoundaries);

  async function requireUnit(id: string): Promise<UnitRow> {
    const unit = await repo.findById(id);
    if (!unit) throw orgErrors.error('UNIT_NOT_FOUND');
    return unit;
  }

  async function getUnit(id: string): Promise<UnitDto> {
    return toDto(await requireUnit(id));
  }

  async function listUnits(q: { parentId?: string; q?: string; kind?: string; limit: number }): Promise<UnitDto[]> {
    const rows = q.q
      ? await repo.search(foldForSearch(q.q), q.kind, q.limit)
      : await repo.listChildren(q.parentId && q.parentId !== 'root' ? q.parentId : null, q.kind, q.limit);
    return rows.map(toDto);
  }

  async function createUnit(actor: Actor, ctx: AuditContext, body: CreateUnitBody): Promise<UnitDto> {
    if (body.parentId) {
      const parent = await repo.findById(body.parentId);
      if (!parent) throw orgErrors.error('UNIT_PARENT_NOT_FOUND');
      if (!canReachUnit(actor, parent.path, ['admin'])) throw orgErrors.error('UNIT_OUT_OF_SCOPE');
    } else if (!actor.memberships.some((m) => m.role === 'admin' && !m.unitPath.includes('.'))) {
      throw orgErrors.error('UNIT_OUT_OF_SCOPE');
    }
    const values = {
      parent_id: body.parentId,
      kind: body.kind,
      admin_code: body.adminCode ?? null,
      name: body.name,
      name_en: body.nameEn ?? null,
      full_name: body.fullName,
      full_name_en: body.fullNameEn ?? null,
      phone: body.phone ?? null,
      email: body.email ?? null,
      address: body.address ?? null,
      created_by: actor.userId,
    };
    const id = await deps.db
      .transaction()
      .execute(async (trx) => {
        const { id } = await repo.insert(trx, values);
        await deps.audit.record(trx, ctx, {
          action: 'unit.create',
          targetType: 'unit',
          targetId: id,
          unitId: id,
          after: values,
        });
        return id;
      })
      .catch(mapUnitWriteError);
    return getUnit(id);
  }

  async function updateUnit(actor: Actor, ctx: AuditContext, id: string, body: UpdateUnitBody): Promise<UnitDto> {
    const unit = await requireUnit(id);
    const asAdmin = canReachUnit(actor, unit.path, ['admin']);
    if (!asAdmin) {
      if (!canReachUnit(actor, unit.path, ['unit_leader'])) throw orgErrors.error('UNIT_OUT_OF_SCOPE');
      if (Object.keys(body).some((k) => !CONTACT_FIELDS.has(k))) throw orgErrors.error('UNIT_FIELD_NOT_ALLOWED');
    }
    if (body.parentId) {
      const parent = await repo.findById(body.parentId);
      if (!parent) throw orgErrors.error('UNIT_PARENT_NOT_FOUND');
      if (!canReachUnit(actor, parent.path, ['admin'])) throw orgErrors.error('UNIT_OUT_OF_SCOPE');
    }
    const patch = {
      ...(body.parentId !== undefined && { parent_id: body.parentId }),
      ...(body.adminCode !== undefined && { admin_code: body.adminCode }),
      ...(body.name !== undefined && { name: body.name }),
      ...(body.nameEn !== undefined && { name_en: body.nameEn }),
      ...(body.fullName !== undefined && { full_name: body.fullName }),
      ...(body.fullNameEn !== undefined && { full_name_en: body.fullNameEn }),
      ...(body.phone !== undefined && { phone: body.phone }),
      ...(body.email !== undefined && { email: body.email }),
      ...(body.address !== undefined && { address: body.address }),
      ...(body.active !== undefined && { active: body.active }),
    };
    const before = toDto(unit);
    await deps.db
      .transaction()
      .execute(async (trx) => {
        await repo.update(trx, id, patch);
        if (patch.active !== undefined || patch.parent_id !== undefined) locator.invalidate();
        await deps.publish(trx, unitEvent(id, actor, patch));
        await deps.audit.record(trx, ctx, {
          action: 'unit.update',
          targetType: 'unit',
          targetId: id,
          unitId: id,
          before,
          after: patch,
        });
      })
      .catch(mapUnitWriteError);
    return getUnit(id);
  }

  /** Paths of the given units, for scope checks in other modules. */
  async function unitPaths(ids: readonly string[]): Promise<Map<string, { path: string; fullName: string }>> {
    const rows = await repo.findPaths(ids);
    return new Map(rows.map((r) => [r.id, { path: r.path, fullName: r.full_name }]));
  }

  async function childFeatures(id: string): Promise<{ type: 'FeatureCollection'; features: GeoFeature[] }> {
    await requireUnit(id);
    const rows = await repo.childBoundaries(id);
    return { type: 'FeatureCollection', features: rows.map(asFeature) };
  }

  async function unitFeature(id: string): Promise<GeoFeature> {
    const row = await repo.boundary(id);
    if (!row) throw orgErrors.error('UNIT_NOT_FOUND');
    return asFeature(row);
  }

  /**
   * The administrative unit (ward, else province) at a WGS84 point, by
   * point-in-polygon against the full boundaries; null outside all of them.
   */
  function unitAt(lat: number, lon: number): Promise<LocatedUnit | null> {
    return locator.unitAt(lat, lon);
  }

  /**
   * The area each unit serves: itself for an administrative unit, the nearest
   * administrative unit above it for an agency (the provincial IOC, a
   * department, serve the province they belong to).
   */
  async function areaPaths(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await repo.areaPaths([...new Set(ids)]);
    return new Map(rows.filter((r) => r.area_path).map((r) => [r.id, r.area_path!]));
  }

  return {
    unitAt,
    areaPaths,
    getUnit,
    listUnits,
    createUnit,
    updateUnit,
    unitPaths,
    childFeatures,
    unitFeature,
    rootProvince: repo.rootProvince,
  };
}

/** Unit changes are announced to staff of the unit's scope (admin screens refresh, caches drop paths). */
function unitEvent(id: string, actor: Actor, changes: Record<string, unknown>): NewEvent<'org.unit_updated'> {
  return {
    type: 'org.unit_updated',
    aggregateType: 'unit',
    aggregateId: id,
    unitId: id,
    actorId: actor.userId,
    payload: { id, changes },
  };
}

function asFeature(r: {
  id: string;
  admin_code: string | null;
  name: string;
  full_name: string;
  kind: string;
  boundary_simple: unknown;
}): GeoFeature {
  return {
    type: 'Feature',
    id: r.id,
    properties: { id: r.id, code: r.admin_code, name: r.name, fullName: r.full_name, kind: r.kind },
    geometry: r.boundary_simple,
  };
}

/** The same folding as the database's vn_fold(): lower case, no diacritics, đ → d. */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

function mapUnitWriteError(err: unknown): never {
  if (isPgError(err, '23505')) throw orgErrors.error('UNIT_CODE_TAKEN');
  if (isPgError(err, '23514') && String((err as Error).message).includes('descendant'))
    throw orgErrors.error('UNIT_CYCLE');
  if (isPgError(err, '23503')) throw orgErrors.error('UNIT_PARENT_NOT_FOUND');
  throw err;
}

export type OrgService = ReturnType<typeof createOrgService>;
