import crypto from 'node:crypto';
import type { Role } from '@vioc/contracts';
import type { Actor, ScopedMembership } from './actor.js';
import type { AccountsRepo, Tx } from './accounts.repo.js';

export interface SessionPolicy {
  idleMinutes: number;
  adminIdleMinutes: number;
  absoluteHours: number;
}

export interface SessionInfo {
  tokenHash: Buffer;
  csrfToken: string;
  idleSeconds: number;
  expiresAt: Date;
}

export interface ResolvedSession {
  actor: Actor;
  session: SessionInfo;
  user: {
    id: string;
    fullName: string;
    username: string | null;
    email: string | null;
    accountType: string;
    totpEnabled: boolean;
    locale: 'vi' | 'en';
  };
}

interface CacheEntry {
  resolved: ResolvedSession;
  loadedAt: number;
  lastSeen: number;
  lastWritten: number;
}

// A session is re-read from the database at most this often per process, so a
// revocation made by another process takes effect within this delay.
const CACHE_MS = 5_000;
// last_seen_at is written at most this often; idle expiry is exact to this margin.
const TOUCH_MS = 30_000;

export function hashToken(token: string): Buffer {
  return crypto.createHash('sha256').update(token).digest();
}

export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function toScoped(
  rows: { unit_id: string; unit_path: string; unit_name: string; role: string }[],
): ScopedMembership[] {
  return rows.map((m) => ({ unitId: m.unit_id, unitPath: m.unit_path, unitName: m.unit_name, role: m.role as Role }));
}

export function createSessionStore(repo: AccountsRepo, policy: SessionPolicy, clock: () => number = Date.now) {
  const cache = new Map<string, CacheEntry>();

  async function create(
    trx: Tx,
    p: {
      userId: string;
      isAdmin: boolean;
      mfaPassed: boolean;
      method: 'password' | 'oidc';
      ip: string | null;
      userAgent: string | null;
    },
  ): Promise<{ token: string; csrfToken: string }> {
    const token = newToken();
    const csrfToken = newToken();
    const now = clock();
    await repo.insertSession(trx, {
      token_hash: hashToken(token),
      user_id: p.userId,
      csrf_token: csrfToken,
      auth_method: p.method,
      mfa_passed: p.mfaPassed,
      idle_seconds: (p.isAdmin ? policy.adminIdleMinutes : policy.idleMinutes) * 60,
      created_at: new Date(now),
      last_seen_at: new Date(now),
      expires_at: new Date(now + policy.absoluteHours * 3_600_000),
      ip: p.ip,
      user_agent: p.userAgent?.slice(0, 500) ?? null,
    });
    return { token, csrfToken };
  }

  async function load(tokenHash: Buffer): Promise<{ resolved: ResolvedSession; lastSeenAt: number } | null> {
    const s = await repo.sessionWithUser(tokenHash);
    if (!s || s.revoked_at || s.status !== 'active') return null;
    const memberships = toScoped(await repo.membershipsOf([s.user_id]));
    const roles = new Set<Role>(memberships.map((m) => m.role));
    const stage: Actor['stage'] =
      s.totp_enabled && !s.mfa_passed ? 'mfa_pending' : roles.has('admin') && !s.totp_enabled ? 'mfa_setup' : 'full';
    const resolved: ResolvedSession = {
      actor: {
        kind: 'user',
        id: s.user_id,
        userId: s.user_id,
        label: s.username ?? s.email ?? s.full_name,
        accountType: s.account_type,
        roles,
        memberships,
        stage,
      },
      session: { tokenHash, csrfToken: s.csrf_token, idleSeconds: s.idle_seconds, expiresAt: s.expires_at },
      user: {
        id: s.user_id,
        fullName: s.full_name,
        username: s.username,
        email: s.email,
        accountType: s.account_type,
        totpEnabled: s.totp_enabled,
        locale: s.locale,
      },
    };
    return { resolved, lastSeenAt: s.last_seen_at.getTime() };
  }

  /**
   * The session behind a cookie token, or null when it is unknown, revoked,
   * past its absolute lifetime or idle for longer than its idle timeout.
   */
  async function resolve(token: string): Promise<ResolvedSession | null> {
    const key = hashToken(token);
    const k = key.toString('base64');
    const now = clock();
    let entry = cache.get(k);
    if (!entry || now - entry.loadedAt > CACHE_MS) {
      const loaded = await load(key);
      if (!loaded) {
        cache.delete(k);
        return null;
      }
      const dbSeen = loaded.lastSeenAt;
      entry = {
        resolved: loaded.resolved,
        loadedAt: now,
        lastSeen: Math.max(dbSeen, entry?.lastSeen ?? 0),
        lastWritten: entry?.lastWritten ?? dbSeen,
      };
      cache.set(k, entry);
    }
    const { session } = entry.resolved;
    if (now >= session.expiresAt.getTime() || now - entry.lastSeen > session.idleSeconds * 1000) {
      cache.delete(k);
      return null;
    }
    entry.lastSeen = now;
    if (now - entry.lastWritten > TOUCH_MS) {
      entry.lastWritten = now;
      repo.touchSession(key, new Date(now)).catch(() => undefined);
    }
    return entry.resolved;
  }

  function forget(tokenHash: Buffer): void {
    cache.delete(tokenHash.toString('base64'));
  }

  function forgetUser(userId: string): void {
    for (const [k, e] of cache) if (e.resolved.actor.userId === userId) cache.delete(k);
  }

  return { create, resolve, forget, forgetUser };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
