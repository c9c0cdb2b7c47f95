import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '@vioc/contracts';
import type { Database } from '../db/index.js';
import type { AuditContext, AuditService } from '../audit/index.js';
import { canReachUnit, scopePaths, type Actor } from './actor.js';
import type { UnitPaths } from './unit-paths.js';
import type { AccountsRepo } from './accounts.repo.js';
import { authErrors } from './auth.errors.js';
import { hashToken } from './sessions.js';

const TOKEN_RE = /^vioc_([a-z0-9]{10})_([A-Za-z0-9_-]{40,})$/;
/**
 * How long a resolved key is trusted without asking the database. A revocation made by another
 * process (a second server behind the load balancer) is seen by this one within this time: under a
 * second, as for sessions, which are never cached. A busy camera gateway still costs one query a second.
 */
const CACHE_MS = 900;
const TOUCH_MS = 60_000;

type KeyRow = NonNullable<Awaited<ReturnType<AccountsRepo['apiKeyById']>>>;

function toDto(k: KeyRow) {
  return {
    id: k.id,
    prefix: k.prefix,
    name: k.name,
    unitId: k.unit_id,
    roles: k.roles as Role[],
    createdAt: k.created_at.toISOString(),
    lastUsedAt: k.last_used_at?.toISOString() ?? null,
    expiresAt: k.expires_at?.toISOString() ?? null,
    revokedAt: k.revoked_at?.toISOString() ?? null,
  };
}

/**
 * Keys for machine clients (sensors gateways, national systems). The token is
 * shown once; only its SHA-256 is stored. A key acts within one unit's scope
 * with the roles it was given, never admin.
 */
export function createApiKeyService(deps: {
  db: Kysely<Database>;
  repo: AccountsRepo;
  audit: AuditService;
  org: UnitPaths;
}) {
  const { db, repo, audit, org } = deps;
  const cache = new Map<string, { actor: Actor | null; at: number; touched: number }>();

  async function create(
    actor: Actor,
    ctx: AuditContext,
    body: { name: string; unitId: string; roles: Role[]; expiresAt?: string | null },
  ) {
    const unit = (await org.unitPaths([body.unitId])).get(body.unitId);
    if (!unit) throw authErrors.error('UNIT_NOT_FOUND');
    if (!canReachUnit(actor, unit.path, ['admin'])) throw authErrors.error('USER_OUT_OF_SCOPE');
    const prefix = crypto.randomBytes(8).toString('hex').slice(0, 10);
    const secret = crypto.randomBytes(32).toString('base64url');
    const token = `vioc_${prefix}_${secret}`;
    const id = await db.transaction().execute(async (trx) => {
      const { id } = await repo.insertApiKey(trx, {
        prefix,
        secret_hash: hashToken(secret),
        name: body.name,
        unit_id: body.unitId,
        roles: body.roles,
        created_by: actor.userId,
        expires_at: body.expiresAt ? new Date(body.expiresAt) : null,
      });
      await audit.record(trx, ctx, {
        action: 'api_key.create',
        targetType: 'api_key',
        targetId: id,
        unitId: body.unitId,
        after: { name: body.name, prefix, roles: body.roles },
      });
      return id;
    });
    const row = await repo.apiKeyById(id);
    return { ...toDto(row!), token };
  }

  async function list(actor: Actor) {
    return (await repo.listApiKeys(scopePaths(actor, ['admin']))).map(toDto);
  }

  async function revoke(actor: Actor, ctx: AuditContext, id: string) {
    const key = await repo.apiKeyById(id);
    if (!key) throw authErrors.error('API_KEY_NOT_FOUND');
    const unit = (await org.unitPaths([key.unit_id])).get(key.unit_id);
    if (!unit || !canReachUnit(actor, unit.path, ['admin'])) throw authErrors.error('API_KEY_NOT_FOUND');
    await db.transaction().execute(async (trx) => {
      await repo.revokeApiKey(trx, id);
      await audit.record(trx, ctx, {
        action: 'api_key.revoke',
        targetType: 'api_key',
        targetId: id,
        unitId: key.unit_id,
      });
    });
    for (const [k, v] of cache) if (v.actor?.id === id) cache.delete(k);
    return toDto((await repo.apiKeyById(id))!);
  }

  /** The actor behind a bearer token, or null when the token is not a valid, live key. */
  async function resolve(token: string): Promise<Actor | null> {
    const match = TOKEN_RE.exec(token);
    if (!match) return null;
    const now = Date.now();
    const cached = cache.get(token);
    if (cached && now - cached.at < CACHE_MS) {
      touch(cached, now);
      return cached.actor;
    }
    const key = await repo.apiKeyByPrefix(match[1]!);
    let actor: Actor | null = null;
    if (
      key &&
      !key.revoked_at &&
      (!key.expires_at || key.expires_at.getTime() > now) &&
      crypto.timingSafeEqual(key.secret_hash, hashToken(match[2]!))
    ) {
      const unit = (await org.unitPaths([key.unit_id])).get(key.unit_id);
      if (unit) {
        const roles = key.roles as Role[];
        actor = {
          kind: 'api_key',
          id: key.id,
          userId: null,
          label: `api_key:${key.name}`,
          accountType: 'machine',
          roles: new Set(roles),
          memberships: roles.map((role) => ({
            unitId: key.unit_id,
            unitPath: unit.path,
            unitName: unit.fullName,
            role,
          })),
          stage: 'full',
        };
      }
    }
    const entry = { actor, at: now, touched: cached?.touched ?? 0 };
    // Random tokens must not grow the cache without bound.
    if (cache.size > 10_000) cache.clear();
    cache.set(token, entry);
    touch(entry, now);
    return actor;
  }

  function touch(entry: { actor: Actor | null; touched: number }, now: number): void {
    if (!entry.actor || now - entry.touched < TOUCH_MS) return;
    entry.touched = now;
    repo.touchApiKey(entry.actor.id, new Date(now)).catch(() => undefined);
  }

  return { create, list, revoke, resolve };
}

export type ApiKeyService = ReturnType<typeof createApiKeyService>;
