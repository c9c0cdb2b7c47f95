import { auditRef } from '../audit/index.js';
import { defineModule, moduleRef, type InitContext } from '../platform/index.js';
import { accountsRepo } from './accounts.repo.js';
import { registerAccountRoutes } from './accounts.routes.js';
import { createAccountsService } from './accounts.service.js';
import { createApiKeyService } from './apikeys.service.js';
import { registerAuthRoutes } from './auth.routes.js';
import { createAuthService, type CodeSender } from './auth.service.js';
import { installGuard } from './guard.js';
import { createOidc } from './oidc.js';
import { createSessionStore } from './sessions.js';
import type { UnitDirectory } from './unit-paths.js';

/**
 * The org module, seen through the narrow surface auth uses and named by ref: org stands on auth
 * (actors, the guard), so auth must not import it. modules.ts checks OrgService meets it.
 */
const orgAsDirectory = moduleRef<UnitDirectory>('org');
const deps = { audit: auditRef, org: orgAsDirectory };
type AuthContext = InitContext<typeof deps, Record<never, never>>;

/**
 * Accounts, sessions, TOTP, OIDC, API keys and the permission guard every route passes.
 * Registration codes go through `codes`: a test's sender, else whatever a module plugs in with
 * `deliverCodesWith` (notify does, for SMS and email), else the development log.
 */
function createAuthParts({ db, core, logger, clock, deps: d }: AuthContext, codeSender?: CodeSender) {
  const repo = accountsRepo(db);
  const sessions = createSessionStore(
    repo,
    {
      idleMinutes: core.SESSION_IDLE_MINUTES,
      adminIdleMinutes: core.ADMIN_SESSION_IDLE_MINUTES,
      absoluteHours: core.SESSION_ABSOLUTE_HOURS,
    },
    clock,
  );
  const developmentLog: CodeSender = {
    async sendVerificationCode(contact, code) {
      // No SMS/email channel is configured in development: the code is logged for the operator.
      logger.info({ contact, code }, 'verification code (development delivery)');
    },
  };
  let plugged: CodeSender | undefined;
  const codes: CodeSender = {
    sendVerificationCode: (contact, code, lang) =>
      (codeSender ?? plugged ?? developmentLog).sendVerificationCode(contact, code, lang),
  };
  /** The extension point for code delivery (Backstage-style): the delivering module calls it in its init. */
  const deliverCodesWith = (wrap: (fallback: CodeSender) => CodeSender) => {
    plugged = wrap(developmentLog);
  };
  let provinceId: string | undefined;
  const auth = createAuthService({
    db,
    repo,
    sessions,
    audit: d.audit,
    codes,
    policy: {
      minLength: core.PASSWORD_MIN_LENGTH,
      minClasses: core.PASSWORD_MIN_CLASSES,
      lockoutThreshold: core.LOCKOUT_THRESHOLD,
      lockoutMinutes: core.LOCKOUT_MINUTES,
      inactiveDisableDays: core.INACTIVE_DISABLE_DAYS,
    },
    provinceUnitId: async () => (provinceId ??= (await d.org.rootProvince())?.id),
    clock,
  });
  const accounts = createAccountsService({
    db,
    repo,
    audit: d.audit,
    org: d.org,
    sessions,
    assertPassword: auth.assertPassword,
  });
  const apiKeys = createApiKeyService({ db, repo, audit: d.audit, org: d.org });
  const oidc = createOidc(
    core.OIDC_ISSUER && core.OIDC_CLIENT_ID
      ? {
          issuer: core.OIDC_ISSUER,
          clientId: core.OIDC_CLIENT_ID,
          clientSecret: core.OIDC_CLIENT_SECRET,
          allowHttp: core.OIDC_ALLOW_HTTP,
        }
      : undefined,
    repo,
  );
  return { repo, sessions, auth, accounts, apiKeys, oidc, deliverCodesWith };
}

export type AuthParts = ReturnType<typeof createAuthParts>;
export const authRef = moduleRef<AuthParts>('auth');

const SYSTEM = { actorId: null, actorLabel: 'system', ip: null, userAgent: null };

/** `codeSender` replaces delivery of registration codes (tests capture them). */
export function authModule(opts: { codeSender?: CodeSender } = {}) {
  return defineModule({
    ref: authRef,
    description: 'Accounts, sessions, two factors, single sign-on, API keys, the permission guard',
    core: true,
    deps,
    init: (ctx) => createAuthParts(ctx, opts.codeSender),
    http: (app, a, { core, deps: d }) =>
      installGuard(app, { sessions: a.sessions, apiKeys: a.apiKeys, audit: d.audit, publicUrl: core.PUBLIC_URL }),
    routes(app, a, { core }) {
      registerAuthRoutes(app, {
        auth: a.auth,
        oidc: a.oidc,
        signInPerMinute: core.RATE_LIMIT_SIGNIN_PER_MINUTE,
        publicPerMinute: core.RATE_LIMIT_PUBLIC_PER_MINUTE,
        publicUrl: core.PUBLIC_URL,
      });
      registerAccountRoutes(app, { accounts: a.accounts, apiKeys: a.apiKeys });
    },
    async housekeeping(a, { clock }) {
      const disabled = await a.auth.disableInactiveAccounts(SYSTEM);
      await a.repo.deleteExpiredSessions(new Date(clock() - 86_400_000));
      return { accountsDisabled: disabled };
    },
  });
}
