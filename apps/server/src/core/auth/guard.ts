import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuditContext, AuditService } from '../audit/index.js';
import type { App } from '../http/index.js';
import { httpErrors, type AppError } from '../http/index.js';
import { hasAnyRole, type Actor, type Permission } from './actor.js';
import { authErrors } from './auth.errors.js';
import type { ApiKeyService } from './apikeys.service.js';
import type { ResolvedSession, SessionStore } from './sessions.js';

export const SESSION_COOKIE = 'vioc_sid';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    session: ResolvedSession | null;
    auditCtx: AuditContext;
    /**
     * Cookies set on this request are `Secure`: the site is https (PUBLIC_URL), even when a
     * TLS-terminating proxy forwards plain http here, or this request itself came over https.
     */
    secureCookies: boolean;
  }
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secureCookies,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The signed-in actor; routes that declare roles can rely on it being there. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw httpErrors.error('UNAUTHENTICATED');
  return req.actor;
}

export function sessionOf(req: FastifyRequest): ResolvedSession {
  if (!req.session) throw httpErrors.error('UNAUTHENTICATED');
  return req.session;
}

/**
 * Authenticates every request (session cookie or API key) and enforces the
 * route's declared permission before validation or handler run. Every denial
 * is written to the audit log.
 */
export function installGuard(
  app: App,
  deps: { sessions: SessionStore; apiKeys: ApiKeyService; audit: AuditService; publicUrl?: string | undefined },
): void {
  const publicOrigin = deps.publicUrl ? new URL(deps.publicUrl).origin : undefined;
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('auditCtx', null as unknown as AuditContext);
  app.decorateRequest('secureCookies', false);
  const httpsSite = publicOrigin?.startsWith('https:') ?? false;

  app.addHook('onRequest', async (req) => {
    req.secureCookies = httpsSite || req.protocol === 'https';
    const permission = req.routeOptions.config?.permission as Permission | undefined;
    const ua = req.headers['user-agent'];
    req.auditCtx = {
      actorId: null,
      actorLabel: null,
      ip: req.ip,
      userAgent: typeof ua === 'string' ? ua.slice(0, 300) : null,
    };
    if (!permission) return; // unmatched route: the 404 handler answers

    const deny = async (error: AppError, reason: string) => {
      await deps.audit.recordAlone(req.auditCtx, {
        action: 'access.denied',
        outcome: 'denied',
        targetType: 'route',
        targetId: `${req.method} ${req.routeOptions.url ?? req.url}`,
        after: { reason },
      });
      throw error;
    };

    const bearer = bearerToken(req);
    if (bearer !== undefined) {
      req.actor = await deps.apiKeys.resolve(bearer);
      if (!req.actor) return deny(authErrors.error('API_KEY_INVALID'), 'invalid_api_key');
    } else {
      const token = req.cookies[SESSION_COOKIE];
      if (token) {
        req.session = await deps.sessions.resolve(token);
        req.actor = req.session?.actor ?? null;
      }
    }
    if (req.actor)
      req.auditCtx = { ...req.auditCtx, actorId: req.actor.userId ?? req.actor.id, actorLabel: req.actor.label };
    // A write made with a session cookie acts as that user, on a public route too (a rating, a
    // report attributed to the citizen): the browser sends the cookie on a forged cross-site
    // request, so such writes must prove they come from our pages, whatever the route.
    const checkCookieWrite = () => {
      if (!req.session || SAFE_METHODS.has(req.method)) return;
      if (isCrossSite(req, publicOrigin))
        return deny(httpErrors.error('CROSS_SITE_REQUEST', { origin: req.headers.origin ?? null }), 'cross_site');
      if (req.headers['x-csrf-token'] !== req.session.session.csrfToken)
        return deny(httpErrors.error('CSRF_FAILED'), 'csrf');
    };
    if ('public' in permission) return checkCookieWrite();

    const actor = req.actor;
    if (!actor && permission.probe) throw httpErrors.error('UNAUTHENTICATED');
    if (!actor) return deny(httpErrors.error('UNAUTHENTICATED'), 'unauthenticated');
    if (actor.stage !== 'full' && !permission.anyStage) {
      return deny(
        actor.stage === 'mfa_pending' ? authErrors.error('MFA_REQUIRED') : authErrors.error('MFA_SETUP_REQUIRED'),
        actor.stage,
      );
    }
    if (!hasAnyRole(actor, permission.roles)) return deny(httpErrors.error('FORBIDDEN'), 'role');
    return checkCookieWrite();
  });
}

/**
 * A browser tells where a request comes from: Sec-Fetch-Site (every current
 * browser) and Origin (on every cross-origin and most same-origin writes).
 * The origin is ours when it is PUBLIC_URL's or names the host the request was
 * sent to (behind a TLS-terminating proxy the scheme seen here can differ).
 * Clients that send neither (curl, scripts) still need the CSRF token.
 */
function isCrossSite(req: FastifyRequest, publicOrigin: string | undefined): boolean {
  if (req.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  if (origin === publicOrigin) return false;
  try {
    const from = new URL(origin);
    // Read the Host header under the origin's scheme, so a default port written out still matches.
    return from.host !== new URL(`${from.protocol}//${req.host}`).host;
  } catch {
    return true; // "null" (a sandboxed frame, a redirect across sites) or garbage
  }
}

function bearerToken(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (typeof h === 'string' && h.toLowerCase().startsWith('bearer ')) return h.slice(7).trim();
  const k = req.headers['x-api-key'];
  return typeof k === 'string' ? k.trim() : undefined;
}
