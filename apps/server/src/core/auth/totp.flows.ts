import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import type { AuditContext, AuditService } from '../audit/index.js';
import type { AccountsRepo } from './accounts.repo.js';
import { authErrors } from './auth.errors.js';
import type { AuthPolicy, SignInResult } from './auth.types.js';
import type { ResolvedSession, SessionStore } from './sessions.js';
import { matchTotp, newTotpSecret, totpUri } from './totp.js';
import type { SessionDto } from '@vioc/contracts';
import type { AppError } from '../http/index.js';

// Codes tried on one session before it is revoked and the password is asked again: with three
// valid codes of a million, five tries per password step leave guessing hopeless.
export const TOTP_MAX_ATTEMPTS = 5;

/** The second factor: sign-in's second step, setting it up, turning it on and off. */
export function createTotpFlows(deps: {
  db: Kysely<Database>;
  repo: AccountsRepo;
  sessions: SessionStore;
  audit: AuditService;
  policy: AuthPolicy;
  now: () => number;
  sessionDtoFor: (token: string) => Promise<SessionDto>;
  lockedError: (until: Date) => AppError;
}) {
  const { db, repo, sessions, audit, policy, now, sessionDtoFor, lockedError } = deps;

  /**
   * Checks a code typed on the session `current`. Every attempt is counted on the
   * session first (atomically, so parallel guesses from many addresses share the
   * budget); the last allowed wrong code revokes the session: the next try needs the
   * password again, and the round counts as a failed sign-in toward the lockout.
   */
  async function checkTotp(current: ResolvedSession, code: string, ctx: AuditContext, action: string): Promise<number> {
    const userId = current.user.id;
    const user = await repo.userById(userId);
    if (!user?.totp_secret) throw authErrors.error('TOTP_NOT_STARTED');
    if (user.locked_until && user.locked_until.getTime() > now()) throw lockedError(user.locked_until);
    const attempt = await repo.countTotpAttempt(current.session.tokenHash);
    if (attempt === null) throw authErrors.error('SESSION_EXPIRED');
    if (attempt > TOTP_MAX_ATTEMPTS)
      throw authErrors.error('TOTP_ATTEMPTS_EXCEEDED', { maxAttempts: TOTP_MAX_ATTEMPTS });
    const step = matchTotp(user.totp_secret, code, now());
    if (step === null || (user.totp_last_step !== null && step <= user.totp_last_step)) {
      await audit.recordAlone(ctx, {
        action,
        outcome: 'denied',
        targetType: 'user',
        targetId: userId,
        after: { attempt },
      });
      if (attempt === TOTP_MAX_ATTEMPTS) throw await totpAttemptsExhausted(current, ctx);
      throw authErrors.error('TOTP_INVALID', { attemptsLeft: TOTP_MAX_ATTEMPTS - attempt });
    }
    return step;
  }

  async function totpAttemptsExhausted(current: ResolvedSession, ctx: AuditContext): Promise<Error> {
    const userId = current.user.id;
    await db.transaction().execute(async (trx) => {
      await repo.revokeSession(trx, current.session.tokenHash);
      await audit.record(trx, ctx, {
        action: 'auth.totp_attempts_exceeded',
        targetType: 'user',
        targetId: userId,
        after: { attempts: TOTP_MAX_ATTEMPTS },
      });
    });
    sessions.forget(current.session.tokenHash);
    await repo.recordFailedLogin(userId, policy.lockoutThreshold, new Date(now() + policy.lockoutMinutes * 60_000));
    return authErrors.error('TOTP_ATTEMPTS_EXCEEDED', { maxAttempts: TOTP_MAX_ATTEMPTS });
  }

  /**
   * Second step of sign-in. The session token is replaced once the second
   * factor passes, so a token seen before it cannot ride on the upgrade.
   */
  async function verifyTotp(current: ResolvedSession, code: string, ctx: AuditContext): Promise<SignInResult> {
    const userId = current.user.id;
    const step = await checkTotp(current, code, ctx, 'auth.totp_verify');
    const token = await db.transaction().execute(async (trx) => {
      await repo.updateUser(trx, userId, { totp_last_step: step, failed_logins: 0, locked_until: null });
      await repo.revokeSession(trx, current.session.tokenHash);
      const isAdmin = current.actor.roles.has('admin');
      const { token } = await sessions.create(trx, {
        userId,
        isAdmin,
        mfaPassed: true,
        method: 'password',
        ip: ctx.ip,
        userAgent: ctx.userAgent,
      });
      await audit.record(trx, ctx, { action: 'auth.totp_verify', targetType: 'user', targetId: userId });
      return token;
    });
    sessions.forget(current.session.tokenHash);
    return { token, session: await sessionDtoFor(token) };
  }

  async function startTotpSetup(
    current: ResolvedSession,
    ctx: AuditContext,
  ): Promise<{ secret: string; otpauthUrl: string }> {
    // Re-running setup would silently replace a working second factor.
    if (current.user.totpEnabled) throw authErrors.error('TOTP_ALREADY_ENABLED');
    const secret = newTotpSecret();
    await db.transaction().execute(async (trx) => {
      // A pending secret only; it is not enforced until confirmed by enableTotp.
      await repo.updateUser(trx, current.user.id, { totp_secret: secret, totp_enabled: false });
      await audit.record(trx, ctx, { action: 'auth.totp_setup', targetType: 'user', targetId: current.user.id });
    });
    return { secret, otpauthUrl: totpUri(secret, current.actor.label) };
  }

  async function enableTotp(current: ResolvedSession, code: string, ctx: AuditContext): Promise<SignInResult> {
    if (current.user.totpEnabled) throw authErrors.error('TOTP_NOT_STARTED');
    const step = await checkTotp(current, code, ctx, 'auth.totp_enable');
    const token = await db.transaction().execute(async (trx) => {
      await repo.updateUser(trx, current.user.id, { totp_enabled: true, totp_last_step: step });
      await repo.revokeSession(trx, current.session.tokenHash);
      const { token } = await sessions.create(trx, {
        userId: current.user.id,
        isAdmin: current.actor.roles.has('admin'),
        mfaPassed: true,
        method: 'password',
        ip: ctx.ip,
        userAgent: ctx.userAgent,
      });
      await audit.record(trx, ctx, { action: 'auth.totp_enable', targetType: 'user', targetId: current.user.id });
      return token;
    });
    sessions.forget(current.session.tokenHash);
    return { token, session: await sessionDtoFor(token) };
  }

  async function disableTotp(current: ResolvedSession, code: string, ctx: AuditContext): Promise<void> {
    if (current.actor.roles.has('admin')) throw authErrors.error('TOTP_REQUIRED_FOR_ROLE');
    await checkTotp(current, code, ctx, 'auth.totp_disable');
    await db.transaction().execute(async (trx) => {
      await repo.updateUser(trx, current.user.id, { totp_enabled: false, totp_secret: null, totp_last_step: null });
      await audit.record(trx, ctx, { action: 'auth.totp_disable', targetType: 'user', targetId: current.user.id });
    });
    sessions.forgetUser(current.user.id);
  }

  return { verifyTotp, startTotpSetup, enableTotp, disableTotp };
}
