import i18next from 'i18next';
import createClient, {
  type ClientPathsWithMethod,
  type FetchResponse,
  type MaybeOptionalInit,
  type Middleware,
} from 'openapi-fetch';
import type { ErrorResponse } from '@vioc/contracts';
import type { paths } from './api.schema';

/**
 * The web's only way to the API: an openapi-fetch client typed by api.schema.d.ts (generated from
 * docs/openapi.json), wrapped so that every page keeps one behaviour — same-origin cookies, the CSRF
 * header on state-changing requests, the answer's language, errors thrown as ApiError with the
 * server's localised message and shown to the user unless the caller asks for silence, a 401 that
 * sends the person to /login.
 */

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

/**
 * What a caller may ask besides openapi-fetch's own options (params, body, headers, signal…). A type
 * alias, not an interface: it must stay assignable to the plain record handed to openapi-fetch.
 */
export type ApiOptions = {
  /** Do not show the error to the user; the caller handles it. */
  silent?: boolean;
  /** A 401 is an ordinary answer here (session probe, sign-in form): do not leave for /login. */
  allow401?: boolean;
};

interface ApiHooks {
  notifyError: (text: string) => void;
  onUnauthorized: () => void;
}

let csrfToken: string | null = null;
let hooks: ApiHooks = {
  // Loaded on first use: the app shell replaces it with antd's context-aware message API at once,
  // and the client stays importable where antd is not (the unit test under Node).
  notifyError: (text) => void import('antd').then(({ message }) => message.error({ content: text, key: text })),
  onUnauthorized: () => {
    if (window.location.pathname !== '/login') window.location.assign('/login');
  },
};

/** Set from every SessionDto the client receives; sent back on state-changing requests. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The app shell plugs in antd's context-aware message API and the router's navigation. */
export function configureApi(next: Partial<ApiHooks>): void {
  hooks = { ...hooks, ...next };
}

/** Query strings as the server has always received them: empty, null and undefined values are left out. */
function serializeQuery(query: Record<string, unknown> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null || item === '') continue;
      params.append(key, String(item));
    }
  }
  return params.toString();
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const headersMiddleware: Middleware = {
  onRequest({ request }) {
    if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json');
    request.headers.set('Accept-Language', i18next.language === 'en' ? 'en' : 'vi');
    // read per request: the token changes with every sign-in and password change
    if (UNSAFE.has(request.method) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};

export const client = createClient<paths>({
  // absolute, so that Request() accepts it outside a document too (the unit test); same origin in the browser
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  // resolved per call rather than captured once, so a test can stand in for the network
  fetch: (request) => globalThis.fetch(request),
  querySerializer: serializeQuery,
});
client.use(headersMiddleware);

function isErrorResponse(value: unknown): value is ErrorResponse {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

/** openapi-fetch hands a failed answer's body over parsed when it is JSON, as text otherwise (a proxy page…). */
export function toApiError(status: number, body: unknown): ApiError {
  if (isErrorResponse(body)) {
    const { code, message: text, details } = body.error;
    return new ApiError(status, code, text, details);
  }
  return new ApiError(status, `HTTP_${status}`, i18next.t('errors.unknown'));
}

/** Shows (or not) what went wrong and turns it into the error the caller catches. */
function failure(cause: unknown, opts: ApiOptions): unknown {
  if (cause instanceof DOMException && cause.name === 'AbortError') return cause;
  const err = cause instanceof ApiError ? cause : new ApiError(0, 'NETWORK_ERROR', i18next.t('errors.network'));
  if (err.status === 401 && !opts.allow401) {
    setCsrfToken(null);
    if (!opts.silent) hooks.notifyError(err.message);
    hooks.onUnauthorized();
  } else if (!opts.silent) {
    hooks.notifyError(err.message);
  }
  return err;
}

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
type Answer = { data?: unknown; error?: unknown; response: Response };
// The typed surface is `api` below; underneath, a path is a plain string handed to openapi-fetch.
type LooseRequest = (method: Method, url: string, init?: Record<string, unknown>) => Promise<Answer>;
const send = client.request as unknown as LooseRequest;

async function call(method: Method, url: string, init: Record<string, unknown> & ApiOptions = {}): Promise<unknown> {
  const { silent, allow401, ...rest } = init;
  try {
    const { data, error, response } = await send(method, url, rest);
    if (!response.ok) throw toApiError(response.status, error);
    return data; // undefined for a 204 or an empty body
  } catch (cause) {
    throw failure(cause, { silent, allow401 });
  }
}

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** openapi-fetch's rule: the options argument is required when the route has required params or body. */
type InitArgs<I> = RequiredKeys<I> extends never ? [init?: I & ApiOptions] : [init: I & ApiOptions];
type Success<Op extends Record<string | number, unknown>, I> = Exclude<
  FetchResponse<Op, I, `${string}/${string}`>,
  { error: unknown }
>['data'];

/** A route's paths for a method, its options and its success body, all read from the generated schema. */
export type ApiPath<M extends Method> = ClientPathsWithMethod<typeof client, M>;
type Call<M extends Method> = <P extends ApiPath<M>, I extends MaybeOptionalInit<paths[P], M>>(
  url: P,
  ...init: InitArgs<I>
) => Promise<Success<paths[P][M] & Record<string | number, unknown>, I>>;

const method = <M extends Method>(m: M): Call<M> =>
  // the implementation is untyped (see LooseRequest); Call<M> is the contract callers see
  ((url: string, init?: Record<string, unknown> & ApiOptions) => call(m, url, init)) as Call<M>;

/** `await api.get('/api/reports/{id}', { params: { path: { id } }, silent: true })` → the typed body, or throws ApiError. */
export const api = {
  get: method('get'),
  post: method('post'),
  put: method('put'),
  patch: method('patch'),
  del: method('delete'),
};

/**
 * GET a route the generated schema does not list yet — a module scaffolded by `npm run new:module`
 * before `npm run openapi` has added its routes. The caller states the type; once the route is in
 * api.schema.d.ts, use api.get and drop both.
 */
export function getUnlisted<T>(url: string, init: { signal?: AbortSignal } & ApiOptions = {}): Promise<T> {
  return call('get', url, init) as Promise<T>;
}

/** The success body of a route, for a page that keeps one in state or passes it down. */
export type ApiData<P extends keyof paths, M extends Method = 'get'> = Success<
  paths[P][M] & Record<string | number, unknown>,
  object
>;

/** A route's JSON request body, for a form that builds it before the call. */
export type ApiBody<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** A route's query parameters, for a page that builds them before the call. */
export type ApiQuery<P extends keyof paths, M extends Method = 'get'> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

/**
 * A URL for a link rather than a fetch: CSV/XLSX exports are downloaded by the browser (an <a href>,
 * same-origin cookie), which openapi-fetch, made to read answers into memory, does not do.
 */
export function downloadUrl<P extends ApiPath<'get'>>(path: P, query: ApiQuery<P>): string {
  const qs = serializeQuery(query as Record<string, unknown>);
  return qs ? `${path}?${qs}` : path;
}

/** Lists come either bare or as {items}; accept both so the client does not depend on the wrapper. */
export function itemsOf<T>(value: T[] | { items: T[] } | null | undefined): T[] {
  if (!value) return [];
  return Array.isArray(value) ? value : value.items;
}

/**
 * bodySerializer of multipart routes (uploads): the generated body type names the form's fields (a
 * file is a Blob) and openapi-fetch sends the FormData as it is, with the browser's boundary.
 */
export function formData(body: Record<string, string | Blob | undefined>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) if (value !== undefined) form.append(key, value);
  return form;
}
