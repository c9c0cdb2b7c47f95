import type { Kysely } from 'kysely';
import type {
  CategoryDto,
  CreateCategoryBody,
  CreateRoutingRuleBody,
  PublicCategoryDto,
  RoutingRuleDto,
  UpdateCategoryBody,
  UpdateRoutingRuleBody,
} from '@vioc/contracts';
import type { Database } from '../../core/db/index.js';
import type { AuditContext, AuditService } from '../../core/audit/index.js';
import { canReachUnit, type Actor } from '../../core/auth/index.js';
import { isPgError } from '../../core/db/index.js';
import type { OrgService } from '../../core/org/index.js';
import { categoriesRepo, type CategoryRow, type RuleRow } from './categories.repo.js';
import { reportsErrors } from './reports.errors.js';

export function toCategoryDto(c: CategoryRow): CategoryDto {
  return {
    ...toPublicCategoryDto(c),
    responsibleKind: c.responsible_kind,
    responsibleUnitId: c.responsible_unit_id,
    responsibleUnitName: c.responsible_unit_name,
    sopItems: c.sop_items,
    publicByDefault: c.public_by_default,
    active: c.active,
    createdAt: c.created_at.toISOString(),
    updatedAt: c.updated_at.toISOString(),
  };
}

export function toPublicCategoryDto(c: CategoryRow): PublicCategoryDto {
  return {
    id: c.id,
    parentId: c.parent_id,
    code: c.code,
    name: c.name,
    nameEn: c.name_en,
    description: c.description,
    handlingDays: c.handling_days,
    sortOrder: c.sort_order,
  };
}

