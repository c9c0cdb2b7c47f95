import type { RoutingDecisionDto } from '@vioc/contracts';
import type { LocatedUnit, OrgService } from '../../core/org/index.js';
import type { CategoriesRepo } from './categories.repo.js';

export type RoutingDecision = Omit<RoutingDecisionDto, 'unitName' | 'areaUnitName'> & {
  unitName: string | null;
  areaUnitName: string | null;
};

/**
 * Who handles a report, from its category and its place:
 *  1. a routing rule of the category — one limited to the report's ward first,
 *     then a province-wide one; then the same for the parent categories;
 *  2. else the category's default: its agency, or the People's Committee of
 *     the ward where it happened (found by point-in-polygon);
 *  3. else nobody: the IOC operator assigns it by hand.
 */
export function createRouting(deps: { org: Pick<OrgService, 'unitAt'>; repo: CategoriesRepo }) {
  async function decide(categoryId: string, area: LocatedUnit | null): Promise<RoutingDecision> {
    const base = { areaUnitId: area?.id ?? null, areaUnitName: area?.fullName ?? null };
    const lineage = await deps.repo.lineage(categoryId);
    const rules = await deps.repo.activeRules(lineage.map((l) => l.id));
    for (const level of lineage) {
      const here = rules.filter((r) => r.category_id === level.id);
      const rule =
        (area && here.find((r) => r.ward_ids.includes(area.id))) ?? here.find((r) => r.ward_ids.length === 0);
      if (rule)
        return { ...base, unitId: rule.target_unit_id, unitName: rule.target_unit_name, via: 'rule', ruleId: rule.id };
    }
    const category = await deps.repo.findById(categoryId);
    if (category?.responsible_kind === 'agency' && category.responsible_unit_id)
      return {
        ...base,
        unitId: category.responsible_unit_id,
        unitName: category.responsible_unit_name,
        via: 'category_agency',
        ruleId: null,
      };
    if (category?.responsible_kind === 'ward' && area?.kind === 'ward')
      return { ...base, unitId: area.id, unitName: area.fullName, via: 'ward', ruleId: null };
    return { ...base, unitId: null, unitName: null, via: 'none', ruleId: null };
  }

  /** The decision for a category at a point (the admin's "where would this go?"). */
  async function preview(categoryId: string, lat: number, lon: number): Promise<RoutingDecision> {
    return decide(categoryId, await deps.org.unitAt(lat, lon));
  }

  return { decide, preview };
}

export type Routing = ReturnType<typeof createRouting>;
