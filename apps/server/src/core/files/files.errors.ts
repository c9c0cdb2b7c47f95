import { defineErrors } from '../http/index.js';

export const filesErrors = defineErrors({
  FILE_MISSING: {
    status: 400,
    vi: 'Chưa có tệp: gửi biểu mẫu multipart có trường "file".',
    en: 'No file: send a multipart form with a "file" field.',
  },
  FILE_FORM_INVALID: {
    status: 400,
    vi: 'Biểu mẫu tải tệp không hợp lệ.',
    en: 'The upload form is invalid.',
  },
  FILE_EMPTY: { status: 400, vi: 'Tệp rỗng (0 byte).', en: 'The file is empty (0 bytes).' },
  FILE_TOO_LARGE: {
    status: 413,
    vi: 'Tệp vượt quá dung lượng cho phép ({limit}).',
    en: 'The file is larger than allowed ({limit}).',
  },
  FILE_TYPE_NOT_ALLOWED: {
    status: 415,
    vi: 'Loại tệp không được chấp nhận. Chỉ nhận ảnh JPEG, PNG, WebP, HEIC; video MP4, MOV, WebM; tài liệu PDF.',
    en: 'This file type is not accepted. Allowed: JPEG, PNG, WebP, HEIC photos; MP4, MOV, WebM videos; PDF documents.',
  },
  FILE_ARCHIVE_NOT_ALLOWED: {
    status: 415,
    vi: 'Không nhận tệp nén (ZIP, RAR, 7z…).',
    en: 'Archives (ZIP, RAR, 7z…) are not accepted.',
  },
  FILE_HEIC_NOT_SUPPORTED: {
    status: 415,
    vi: 'Máy chủ chưa đọc được ảnh HEIC (HEVC). Hãy chụp ở định dạng JPEG ("Tương thích nhất") hoặc chuyển ảnh sang JPEG.',
    en: 'This server cannot decode HEIC (HEVC) photos. Use JPEG ("Most compatible") or convert the photo to JPEG.',
  },
  FILE_IMAGE_TOO_LARGE: {
    status: 422,
    vi: 'Ảnh có kích thước điểm ảnh quá lớn.',
    en: 'The image has too many pixels.',
  },
  FILE_CORRUPT: {
    status: 422,
    vi: 'Tệp bị hỏng hoặc không đọc được.',
    en: 'The file is corrupt or cannot be read.',
  },
  FILE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tệp.', en: 'File not found.' },
  FILE_UNIT_OUT_OF_SCOPE: {
    status: 403,
    vi: 'Đơn vị này nằm ngoài phạm vi của bạn.',
    en: 'This unit is outside your scope.',
  },
  FILE_ATTACHED: {
    status: 409,
    vi: 'Tệp đã gắn vào một hồ sơ; hãy xoá từ hồ sơ đó.',
    en: 'The file is attached to a record; remove it from that record.',
  },
  FILE_ALREADY_ATTACHED: {
    status: 409,
    vi: 'Tệp đã được gắn vào một hồ sơ khác.',
    en: 'The file is already attached to another record.',
  },
});

export type FilesErrorCode = keyof typeof filesErrors.specs;

/** 413 naming the limit as people read it ("15 MB"; MB = 2^20 bytes, as the settings' defaults). */
export function fileTooLarge(maxBytes: number) {
  return filesErrors.error('FILE_TOO_LARGE', { maxBytes, limit: `${Number((maxBytes / 1_048_576).toFixed(1))} MB` });
}

/** 416 is answered by the download route itself (the shared error model has no 416). */
export const RANGE_NOT_SATISFIABLE = {
  code: 'FILE_RANGE_NOT_SATISFIABLE',
  vi: 'Khoảng byte yêu cầu không hợp lệ.',
  en: 'The requested byte range cannot be served.',
} as const;
