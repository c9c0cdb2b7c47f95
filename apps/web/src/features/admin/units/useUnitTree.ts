import { useCallback, useEffect, useState } from 'react';
import type { UnitDto } from '@vioc/contracts';
import { api, itemsOf } from '../../../shared/api';

export const ROOT = 'root';

/**
 * The unit tree, loaded one level at a time: GET /api/units?parentId=root, then ?parentId=<id>.
 * Children are kept by parent id; the tree is drawn from that map.
 */
export function useUnitTree() {
  const [byParent, setByParent] = useState<Record<string, UnitDto[]>>({});
  const [loadingRoot, setLoadingRoot] = useState(true);

  const load = useCallback(async (parentId: string): Promise<UnitDto[]> => {
    const list = itemsOf(await api.get('/api/units', { params: { query: { parentId, limit: 500 } } }));
    setByParent((current) => {
      const next = { ...current, [parentId]: list };
      // keep the parent's child count (and so its expand arrow) in step
      for (const [key, units] of Object.entries(next)) {
        if (units.some((u) => u.id === parentId)) {
          next[key] = units.map((u) => (u.id === parentId ? { ...u, childCount: list.length } : u));
        }
      }
      return next;
    });
    return list;
  }, []);

  useEffect(() => {
    load(ROOT)
      .catch(() => undefined)
      .finally(() => setLoadingRoot(false));
  }, [load]);

  /** Puts an edited unit in place wherever it is shown. */
  const replace = useCallback((unit: UnitDto) => {
    setByParent((current) => {
      const next: Record<string, UnitDto[]> = {};
      for (const [key, units] of Object.entries(current)) {
        next[key] = units.map((u) => (u.id === unit.id ? { ...unit, childCount: u.childCount } : u));
      }
      return next;
    });
  }, []);

  return { byParent, load, replace, loadingRoot };
}
