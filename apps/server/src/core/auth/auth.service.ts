import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SessionDto } from '@vioc/contracts';
import type { Database } from '../db/index.js';
import { isPgError } from '../db/index.js';
import type { AuditContext, AuditService } from '../audit/index.js';
import type { AccountsRepo } from './accounts.repo.js';
import { authErrors } from './auth.errors.js';
import { hashPassword, passwordProblems, verifyAgainstDummy, verifyPassword } from './passwords.js';
import { hashToken, type ResolvedSession, type SessionStore } from './sessions.js';
import { createTotpFlows } from './totp.flows.js';
import type { AuthPolicy, CodeSender, SignInResult } from './auth.types.js';

export type { AuthPolicy, CodeSender, SignInResult } from './auth.types.js';

const CODE_TTL_MS = 15 * 60_000;
const CODE_MAX_ATTEMPTS = 5;

export function createAuthService(deps: {
  db: Kysely<Database>;
  repo: AccountsRepo;
  sessions: SessionStore;
  audit: AuditService;
  codes: CodeSender;
  policy: AuthPolicy;
  provinceUnitId: () => Promise<string | undefined>;
  clock?: () => number;
}) {
  const { db, repo, sessions, audit, policy } = deps;
  const now = deps.clock ?? Date.now;

  function assertPassword(password: string): void {
    const problems = passwordProblems(password, policy);
    if (problems.length)
      throw authErrors.error('PASSWORD_POLICY', {
        problems,
        minLength: policy.minLength,
        minClasses: policy.minClasses,
      });
  }

  /** Opens a session for a user and returns what the browser needs. */
  async function openSession(
    userId: string,
    ctx: AuditContext,
    method: 'password' | 'oidc',
    action: string,
  ): Promise<SignInResult> {
    const user = await repo.userById(userId);
    if (!user) throw authErrors.error('INVALID_CREDENTIALS');
    const memberships = await repo.membershipsOf([userId]);
    const isAdmin = memberships.some((m) => m.role === 'admin');
    const token = await db.transaction().execute(async (trx) => {
      const at = new Date(now());
      await repo.updateUser(trx, userId, {
        // With a second factor the sign-in succeeds only once the code passes (verifyTotp):
        // until then the failed attempts keep counting toward the lockout.
        ...(!user.totp_enabled && { failed_logins: 0, locked_until: null }),
        last_login_at: at,
        last_active_at: at,
      });
      const { token } = await sessions.create(trx, {
        userId,
        isAdmin,
        mfaPassed: !user.totp_enabled,
        method,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
      });
      await audit.record(
        trx,
        { ...ctx, actorId: userId, actorLabel: user.username ?? user.email ?? user.full_name },
        { action, targetType: 'user', targetId: userId },
      );
      return token;
    });
    return { token, session: await sessionDtoFor(token) };
  }

  async function sessionDtoFor(token: string): Promise<SessionDto> {
    const resolved = await sessions.resolve(token);
    if (!resolved) throw authErrors.error('SESSION_EXPIRED');
    return toSessionDto(resolved);
  }

  async function signIn(login: string, password: string, ctx: AuditContext): Promise<SignInResult> {
    const normalized = login.trim().toLowerCase();
    const user = await repo.userByLogin(normalized);
    const deny = async (
      reason: string,
      error: 'INVALID_CREDENTIALS' | 'ACCOUNT_LOCKED' | 'ACCOUNT_DISABLED' | 'ACCOUNT_PENDING',
    ) => {
      await audit.recordAlone(
        { ...ctx, actorId: user?.id ?? null, actorLabel: normalized.slice(0, 100) },
        { action: 'auth.sign_in', outcome: 'denied', targetType: 'user', targetId: user?.id, after: { reason } },
      );
      return error === 'ACCOUNT_LOCKED' && user?.locked_until
        ? lockedError(user.locked_until)
        : authErrors.error(error);
    };
    if (!user || !user.password_hash) {
      await verifyAgainstDummy(password);
      throw await deny('unknown_login', 'INVALID_CREDENTIALS');
    }
    // The password is checked even on a locked account, and a wrong one answers exactly as an
    // unknown login does: only someone who knows the password learns that the account exists
    // and is locked. Wrong passwords during the lock do not prolong it.
    const lockedUntil = user.locked_until && user.locked_until.getTime() > now() ? user.locked_until : null;
    if (!(await verifyPassword(user.password_hash, password))) {
      if (lockedUntil) throw await deny('locked_wrong_password', 'INVALID_CREDENTIALS');
      const r = await repo.recordFailedLogin(
        user.id,
        policy.lockoutThreshold,
        new Date(now() + policy.lockoutMinutes * 60_000),
      );
      throw await deny(
        r.failed_logins >= policy.lockoutThreshold ? 'wrong_password_locked' : 'wrong_password',
        'INVALID_CREDENTIALS',
      );
    }
    await assertMaySignIn(user, deny, ctx);
    return openSession(user.id, ctx, 'password', 'auth.sign_in');
  }

  /** The account checks every way of signing in shares (password, SSO). */
  async function assertMaySignIn(
    user: NonNullable<Awaited<ReturnType<AccountsRepo['userById']>>>,
    deny: (reason: string, error: 'ACCOUNT_LOCKED' | 'ACCOUNT_DISABLED' | 'ACCOUNT_PENDING') => Promise<Error>,
    ctx: AuditContext,
  ): Promise<void> {
    if (user.locked_until && user.locked_until.getTime() > now()) throw await deny('locked', 'ACCOUNT_LOCKED');
    if (user.status === 'pending') throw await deny('pending', 'ACCOUNT_PENDING');
    if (user.status === 'disabled') throw await deny('disabled', 'ACCOUNT_DISABLED');
    if (isInactive(user.account_type, user.last_active_at ?? user.created_at)) {
      await db.transaction().execute(async (trx) => {
        await repo.updateUser(trx, user.id, { status: 'disabled', disabled_reason: 'inactive' });
        await audit.record(trx, ctx, { action: 'user.disable_inactive', targetType: 'user', targetId: user.id });
      });
      throw await deny('inactive', 'ACCOUNT_DISABLED');
    }
  }

  /** Single sign-on: the provider vouched for the person; the account must still be usable here. */
  async function signInWithOidc(userId: string, ctx: AuditContext): Promise<SignInResult> {
    const user = await repo.userById(userId);
    if (!user) throw authErrors.error('OIDC_NO_ACCOUNT');
    const deny = async (reason: string, error: 'ACCOUNT_LOCKED' | 'ACCOUNT_DISABLED' | 'ACCOUNT_PENDING') => {
      await audit.recordAlone(
        { ...ctx, actorId: user.id, actorLabel: user.username ?? user.email ?? user.full_name },
        { action: 'auth.sign_in_oidc', outcome: 'denied', targetType: 'user', targetId: user.id, after: { reason } },
      );
      return error === 'ACCOUNT_LOCKED' && user.locked_until ? lockedError(user.locked_until) : authErrors.error(error);
    };
    await assertMaySignIn(user, deny, ctx);
    return openSession(user.id, ctx, 'oidc', 'auth.sign_in_oidc');
  }

  /** 423 with how long the lock still lasts, in whole minutes (never 0 while it lasts). */
  function lockedError(until: Date) {
    return authErrors.error('ACCOUNT_LOCKED', { minutes: Math.max(1, Math.ceil((until.getTime() - now()) / 60_000)) });
  }

  function isInactive(accountType: string, lastActive: Date): boolean {
    return accountType === 'staff' && now() - lastActive.getTime() > policy.inactiveDisableDays * 86_400_000;
  }

  const totp = createTotpFlows({ db, repo, sessions, audit, policy, now, sessionDtoFor, lockedError });

  async function signOut(current: ResolvedSession, ctx: AuditContext): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await repo.revokeSession(trx, current.session.tokenHash);
      await audit.record(trx, ctx, { action: 'auth.sign_out', targetType: 'user', targetId: current.user.id });
    });
    sessions.forget(current.session.tokenHash);
  }

  async function signOutEverywhere(userId: string, ctx: AuditContext): Promise<number> {
    const n = await db.transaction().execute(async (trx) => {
      const revoked = await repo.revokeUserSessions(trx, userId);
      await audit.record(trx, ctx, {
        action: 'auth.sign_out_all',
        targetType: 'user',
        targetId: userId,
        after: { sessions: revoked.length },
      });
      return revoked.length;
    });
    sessions.forgetUser(userId);
    return n;
  }

  async function changePassword(
    current: ResolvedSession,
    currentPassword: string,
    newPassword: string,
    ctx: AuditContext,
  ): Promise<void> {
    const user = await repo.userById(current.user.id);
    if (!user?.password_hash || !(await verifyPassword(user.password_hash, currentPassword))) {
      await audit.recordAlone(ctx, {
        action: 'auth.password_change',
        outcome: 'denied',
        targetType: 'user',
        targetId: current.user.id,
      });
      throw authErrors.error('INVALID_CREDENTIALS');
    }
    assertPassword(newPassword);
    const hash = await hashPassword(newPassword);
    await db.transaction().execute(async (trx) => {
      await repo.updateUser(trx, user.id, { password_hash: hash, password_changed_at: new Date(now()) });
      await audit.record(trx, ctx, { action: 'auth.password_change', targetType: 'user', targetId: user.id });
    });
  }

  /** Self-registration of a citizen or business: a pending account until the code is confirmed. */
  async function register(
    body: { accountType: 'citizen' | 'business'; fullName: string; email?: string; phone?: string; password: string },
    ctx: AuditContext,
    lang: 'vi' | 'en',
  ): Promise<{ contact: string }> {
    assertPassword(body.password);
    const contact = (body.email ?? body.phone ?? '').toLowerCase();
    const hash = await hashPassword(body.password);
    const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
    const root = await deps.provinceUnitId();
    await db
      .transaction()
      .execute(async (trx) => {
        const { id } = await repo.insertUser(trx, {
          full_name: body.fullName,
          email: body.email?.toLowerCase() ?? null,
          phone: body.phone ?? null,
          password_hash: hash,
          status: 'pending',
          account_type: body.accountType,
        });
        if (root) await repo.insertMembership(trx, id, root, body.accountType, id);
        await repo.insertCode(trx, {
          user_id: id,
          contact,
          purpose: 'register',
          code_hash: hashToken(code),
          expires_at: new Date(now() + CODE_TTL_MS),
        });
        await audit.record(
          trx,
          { ...ctx, actorId: id, actorLabel: contact },
          { action: 'auth.register', targetType: 'user', targetId: id },
        );
      })
      .catch((err: unknown) => {
        if (isPgError(err, '23505')) throw authErrors.error('CONTACT_TAKEN');
        throw err;
      });
    await deps.codes.sendVerificationCode(contact, code, lang);
    return { contact };
  }

  async function verifyRegistration(contact: string, code: string, ctx: AuditContext): Promise<SignInResult> {
    const row = await repo.latestCode(contact.toLowerCase());
    if (!row || row.expires_at.getTime() < now() || row.attempts >= CODE_MAX_ATTEMPTS)
      throw authErrors.error('CODE_INVALID');
    await repo.countAttempt(row.id);
    if (!crypto.timingSafeEqual(row.code_hash, hashToken(code))) {
      await audit.recordAlone(ctx, {
        action: 'auth.register_verify',
        outcome: 'denied',
        targetType: 'user',
        targetId: row.user_id,
      });
      throw authErrors.error('CODE_INVALID');
    }
    await db.transaction().execute(async (trx) => {
      await repo.consumeCode(trx, row.id);
      await repo.updateUser(trx, row.user_id, { status: 'active' });
      await audit.record(
        trx,
        { ...ctx, actorId: row.user_id },
        { action: 'auth.register_verify', targetType: 'user', targetId: row.user_id },
      );
    });
    return openSession(row.user_id, ctx, 'password', 'auth.sign_in');
  }

  /** Disables staff accounts unused for the configured number of days (run daily). */
  async function disableInactiveAccounts(ctx: AuditContext): Promise<number> {
    const cutoff = new Date(now() - policy.inactiveDisableDays * 86_400_000);
    return db.transaction().execute(async (trx) => {
      const rows = await repo.disableInactive(trx, cutoff);
      for (const r of rows) {
        await repo.revokeUserSessions(trx, r.id);
        await audit.record(trx, ctx, { action: 'user.disable_inactive', targetType: 'user', targetId: r.id });
      }
      return rows.length;
    });
  }

  return {
    signIn,
    signInWithOidc,
    openSession,
    ...totp,
    signOut,
    signOutEverywhere,
    changePassword,
    register,
    verifyRegistration,
    disableInactiveAccounts,
    assertPassword,
  };
}

export function toSessionDto(r: ResolvedSession): SessionDto {
  return {
    user: r.user,
    roles: [...r.actor.roles],
    memberships: r.actor.memberships.map((m) => ({ unitId: m.unitId, unitName: m.unitName, role: m.role })),
    csrfToken: r.session.csrfToken,
    mfaRequired: r.actor.stage === 'mfa_pending',
    mfaSetupRequired: r.actor.stage === 'mfa_setup',
    idleSeconds: r.session.idleSeconds,
    expiresAt: r.session.expiresAt.toISOString(),
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
