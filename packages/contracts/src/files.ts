/**
 * Upload limits and accepted types, shared so the web form can refuse a file before sending it
 * (a 100 MB video over a phone connection only to hear "too large") with the same figures the
 * server enforces by default. The server still checks content and its configured limits.
 */
export const FILE_LIMIT_DEFAULTS = {
  photo: 15 * 1_048_576,
  video: 100 * 1_048_576,
  document: 20 * 1_048_576,
} as const;

export type UploadKind = keyof typeof FILE_LIMIT_DEFAULTS;

export const UPLOAD_TYPES: Record<
  UploadKind,
  { mimes: readonly string[]; extensions: readonly string[]; label: string }
> = {
  photo: {
    mimes: ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'image/avif'],
    extensions: ['jpg', 'jpeg', 'png', 'webp', 'heic', 'heif', 'avif'],
    label: 'JPEG, PNG, WebP, HEIC',
  },
  video: {
    mimes: ['video/mp4', 'video/quicktime', 'video/webm'],
    extensions: ['mp4', 'm4v', 'mov', 'webm'],
    label: 'MP4, MOV, WebM',
  },
  document: { mimes: ['application/pdf'], extensions: ['pdf'], label: 'PDF' },
};

export type UploadProblem = { problem: 'type' } | { problem: 'size'; limitBytes: number };

/**
 * Why a chosen file would be refused as `kind`, or null. Browsers leave `type` empty for formats
 * they do not know (HEIC on most desktops), so the extension is asked when the type is silent.
 */
export function uploadProblem(
  file: { name: string; type: string; size: number },
  kind: UploadKind,
  limits: Record<UploadKind, number> = FILE_LIMIT_DEFAULTS,
): UploadProblem | null {
  const accepted = UPLOAD_TYPES[kind];
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const typeOk = file.type ? accepted.mimes.includes(file.type.toLowerCase()) : accepted.extensions.includes(ext);
  if (!typeOk) return { problem: 'type' };
  if (file.size > limits[kind]) return { problem: 'size', limitBytes: limits[kind] };
  return null;
}
