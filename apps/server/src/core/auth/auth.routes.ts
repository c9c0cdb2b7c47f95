import { z } from 'zod';
import {
  okResponse,
  registerBody,
  sessionSchema,
  signInBody,
  totpBody,
  totpSetupResponse,
  verifyRegistrationBody,
  STAFF_ROLES,
  HUMAN_ROLES,
} from '@vioc/contracts';
import type { App } from '../http/index.js';
import { responses } from '../http/index.js';
import { authErrors } from './auth.errors.js';
import { AppError } from '../http/index.js';
import { toSessionDto, type AuthService } from './auth.service.js';
import { clearSessionCookie, sessionOf, setSessionCookie } from './guard.js';
import type { Oidc, OidcPending } from './oidc.js';

const OIDC_COOKIE = 'vioc_oidc';
const anyone = { roles: HUMAN_ROLES, anyStage: true } as const;

export function registerAuthRoutes(
  app: App,
  deps: { auth: AuthService; oidc: Oidc; signInPerMinute: number; publicPerMinute: number; publicUrl?: string },
): void {
  const { auth, oidc } = deps;
  const tags = ['auth'];
  const signInLimit = { max: deps.signInPerMinute, timeWindow: '1 minute' };

  app.post(
    '/api/auth/sign-in',
    {
      config: { permission: { public: true }, rateLimit: signInLimit },
      schema: {
        tags,
        summary: 'Đăng nhập bằng mật khẩu',
        body: signInBody,
        response: responses({ 200: sessionSchema }),
      },
    },
    async (req, reply) => {
      const { token, session } = await auth.signIn(req.body.login, req.body.password, req.auditCtx);
      setSessionCookie(req, reply, token);
      return session;
    },
  );

  app.get(
    '/api/auth/session',
    {
      // Every guest page load asks: no session is an answer (401), not an audited denial.
      config: { permission: { ...anyone, probe: true } },
      schema: { tags, summary: 'Phiên đăng nhập hiện tại', response: responses({ 200: sessionSchema }) },
    },
    async (req) => toSessionDto(sessionOf(req)),
  );

  app.post(
    '/api/auth/totp/verify',
    {
      config: { permission: anyone, rateLimit: signInLimit },
      schema: { tags, summary: 'Xác thực hai lớp (TOTP)', body: totpBody, response: responses({ 200: sessionSchema }) },
    },
    async (req, reply) => {
      const { token, session } = await auth.verifyTotp(sessionOf(req), req.body.code, req.auditCtx);
      setSessionCookie(req, reply, token);
      return session;
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      config: { permission: { roles: STAFF_ROLES, anyStage: true } },
      schema: { tags, summary: 'Khởi tạo xác thực hai lớp', response: responses({ 200: totpSetupResponse }) },
    },
    async (req) => {
      const s = sessionOf(req);
      if (s.actor.stage === 'mfa_pending') throw authErrors.error('MFA_REQUIRED');
      return auth.startTotpSetup(s, req.auditCtx);
    },
  );

  app.post(
    '/api/auth/totp/enable',
    {
      config: { permission: { roles: STAFF_ROLES, anyStage: true }, rateLimit: signInLimit },
      schema: { tags, summary: 'Bật xác thực hai lớp', body: totpBody, response: responses({ 200: sessionSchema }) },
    },
    async (req, reply) => {
      const s = sessionOf(req);
      if (s.actor.stage === 'mfa_pending') throw authErrors.error('MFA_REQUIRED');
      const { token, session } = await auth.enableTotp(s, req.body.code, req.auditCtx);
      setSessionCookie(req, reply, token);
      return session;
    },
  );

  app.post(
    '/api/auth/totp/disable',
    {
      config: { permission: { roles: STAFF_ROLES } },
      schema: { tags, summary: 'Tắt xác thực hai lớp', body: totpBody, response: responses({ 200: okResponse }) },
    },
    async (req) => {
      await auth.disableTotp(sessionOf(req), req.body.code, req.auditCtx);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { permission: anyone },
      schema: { tags, summary: 'Đăng xuất', response: responses({ 200: okResponse }) },
    },
    async (req, reply) => {
      await auth.signOut(sessionOf(req), req.auditCtx);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/sign-out-all',
    {
      config: { permission: { roles: HUMAN_ROLES } },
      schema: {
        tags,
        summary: 'Đăng xuất khỏi mọi thiết bị',
        response: responses({ 200: z.object({ revoked: z.number().int() }) }),
      },
    },
    async (req, reply) => {
      const revoked = await auth.signOutEverywhere(sessionOf(req).user.id, req.auditCtx);
      clearSessionCookie(reply);
      return { revoked };
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { permission: { roles: HUMAN_ROLES }, rateLimit: signInLimit },
      schema: {
        tags,
        summary: 'Đổi mật khẩu',
        body: z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }),
        response: responses({ 200: okResponse }),
      },
    },
    async (req) => {
      await auth.changePassword(sessionOf(req), req.body.currentPassword, req.body.newPassword, req.auditCtx);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/register',
    {
      config: { permission: { public: true }, rateLimit: { max: deps.publicPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Người dân, doanh nghiệp tự đăng ký tài khoản',
        body: registerBody,
        response: responses({ 201: z.object({ contact: z.string() }) }),
      },
    },
    async (req, reply) => {
      const res = await auth.register(req.body, req.auditCtx, req.lang);
      return reply.status(201).send(res);
    },
  );

  app.post(
    '/api/auth/register/verify',
    {
      config: { permission: { public: true }, rateLimit: signInLimit },
      schema: {
        tags,
        summary: 'Xác minh mã đăng ký',
        body: verifyRegistrationBody,
        response: responses({ 200: sessionSchema }),
      },
    },
    async (req, reply) => {
      const { token, session } = await auth.verifyRegistration(req.body.contact, req.body.code, req.auditCtx);
      setSessionCookie(req, reply, token);
      return session;
    },
  );

  app.get(
    '/api/auth/oidc/start',
    {
      config: { permission: { public: true }, rateLimit: signInLimit },
      schema: { tags, summary: 'Bắt đầu đăng nhập một lần (OIDC)', response: { 302: z.null(), ...responses({}) } },
    },
    async (req, reply) => {
      const base = deps.publicUrl ?? `${req.protocol}://${req.host}`;
      const { url, pending } = await oidc.start(`${base}/api/auth/oidc/callback`);
      void reply.setCookie(OIDC_COOKIE, JSON.stringify(pending), {
        path: '/api/auth/oidc',
        httpOnly: true,
        sameSite: 'lax',
        signed: true,
        maxAge: 600,
        secure: req.secureCookies,
      });
      return reply.redirect(url, 302);
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    {
      config: { permission: { public: true }, rateLimit: signInLimit },
      schema: {
        tags,
        summary: 'Nhận kết quả đăng nhập một lần',
        // whatever the provider sends back (code, state, iss, error…), all handed to openid-client; an object
        // with no listed keys rather than z.record, which the OpenAPI transform turned into an invalid parameter
        querystring: z.object({}).catchall(z.string()),
        response: { 302: z.null(), ...responses({}) },
      },
    },
    async (req, reply) => {
      try {
        const raw = req.cookies[OIDC_COOKIE];
        const unsigned = raw ? req.unsignCookie(raw) : undefined;
        if (!unsigned?.valid || !unsigned.value) throw authErrors.error('OIDC_FAILED', { reason: 'missing state' });
        const pending = JSON.parse(unsigned.value) as OidcPending;
        const callback = new URL(pending.redirectUri);
        callback.search = new URLSearchParams(req.query).toString();
        const userId = await oidc.finish(callback, pending);
        const { token } = await auth.signInWithOidc(userId, req.auditCtx);
        void reply.clearCookie(OIDC_COOKIE, { path: '/api/auth/oidc' });
        setSessionCookie(req, reply, token);
      } catch (err) {
        // A person in a browser lands back on the sign-in page with the reason; API clients get JSON.
        if (err instanceof AppError && String(req.headers.accept ?? '').includes('text/html')) {
          return reply.redirect(`/login?error=${encodeURIComponent(err.code)}`, 302);
        }
        throw err;
      }
      return reply.redirect('/', 302);
    },
  );
}
