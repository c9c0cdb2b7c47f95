/**
 * One error model for the whole server. Each module declares a closed set of
 * codes with their HTTP status and bilingual message; the record type makes an
 * unmapped code a compile error.
 */
export type Lang = 'vi' | 'en';

export interface ErrorSpec {
  status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 423 | 429 | 503;
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
  messageIn(lang: Lang): string {
    return this.spec[lang];
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
  RATE_LIMITED: {
    status: 429,
    vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau.',
    en: 'Too many requests, try again later.',
  },
  NOT_READY: { status: 503, vi: 'Hệ thống chưa sẵn sàng.', en: 'The service is not ready.' },
});

export function pickLang(header: string | undefined, override?: string): Lang {
  if (override === 'en' || override === 'vi') return override;
  if (!header) return 'vi';
  // First language tag wins; anything other than English falls back to Vietnamese.
  return header.trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}
