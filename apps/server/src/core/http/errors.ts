/**
 * One error model for the whole server. Each module declares a closed set of
 * codes with their HTTP status and bilingual message; the record type makes an
 * unmapped code a compile error.
 */
export type Lang = 'vi' | 'en';

export interface ErrorSpec {
  status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 423 | 429 | 503 | 507;
  vi: string;
  en: string;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly spec: ErrorSpec,
    readonly details?: unknown,
  ) {
    super(`${code}: ${spec.en}`);
  }
  get status(): number {
    return this.spec.status;
  }
  /** The message, with `{name}` filled from the details where a message needs a figure (minutes, a size). */
  messageIn(lang: Lang): string {
    const d = this.details;
    if (typeof d !== 'object' || d === null) return this.spec[lang];
    return this.spec[lang].replace(/\{(\w+)\}/g, (m, k: string) => {
      const v = (d as Record<string, unknown>)[k];
      return typeof v === 'string' || typeof v === 'number' ? String(v) : m;
    });
  }
}

export interface ErrorCatalog<C extends string> {
  readonly specs: Readonly<Record<C, ErrorSpec>>;
  error(code: C, details?: unknown): AppError;
}

export function defineErrors<const T extends Record<string, ErrorSpec>>(
  specs: T,
): ErrorCatalog<Extract<keyof T, string>> {
  return {
    specs,
    error: (code, details) => new AppError(code, specs[code] as ErrorSpec, details),
  };
}

/** Errors raised by the HTTP layer itself, before any module is involved. */
export const httpErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The request is invalid.' },
  NUL_CHARACTER: {
    status: 400,
    vi: 'Dữ liệu gửi lên chứa ký tự NUL (U+0000), không được chấp nhận.',
    en: 'The request contains a NUL character (U+0000), which is not accepted.',
  },
  MALFORMED_JSON: { status: 400, vi: 'Nội dung JSON bị lỗi cú pháp.', en: 'The JSON body is malformed.' },
  BODY_TOO_LARGE: { status: 413, vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: 'Kiểu nội dung không được hỗ trợ.',
    en: 'The content type is not supported.',
  },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy tài nguyên.', en: 'Resource not found.' },
  UNAUTHENTICATED: { status: 401, vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  FORBIDDEN: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  CSRF_FAILED: {
    status: 403,
    vi: 'Phiên làm việc không hợp lệ (CSRF). Hãy tải lại trang.',
    en: 'Invalid CSRF token. Reload the page.',
  },
  CROSS_SITE_REQUEST: {
    status: 403,
    vi: 'Yêu cầu đến từ một trang web khác nên bị từ chối. Hãy thao tác trên trang của hệ thống.',
    en: 'The request comes from another site and was refused. Use the system’s own pages.',
  },
  RATE_LIMITED: {
    status: 429,
    vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau.',
    en: 'Too many requests, try again later.',
  },
  NOT_READY: { status: 503, vi: 'Hệ thống chưa sẵn sàng.', en: 'The service is not ready.' },
  DATABASE_UNAVAILABLE: {
    status: 503,
    vi: 'Cơ sở dữ liệu tạm thời không kết nối được, vui lòng thử lại sau ít phút.',
    en: 'The database is temporarily unreachable; try again in a moment.',
  },
  STORAGE_FULL: {
    status: 507,
    vi: 'Hết dung lượng lưu trữ trên máy chủ nên tệp chưa được lưu. Vui lòng thử lại sau hoặc báo quản trị viên.',
    en: 'The server has run out of storage space, so the file was not saved. Try again later or tell the administrator.',
  },
});

// A full disk or quota (errno), or an S3-compatible store that says so (MinIO's 507).
const FULL_ERRNO = new Set(['ENOSPC', 'EDQUOT']);
const FULL_S3_NAMES = new Set(['XMinioStorageFull']);

/**
 * Whether err says the storage is full (disk, quota, object store), as opposed
 * to any other write failure. The one place that decides it: such failures
 * answer 507 STORAGE_FULL, not 500, wherever a route writes bytes.
 */
export function isStorageFull(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 4) return false;
  const e = err as { code?: unknown; name?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && FULL_ERRNO.has(e.code)) return true;
  if (typeof e.name === 'string' && FULL_S3_NAMES.has(e.name)) return true;
  return e.cause !== undefined && isStorageFull(e.cause, depth + 1);
}

// SQLSTATEs meaning "no usable connection" rather than a bad query: class 08
// (connection exception), 57P01–57P03 (server shutting down, crashed, starting).
const DB_GONE_SQLSTATE = /^(08\d{3}|08P01|57P0[123]|53300)$/;
const DB_GONE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
// node-postgres reports a dead socket or a pool wait with plain messages, without a code.
const DB_GONE_MESSAGE =
  /^(Connection terminated|Client has encountered a connection error|Client was closed|timeout exceeded when trying to connect|Connection terminated unexpectedly)/;

/**
 * Whether err says the database cannot be reached (down, restarting, network),
 * as opposed to a query that failed. The one place that decides it: such
 * failures answer 503 DATABASE_UNAVAILABLE, not 500.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 4) return false;
  const e = err as { code?: unknown; message?: unknown; errors?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && (DB_GONE_SQLSTATE.test(e.code) || DB_GONE_ERRNO.has(e.code))) return true;
  if (typeof e.message === 'string' && DB_GONE_MESSAGE.test(e.message)) return true;
  // Connecting to a name with several addresses fails with an AggregateError of each attempt.
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return e.cause !== undefined && isDatabaseUnavailable(e.cause, depth + 1);
}

export function pickLang(header: string | undefined, override?: string): Lang {
  if (override === 'en' || override === 'vi') return override;
  if (!header) return 'vi';
  // First language tag wins; anything other than English falls back to Vietnamese.
  return header.trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}
