import { useQuery } from '@tanstack/react-query';
import type { PublicCategoryDto, PublicReportDto, ReportDto, ReportSummaryDto } from '@vioc/contracts';
import { api, itemsOf, type ApiData } from '../../shared/api';
import { usePublicConfig } from '../../shared/publicConfig';
import { fetchWardOutlines, wardFeatures, type WardCollection } from '../map/geo';

export type { PublicCategoryDto, PublicReportDto, ReportDto, ReportSummaryDto };

export type PublicReportSummary = ApiData<'/api/public/reports'>['items'][number];
export type MapPoint = ApiData<'/api/public/reports/map'>[number];

export function useCategories() {
  return useQuery({
    queryKey: ['report-categories'],
    queryFn: ({ signal }) => api.get('/api/report-categories', { signal }),
    select: (data) => itemsOf(data),
    staleTime: 5 * 60_000,
  });
}

export interface CategoryNode {
  value: string;
  title: string;
  children?: CategoryNode[];
}

/** The flat category list as a tree for TreeSelect, in the chosen language. */
export function categoryTree(list: PublicCategoryDto[], lang: string): CategoryNode[] {
  const sorted = [...list].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'vi'));
  const build = (parentId: string | null): CategoryNode[] =>
    sorted
      .filter((c) => c.parentId === parentId)
      .map((c) => {
        const children = build(c.id);
        const title = lang === 'en' && c.nameEn ? c.nameEn : c.name;
        return children.length ? { value: c.id, title, children } : { value: c.id, title };
      });
  const ids = new Set(list.map((c) => c.id));
  // categories whose parent is not public are shown at the top level
  return [
    ...build(null),
    ...sorted.filter((c) => c.parentId && !ids.has(c.parentId)).flatMap((c) => build(c.parentId)),
  ];
}

/** Ward outlines of the province (public). */
export function useWards() {
  const config = usePublicConfig();
  const provinceId = config.data?.provinceUnitId ?? null;
  const wards = useQuery({
    queryKey: ['geo', provinceId, 'children'],
    queryFn: ({ signal }) => fetchWardOutlines(provinceId ?? '', signal),
    enabled: !!provinceId,
    staleTime: Infinity,
  });
  const collection: WardCollection = { type: 'FeatureCollection', features: wardFeatures(wards.data) };
  return {
    wards: collection,
    tileUrl: config.data?.mapTileUrl ?? null,
    pending: config.isPending || (!!provinceId && wards.isPending),
  };
}

/** A random UUID (crypto.randomUUID needs a secure context; fall back to getRandomValues). */
export function newUuid(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A photo the form holds: what POST /api/files (or /api/files/guest) answered, as the form shows it. */
export interface UploadedFile {
  id: string;
  url: string | null;
  gps: { lat: number; lon: number } | null;
  /** A guest upload's one-time token (POST /api/files/guest), sent with the report. */
  token?: string;
}

type StoredFile = ApiData<'/api/files', 'post'>;

/** The form's view of an upload's answer (a guest's comes wrapped with its token). */
export function toUploaded(file: StoredFile, token?: string): UploadedFile {
  return { id: file.id, url: file.thumbnailUrl ?? file.url, gps: file.gps, ...(token && { token }) };
}
