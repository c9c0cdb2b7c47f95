import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyRequest,
  type RawServerDefault,
} from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Permission } from './permission.js';
import { AppError, httpErrors, isDatabaseUnavailable, isStorageFull, pickLang, type Lang } from './errors.js';
import type { Metrics } from './metrics.js';
import { applySecurityHeaders, helmetOptions, securityHeaders } from './security-headers.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: Permission;
  }
  interface FastifyRequest {
    lang: Lang;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface RegisteredRoute {
  method: string;
  url: string;
  permission: Permission;
}

export interface HttpOptions {
  logger: FastifyBaseLogger;
  bodyLimit: number;
  trustProxy: boolean;
  publicUrl?: string;
  mapTileUrl?: string;
  webDist: string;
  metrics: Metrics;
  cookieSecret: string;
}

const INTERNAL = {
  code: 'INTERNAL_ERROR',
  vi: 'Lỗi hệ thống, vui lòng thử lại sau.',
  en: 'Internal error, please try again later.',
};

/** Routes registered by plugins we trust to be public (the API docs). */
const PLUGIN_PUBLIC = /^\/api\/docs(\/|$)/;

/**
 * The HTTP shell every module registers into: zod schemas, OpenAPI, one error
 * format, security headers, and the rule that a route without a declared
 * permission does not register.
 */
export async function createHttpApp(opts: HttpOptions): Promise<{ app: App; routes: RegisteredRoute[] }> {
  const app = Fastify({
    loggerInstance: opts.logger,
    bodyLimit: opts.bodyLimit,
    trustProxy: opts.trustProxy,
    // Per-request log lines cost throughput; request metrics go to /metrics instead.
    logController: new LogController({ disableRequestLogging: true }),
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const cfg = (route.config ?? {}) as { permission?: Permission };
    if (!cfg.permission && PLUGIN_PUBLIC.test(route.url ?? '')) {
      route.config = { ...cfg, permission: { public: true } };
    } else if (!cfg.permission) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no permission; it is not registered.`);
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods) {
      if (m === 'HEAD' && routes.some((r) => r.method === 'GET' && r.url === route.url)) continue;
      routes.push({
        method: m,
        url: route.url ?? '',
        permission: (route.config as { permission: Permission }).permission,
      });
    }
  });

  app.decorateRequest('lang', 'vi');
  app.addHook('onRequest', async (req) => {
    const q = req.query as { lang?: string } | undefined;
    req.lang = pickLang(req.headers['accept-language'], q?.lang ?? req.cookies?.lang);
  });

  // PostgreSQL text cannot hold U+0000: a NUL anywhere would fail deep in a query as a 500.
  // Refused here, once, for every string a route can receive, before its schema runs.
  app.addHook('preValidation', async (req) => {
    for (const [where, value] of [
      ['params', req.params],
      ['query', req.query],
      ['body', req.body],
    ] as const) {
      const at = nulPath(value, where);
      if (at !== undefined) throw httpErrors.error('NUL_CHARACTER', { path: at });
    }
  });

  await app.register(cookie, { secret: opts.cookieSecret });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      Object.assign(httpErrors.error('RATE_LIMITED', { retryAfterSeconds: Math.ceil(ctx.ttl / 1000) })),
  });
  // Helmet's headers, computed once at start-up (@fastify/helmet rebuilt them on every request).
  const security = securityHeaders(helmetOptions(opts));
  app.addHook('onRequest', (_req, reply, done) => {
    applySecurityHeaders(reply.raw, security);
    done();
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'vioc API',
        description: 'Trung tâm Giám sát, điều hành đô thị thông minh — Intelligent Operations Center',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'vioc_sid' },
          apiKey: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.setErrorHandler((err, req, reply) => {
    const lang = req.lang ?? 'vi';
    const app_ = toAppError(err);
    if (app_) {
      if (app_.code === 'RATE_LIMITED')
        void reply.header(
          'retry-after',
          String((app_.details as { retryAfterSeconds?: number })?.retryAfterSeconds ?? 60),
        );
      // The embedded database restarts within seconds; clients and proxies may retry after that.
      if (app_.code === 'DATABASE_UNAVAILABLE') void reply.header('retry-after', '5');
      // Nothing frees the space by itself: the operator has to act, so it is logged as an error.
      if (app_.code === 'STORAGE_FULL') req.log.error({ err, url: req.url }, 'storage full: a write was refused');
      return reply
        .status(app_.status)
        .send({ error: { code: app_.code, message: app_.messageIn(lang), details: app_.details } });
    }
    if (isResponseSerializationError(err)) req.log.error({ err, url: req.url }, 'response does not match its schema');
    else req.log.error({ err, url: req.url }, 'unhandled error');
    return reply.status(500).send({ error: { code: INTERNAL.code, message: INTERNAL[lang] } });
  });

  const hasWeb = fs.existsSync(path.join(opts.webDist, 'index.html'));
  const notFound = (req: FastifyRequest, reply: import('fastify').FastifyReply) => {
    const e = httpErrors.error('NOT_FOUND');
    return reply.status(404).send({ error: { code: e.code, message: e.messageIn(req.lang ?? 'vi') } });
  };
  if (hasWeb) {
    await app.register(fastifyStatic, { root: opts.webDist, serve: false });
    // The web app: hashed assets cached for a year, any other page path answered
    // with index.html so client-side routes survive a reload.
    app.get('/*', { config: { permission: { public: true } }, schema: { hide: true } }, async (req, reply) => {
      const url = (req.url.split('?')[0] ?? '/').replace(/\/+$/, '') || '/';
      // Machine paths never fall back to the web app: an unknown API path is a JSON 404, not a page.
      if (/^\/(api|open311)(\/|$)/i.test(url)) return notFound(req, reply);
      const rel = decodeURIComponent(url).replace(/^\/+/, '');
      const file = path.resolve(opts.webDist, rel);
      if (rel && file.startsWith(opts.webDist + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        const immutable = rel.startsWith('assets/');
        return reply.sendFile(rel, { cacheControl: true, maxAge: immutable ? 31_536_000_000 : 0, immutable });
      }
      if (path.extname(rel)) return notFound(req, reply);
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  app.setNotFoundHandler(notFound);

  opts.metrics.instrument(app);
  return { app: app as unknown as App, routes };
}

/** Where in a parsed input (strings, arrays, objects, their keys) a NUL character is, if anywhere. */
function nulPath(value: unknown, at: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? at : undefined;
  // Deeper than any schema of ours: the schema refuses it anyway.
  if (typeof value !== 'object' || value === null || depth > 32) return undefined;
  if (Buffer.isBuffer(value)) return undefined;
  for (const [k, v] of Object.entries(value)) {
    if (k.includes('\u0000')) return at;
    const found = nulPath(v, `${at}.${k}`, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Maps every error a request can raise to a 4xx AppError; undefined means a real 500. */
function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    return httpErrors.error(
      'VALIDATION_FAILED',
      err.validation.map((v) => ({
        path:
          v.instancePath || (v.params as { issue?: { path?: unknown[] } } | undefined)?.issue?.path?.join('.') || '',
        message: v.message,
      })),
    );
  }
  const e = err as { code?: string; statusCode?: number; validation?: unknown; message?: string };
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return httpErrors.error('MALFORMED_JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return httpErrors.error('BODY_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return httpErrors.error('UNSUPPORTED_MEDIA_TYPE');
  }
  if (err instanceof SyntaxError && e.statusCode === 400) return httpErrors.error('MALFORMED_JSON');
  if (e.validation) return httpErrors.error('VALIDATION_FAILED', e.validation);
  if (e.statusCode === 429) return httpErrors.error('RATE_LIMITED');
  if (isDatabaseUnavailable(err)) return httpErrors.error('DATABASE_UNAVAILABLE');
  if (isStorageFull(err)) return httpErrors.error('STORAGE_FULL');
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return e.statusCode === 404
      ? httpErrors.error('NOT_FOUND')
      : httpErrors.error('VALIDATION_FAILED', { reason: e.message });
  }
  return undefined;
}

export type { FastifyRequest };
