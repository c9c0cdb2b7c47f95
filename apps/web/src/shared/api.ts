import i18next from 'i18next';
import { message } from 'antd';
import type { ErrorResponse } from '@vioc/contracts';

/** An error answered by the server (or the network), with the server's already localised message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, code: string, text: string, details?: unknown) {
    super(text);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not show the error to the user; the caller handles it. */
  silent?: boolean;
  /** A 401 is an ordinary answer here (session probe, sign-in form): do not leave for /login. */
  allow401?: boolean;
  /** Extra request headers (Idempotency-Key…). */
  headers?: Record<string, string>;
}

interface ApiHooks {
  notifyError: (text: string) => void;
  onUnauthorized: () => void;
}

let csrfToken: string | null = null;
let hooks: ApiHooks = {
  notifyError: (text) => void message.error({ content: text, key: text }),
  onUnauthorized: () => {
    if (window.location.pathname !== '/login') window.location.assign('/login');
  },
};

/** Set from every SessionDto the client receives; sent back on state-changing requests. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** For requests built by hand (multipart uploads). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

/** The app shell plugs in antd's context-aware message API and the router's navigation. */
export function configureApi(next: Partial<ApiHooks>): void {
  hooks = { ...hooks, ...next };
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function isErrorResponse(value: unknown): value is ErrorResponse {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

async function toApiError(res: Response): Promise<ApiError> {
  let payload: unknown = null;
  try {
    payload = await res.json();
  } catch {
    // not JSON (proxy error page…)
  }
  if (isErrorResponse(payload)) {
    const { code, message: text, details } = payload.error;
    return new ApiError(res.status, code, text, details);
  }
  return new ApiError(res.status, `HTTP_${res.status}`, i18next.t('errors.unknown'));
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': i18next.language === 'en' ? 'en' : 'vi',
    ...opts.headers,
  };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (UNSAFE.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    const err = new ApiError(0, 'NETWORK_ERROR', i18next.t('errors.network'));
    if (!opts.silent) hooks.notifyError(err.message);
    throw err;
  }

  if (!res.ok) {
    const err = await toApiError(res);
    if (res.status === 401 && !opts.allow401) {
      setCsrfToken(null);
      if (!opts.silent) hooks.notifyError(err.message);
      hooks.onUnauthorized();
    } else if (!opts.silent) {
      hooks.notifyError(err.message);
    }
    throw err;
  }

  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) return (await res.json()) as T;
  return (await res.text()) as T;
}

export const api = {
  get: <T>(path: string, opts?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, { ...opts, body }),
  put: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', path, { ...opts, body }),
  patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PATCH', path, { ...opts, body }),
  del: <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, opts),
};

/** Lists come either bare or as {items}; accept both so the client does not depend on the wrapper. */
export function itemsOf<T>(value: T[] | { items: T[] } | null | undefined): T[] {
  if (!value) return [];
  return Array.isArray(value) ? value : value.items;
}
