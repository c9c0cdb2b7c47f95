import { useQuery } from '@tanstack/react-query';
import { api } from './api';

/** GET /api/config/public — readable without signing in. No contract yet, so read defensively. */
export interface PublicConfig {
  provinceUnitId: string | null;
  mapTileUrl: string | null;
  oidc: { enabled: boolean; label: string | null };
}

interface RawPublicConfig {
  provinceUnitId?: string | null;
  mapTileUrl?: string | null;
  oidc?: { enabled?: boolean; label?: string | null } | null;
}

async function fetchPublicConfig(): Promise<PublicConfig> {
  const raw = await api.get<RawPublicConfig>('/api/config/public', { silent: true, allow401: true });
  return {
    provinceUnitId: raw.provinceUnitId ?? null,
    mapTileUrl: raw.mapTileUrl || null,
    oidc: { enabled: raw.oidc?.enabled === true, label: raw.oidc?.label ?? null },
  };
}

export function usePublicConfig() {
  return useQuery({ queryKey: ['config', 'public'], queryFn: fetchPublicConfig, staleTime: 5 * 60_000 });
}
