import { useQuery } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import type {
  PublicCategoryDto,
  PublicReportDto,
  PublicReportStatus,
  ReportDto,
  ReportStatus,
  ReportSummaryDto,
} from '@vioc/contracts';
import { api, itemsOf } from '../../shared/api';
import { usePublicConfig } from '../../shared/publicConfig';
import { wardFeatures, type WardCollection } from '../map/geo';

export type { PublicCategoryDto, PublicReportDto, ReportDto, ReportSummaryDto };

export interface PublicReportSummary {
  id: string;
  code: string;
  status: PublicReportStatus;
  title: string;
  categoryId: string;
  categoryName: string;
  areaUnitName: string;
  lat: number;
  lon: number;
  createdAt: string;
  publishedAt: string | null;
  thumbnailUrl: string | null;
}

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  status: PublicReportStatus;
  categoryId: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  /** The public search stopped counting at `total`: there are more. */
  totalCapped?: boolean;
}

export const PUBLIC_STATUS_COLORS: Record<PublicReportStatus, string> = {
  received: '#1677ff',
  processing: '#fa8c16',
  answered: '#52c41a',
  closed: '#8c8c8c',
};

export const STATUS_COLORS: Record<ReportStatus, string> = {
  received: 'blue',
  verified: 'cyan',
  rejected: 'red',
  assigned: 'geekblue',
  in_progress: 'orange',
  answer_drafted: 'gold',
  answer_approved: 'lime',
  published: 'green',
  rated: 'green',
  closed: 'default',
};

export function useCategories() {
  return useQuery({
    queryKey: ['report-categories'],
    queryFn: ({ signal }) =>
      api.get<PublicCategoryDto[] | { items: PublicCategoryDto[] }>('/api/report-categories', { signal }),
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
    queryFn: ({ signal }) =>
      api.get<FeatureCollection>(`/api/geo/units/${encodeURIComponent(provinceId ?? '')}/children`, { signal }),
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

/** Answer of POST /api/files, read defensively. */
export interface UploadedFile {
  id: string;
  url: string | null;
  gps: { lat: number; lon: number } | null;
  /** A guest upload's one-time token (POST /api/files/guest), sent with the report. */
  token?: string;
}

export function parseUpload(raw: unknown): UploadedFile | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const file = (typeof r.file === 'object' && r.file !== null ? r.file : r) as Record<string, unknown>;
  if (typeof file.id !== 'string') return null;
  const g = (file.gps ?? (file.exif as Record<string, unknown> | undefined)?.gps) as
    { lat?: unknown; lon?: unknown } | null | undefined;
  const gps = g && typeof g.lat === 'number' && typeof g.lon === 'number' ? { lat: g.lat, lon: g.lon } : null;
  const url =
    typeof file.thumbnailUrl === 'string' ? file.thumbnailUrl : typeof file.url === 'string' ? file.url : null;
  const token = typeof r.token === 'string' ? r.token : undefined;
  return { id: file.id, url, gps, ...(token && { token }) };
}
