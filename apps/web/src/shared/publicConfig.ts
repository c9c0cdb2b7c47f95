import { useQuery } from '@tanstack/react-query';
import { api } from './api';

/** GET /api/config/public — readable without signing in. No contract yet, so read defensively. */
export interface PublicConfig {
  provinceUnitId: string | null;
  mapTileUrl: string | null;
  oidc: { enabled: boolean; label: string | null };
  /** Service modules the server runs; null when it did not say (then every module shows). */
  modules: string[] | null;
}

interface RawPublicConfig {
  provinceUnitId?: string | null;
  mapTileUrl?: string | null;
  oidc?: { enabled?: boolean; label?: string | null } | null;
  modules?: unknown;
}

async function fetchPublicConfig(): Promise<PublicConfig> {
  const raw = await api.get<RawPublicConfig>('/api/config/public', { silent: true, allow401: true });
  return {
    provinceUnitId: raw.provinceUnitId ?? null,
    mapTileUrl: raw.mapTileUrl || null,
    oidc: { enabled: raw.oidc?.enabled === true, label: raw.oidc?.label ?? null },
    modules: Array.isArray(raw.modules) ? raw.modules.filter((m): m is string => typeof m === 'string') : null,
  };
}

export function usePublicConfig() {
  return useQuery({ queryKey: ['config', 'public'], queryFn: fetchPublicConfig, staleTime: 5 * 60_000 });
}
