import { useQuery } from '@tanstack/react-query';
import { api } from './api';

/** GET /api/config/public — readable without signing in. */
export interface PublicConfig {
  provinceUnitId: string | null;
  mapTileUrl: string | null;
  oidc: { enabled: boolean; label: string | null };
  /** Service modules the server runs; null when it did not say (then every module shows). */
  modules: string[] | null;
}

async function fetchPublicConfig(): Promise<PublicConfig> {
  const raw = await api.get('/api/config/public', { silent: true, allow401: true });
  return {
    provinceUnitId: raw.provinceUnitId,
    // an empty template is the same as none: boundaries only
    mapTileUrl: raw.mapTileUrl || null,
    oidc: { enabled: raw.oidc.enabled, label: raw.oidc.label || null },
    modules: raw.modules,
  };
}

export function usePublicConfig() {
  return useQuery({ queryKey: ['config', 'public'], queryFn: fetchPublicConfig, staleTime: 5 * 60_000 });
}
