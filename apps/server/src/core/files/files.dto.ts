import type { FileRow } from './files.repo.js';
import type { FileKind } from './files.inspect.js';

export interface FileDto {
  id: string;
  kind: FileKind;
  mime: string;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  url: string;
  thumbnailUrl: string | null;
  gps: { lat: number; lon: number } | null;
  takenAt: string | null;
  originalName: string | null;
  unitId: string | null;
  createdAt: string;
  attachedTo: { type: string; id: string } | null;
}

export function toDto(r: FileRow): FileDto {
  return {
    id: r.id,
    kind: r.kind,
    mime: r.mime,
    size: r.size,
    sha256: r.sha256,
    width: r.width,
    height: r.height,
    url: `/api/files/${r.id}`,
    thumbnailUrl: r.thumbnail_key ? `/api/files/${r.id}/thumbnail` : null,
    gps: r.gps_lat !== null && r.gps_lon !== null ? { lat: r.gps_lat, lon: r.gps_lon } : null,
    takenAt: r.taken_at?.toISOString() ?? null,
    originalName: r.original_name,
    unitId: r.unit_id,
    createdAt: r.created_at.toISOString(),
    attachedTo: r.attached_type && r.attached_id ? { type: r.attached_type, id: r.attached_id } : null,
  };
}

/**
 * The uploader's file name, for display only: no directories, control or
 * bidirectional-override characters (the "photo‮gpj.exe" trick), at most 200
 * characters. Never used to build a path.
 */
export function safeFileName(name: string | null | undefined): string | null {
  if (!name) return null;
  const cleaned = name
    .normalize('NFC')
    .replace(/^.*[\\/]/, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f"<>:|?*]/g, '')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (!cleaned) return null;
  if (cleaned.length <= 200) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, 200 - ext.length) + ext;
}