function toRuleDto(r: RuleRow): RoutingRuleDto {
  return {
    id: r.id,
    categoryId: r.category_id,
    targetUnitId: r.target_unit_id,
    targetUnitName: r.target_unit_name,
    wardIds: r.ward_ids,
    note: r.note,
    active: r.active,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/**
 * Categories (lĩnh vực) and routing rules: the province's configuration of
 * reports, managed by administrators of the province.
 */
export function createCategoriesService(deps: {
  db: Kysely<Database>;
  audit: AuditService;
  org: Pick<OrgService, 'rootProvince' | 'unitPaths' | 'getUnit'>;
}) {
  const repo = categoriesRepo(deps.db);

  async function province(): Promise<{ id: string; path: string }> {
    const p = await deps.org.rootProvince();
    if (!p) throw reportsErrors.error('REPORT_UNIT_INVALID');
    const path = (await deps.org.unitPaths([p.id])).get(p.id)!.path;
    return { id: p.id, path };
  }

  /** Only administrators whose scope reaches the province manage the configuration. */
  async function requireAdmin(actor: Actor): Promise<{ id: string; path: string }> {
    const p = await province();
    if (!canReachUnit(actor, p.path, ['admin'])) throw reportsErrors.error('REPORT_OUT_OF_SCOPE');
    return p;
  }

  async function requireCategory(id: string): Promise<CategoryRow> {
    const c = await repo.findById(id);
    if (!c) throw reportsErrors.error('REPORT_CATEGORY_NOT_FOUND');
    return c;
  }

  async function requireActiveUnit(id: string): Promise<void> {
    const unit = await deps.org.getUnit(id).catch(() => undefined);
    if (!unit || !unit.active) throw reportsErrors.error('REPORT_UNIT_INVALID', { unitId: id });
  }

  async function checkResponsible(kind: 'ward' | 'agency', unitId: string | null | undefined): Promise<void> {
    if (kind === 'ward' && unitId) throw reportsErrors.error('REPORT_CATEGORY_INVALID');
    if (kind === 'agency') {
      if (!unitId) throw reportsErrors.error('REPORT_CATEGORY_INVALID');
      await requireActiveUnit(unitId);
    }
  }

  async function checkParent(id: string | null, parentId: string | null | undefined): Promise<void> {
    if (!parentId) return;
    if (parentId === id) throw reportsErrors.error('REPORT_CATEGORY_CYCLE');
    const lineage = await repo.lineage(parentId);
    if (lineage.length === 0) throw reportsErrors.error('REPORT_CATEGORY_NOT_FOUND', { parentId });
    if (id && lineage.some((l) => l.id === id)) throw reportsErrors.error('REPORT_CATEGORY_CYCLE');
  }

  const mapWriteError = (err: unknown): never => {
    if (isPgError(err, '23505')) throw reportsErrors.error('REPORT_CATEGORY_CODE_TAKEN');
    if (isPgError(err, '23503')) throw reportsErrors.error('REPORT_UNIT_INVALID');
    throw err;
  };

  async function listPublic(): Promise<PublicCategoryDto[]> {
    return (await repo.list(false)).map(toPublicCategoryDto);
  }

  async function listAll(): Promise<CategoryDto[]> {
    return (await repo.list(true)).map(toCategoryDto);
  }

  async function get(id: string): Promise<CategoryDto> {
    return toCategoryDto(await requireCategory(id));
  }

  async function create(actor: Actor, ctx: AuditContext, body: CreateCategoryBody): Promise<CategoryDto> {
    const p = await requireAdmin(actor);
    await checkParent(null, body.parentId);
    await checkResponsible(body.responsibleKind, body.responsibleUnitId);
    const values = {
      parent_id: body.parentId ?? null,
      code: body.code,
      name: body.name,
      name_en: body.nameEn ?? null,
      description: body.description ?? null,
      handling_days: body.handlingDays,
      responsible_kind: body.responsibleKind,
      responsible_unit_id: body.responsibleKind === 'agency' ? body.responsibleUnitId! : null,
      sop_items: body.sopItems ?? [],
      public_by_default: body.publicByDefault ?? true,
      sort_order: body.sortOrder ?? 0,
      unit_id: p.id,
      created_by: actor.userId,
    };
    const id = await deps.db
      .transaction()
      .execute(async (trx) => {
        const { id } = await repo.insert(trx, values);
        await deps.audit.record(trx, ctx, {
          action: 'report_category.create',
          targetType: 'report_category',
          targetId: id,
          unitId: p.id,
          after: values,
        });
        return id;
      })
      .catch(mapWriteError);
    return get(id);
  }

  async function update(actor: Actor, ctx: AuditContext, id: string, body: UpdateCategoryBody): Promise<CategoryDto> {
    const p = await requireAdmin(actor);
    const before = await requireCategory(id);
    if (body.parentId !== undefined) await checkParent(id, body.parentId);
    const kind = body.responsibleKind ?? before.responsible_kind;
    const unitId =
      body.responsibleUnitId !== undefined
        ? body.responsibleUnitId
        : body.responsibleKind === 'ward'
          ? null
          : before.responsible_unit_id;
    if (body.responsibleKind !== undefined || body.responsibleUnitId !== undefined)
      await checkResponsible(kind, unitId);
    const patch = {
      ...(body.parentId !== undefined && { parent_id: body.parentId }),
      ...(body.code !== undefined && { code: body.code }),
      ...(body.name !== undefined && { name: body.name }),
      ...(body.nameEn !== undefined && { name_en: body.nameEn }),
      ...(body.description !== undefined && { description: body.description }),
      ...(body.handlingDays !== undefined && { handling_days: body.handlingDays }),
      ...((body.responsibleKind !== undefined || body.responsibleUnitId !== undefined) && {
        responsible_kind: kind,
        responsible_unit_id: kind === 'agency' ? unitId : null,
      }),
      ...(body.sopItems !== undefined && { sop_items: body.sopItems }),
      ...(body.publicByDefault !== undefined && { public_by_default: body.publicByDefault }),
      ...(body.sortOrder !== undefined && { sort_order: body.sortOrder }),
      ...(body.active !== undefined && { active: body.active }),
    };
    await deps.db
      .transaction()
      .execute(async (trx) => {
        await repo.update(trx, id, patch);
        await deps.audit.record(trx, ctx, {
          action: 'report_category.update',
          targetType: 'report_category',
          targetId: id,
          unitId: p.id,
          before: toCategoryDto(before),
          after: patch,
        });
      })
      .catch(mapWriteError);
    return get(id);
  }

  // ── routing rules ──────────────────────────────────────────────────────

  async function listRules(categoryId?: string): Promise<RoutingRuleDto[]> {
    return (await repo.listRules(categoryId)).map(toRuleDto);
  }

  async function requireRule(id: string): Promise<RuleRow> {
    const r = await repo.findRule(id);
    if (!r) throw reportsErrors.error('REPORT_RULE_NOT_FOUND');
    return r;
  }

  async function checkWards(wardIds: readonly string[]): Promise<void> {
    if (wardIds.length === 0) return;
    const found = await deps.org.unitPaths([...new Set(wardIds)]);
    const missing = wardIds.filter((w) => !found.has(w));
    if (missing.length) throw reportsErrors.error('REPORT_UNIT_INVALID', { wardIds: missing });
  }

  async function createRule(actor: Actor, ctx: AuditContext, body: CreateRoutingRuleBody): Promise<RoutingRuleDto> {
    const p = await requireAdmin(actor);
    await requireCategory(body.categoryId);
    await requireActiveUnit(body.targetUnitId);
    await checkWards(body.wardIds);
    const values = {
      category_id: body.categoryId,
      target_unit_id: body.targetUnitId,
      ward_ids: [...new Set(body.wardIds)],
      note: body.note ?? null,
      unit_id: p.id,
      created_by: actor.userId,
    };
    const id = await deps.db.transaction().execute(async (trx) => {
      const { id } = await repo.insertRule(trx, values);
      await deps.audit.record(trx, ctx, {
        action: 'report_rule.create',
        targetType: 'report_routing_rule',
        targetId: id,
        unitId: p.id,
        after: values,
      });
      return id;
    });
    return toRuleDto(await requireRule(id));
  }

  async function updateRule(
    actor: Actor,
    ctx: AuditContext,
    id: string,
    body: UpdateRoutingRuleBody,
  ): Promise<RoutingRuleDto> {
    const p = await requireAdmin(actor);
    const before = await requireRule(id);
    if (body.targetUnitId) await requireActiveUnit(body.targetUnitId);
    if (body.wardIds) await checkWards(body.wardIds);
    const patch = {
      ...(body.targetUnitId !== undefined && { target_unit_id: body.targetUnitId }),
      ...(body.wardIds !== undefined && { ward_ids: [...new Set(body.wardIds)] }),
      ...(body.note !== undefined && { note: body.note }),
      ...(body.active !== undefined && { active: body.active }),
    };
    await deps.db.transaction().execute(async (trx) => {
      await repo.updateRule(trx, id, patch);
      await deps.audit.record(trx, ctx, {
        action: 'report_rule.update',
        targetType: 'report_routing_rule',
        targetId: id,
        unitId: p.id,
        before: toRuleDto(before),
        after: patch,
      });
    });
    return toRuleDto(await requireRule(id));
  }

  async function deleteRule(actor: Actor, ctx: AuditContext, id: string): Promise<void> {
    const p = await requireAdmin(actor);
    const before = await requireRule(id);
    await deps.db.transaction().execute(async (trx) => {
      await repo.deleteRule(trx, id);
      await deps.audit.record(trx, ctx, {
        action: 'report_rule.delete',
        targetType: 'report_routing_rule',
        targetId: id,
        unitId: p.id,
        before: toRuleDto(before),
      });
    });
  }

  return {
    listPublic,
    listAll,
    get,
    create,
    update,
    listRules,
    createRule,
    updateRule,
    deleteRule,
    /** For intake and lifecycle: the category row itself. */
    find: (id: string, trx?: Kysely<Database>) => repo.findById(id, trx),
    subtreeIds: repo.subtreeIds,
  };
}

export type CategoriesService = ReturnType<typeof createCategoriesService>;
