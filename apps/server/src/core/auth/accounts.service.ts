import type { Kysely } from 'kysely';
import type { CreateUserBody, MembershipDto, Role, UpdateUserBody, UserDto } from '@vioc/contracts';
import type { Database, User } from '../db/index.js';
import { isPgError } from '../db/index.js';
import type { AuditContext, AuditService } from '../audit/index.js';
import { canReachUnit, scopePaths, type Actor } from './actor.js';
import type { UnitPaths } from './unit-paths.js';
import type { AccountsRepo, MembershipJson, UserCard } from './accounts.repo.js';
import { authErrors } from './auth.errors.js';
import { hashPassword } from './passwords.js';
import type { SessionStore } from './sessions.js';

/** Roles that may look at other people's accounts within their scope. */
const DIRECTORY_ROLES: readonly Role[] = ['admin', 'unit_leader', 'operator', 'leader'];

type MembershipRow = MembershipJson;

function toUserDto(u: UserCard, memberships: MembershipRow[]): UserDto {
  return {
    id: u.id,
    username: u.username,
    email: u.email,
    phone: u.phone,
    fullName: u.full_name,
    status: u.status,
    disabledReason: u.disabled_reason,
    accountType: u.account_type,
    totpEnabled: u.totp_enabled,
    lockedUntil: u.locked_until?.toISOString() ?? null,
    lastLoginAt: u.last_login_at?.toISOString() ?? null,
    createdAt: u.created_at.toISOString(),
    memberships: memberships.map(toMembershipDto),
  };
}

function toMembershipDto(m: MembershipRow): MembershipDto {
  return { id: m.id, userId: m.user_id, unitId: m.unit_id, unitName: m.unit_name, role: m.role as Role };
}

/** Redacts what is not needed in an audit record (secrets never leave the table). */
function auditable(u: Partial<User>): Record<string, unknown> {
  const { password_hash: _p, totp_secret: _t, ...rest } = u;
  return rest;
}

export function createAccountsService(deps: {
  db: Kysely<Database>;
  repo: AccountsRepo;
  audit: AuditService;
  org: UnitPaths;
  sessions: SessionStore;
  assertPassword: (p: string) => void;
}) {
  const { db, repo, audit, org } = deps;

  function reaches(actor: Actor, memberships: MembershipRow[], roles: readonly Role[]): boolean {
    return memberships.some((m) => canReachUnit(actor, m.unit_path, roles));
  }

  async function loadUser(id: string): Promise<{ user: User; memberships: MembershipRow[] }> {
    const found = await repo.userWithMemberships(id);
    if (!found) throw authErrors.error('USER_NOT_FOUND');
    return found;
  }

  /** Loads a user the actor may see; someone outside the scope gets "not found", not a hint it exists. */
  async function visibleUser(actor: Actor, id: string, roles: readonly Role[]) {
    return inScope(actor, id, roles, await loadUser(id));
  }

  function inScope<T extends { memberships: MembershipRow[] }>(
    actor: Actor,
    id: string,
    roles: readonly Role[],
    found: T,
  ): T {
    if (actor.userId === id) return found;
    if (!reaches(actor, found.memberships, roles)) throw authErrors.error('USER_OUT_OF_SCOPE');
    return found;
  }

  async function assertUnitsInScope(actor: Actor, unitIds: string[]): Promise<void> {
    const paths = await org.unitPaths(unitIds);
    for (const id of unitIds) {
      const unit = paths.get(id);
      if (!unit) throw authErrors.error('UNIT_NOT_FOUND', { unitId: id });
      if (!canReachUnit(actor, unit.path, ['admin'])) throw authErrors.error('USER_OUT_OF_SCOPE', { unitId: id });
    }
  }

  async function listUsers(
    actor: Actor,
    q: { q?: string; unitId?: string; role?: Role; status?: string; limit: number; offset: number },
  ): Promise<{ items: UserDto[]; total: number }> {
    const scope = scopePaths(actor, DIRECTORY_ROLES);
    const [rows, count] = await repo.listUsers({ ...q, scope });
    const memberships = await repo.membershipsOf(rows.map((r) => r.id));
    return {
      items: rows.map((u) =>
        toUserDto(
          u,
          memberships.filter((m) => m.user_id === u.id),
        ),
      ),
      total: Number(count.n),
    };
  }

  async function getUser(actor: Actor, id: string): Promise<UserDto> {
    const found = await repo.userCardWithMemberships(id);
    if (!found) throw authErrors.error('USER_NOT_FOUND');
    const { user, memberships } = inScope(actor, id, DIRECTORY_ROLES, found);
    return toUserDto(user, memberships);
  }

  async function createUser(actor: Actor, ctx: AuditContext, body: CreateUserBody): Promise<UserDto> {
    await assertUnitsInScope(
      actor,
      body.memberships.map((m) => m.unitId),
    );
    deps.assertPassword(body.password);
    const hash = await hashPassword(body.password);
    const values = {
      username: body.username,
      email: body.email?.toLowerCase() ?? null,
      phone: body.phone ?? null,
      full_name: body.fullName,
      password_hash: hash,
      account_type: body.accountType,
      created_by: actor.userId,
    };
    const id = await db
      .transaction()
      .execute(async (trx) => {
        const { id } = await repo.insertUser(trx, values);
        for (const m of body.memberships) await repo.insertMembership(trx, id, m.unitId, m.role, actor.userId);
        await audit.record(trx, ctx, {
          action: 'user.create',
          targetType: 'user',
          targetId: id,
          unitId: body.memberships[0]?.unitId ?? null,
          after: { ...auditable(values), memberships: body.memberships },
        });
        return id;
      })
      .catch(rethrowTaken);
    const created = await loadUser(id);
    return toUserDto(created.user, created.memberships);
  }

  async function updateUser(actor: Actor, ctx: AuditContext, id: string, body: UpdateUserBody): Promise<UserDto> {
    const { user, memberships } = await visibleUser(actor, id, ['admin', 'unit_leader']);
    const asAdmin = reaches(actor, memberships, ['admin']);
    // A unit leader manages people of their unit, never an administrator.
    if (!asAdmin && memberships.some((m) => m.role === 'admin')) throw authErrors.error('USER_OUT_OF_SCOPE');
    if (actor.userId === id && body.status === 'disabled') throw authErrors.error('USER_OUT_OF_SCOPE');
    const patch = {
      ...(body.email !== undefined && { email: body.email?.toLowerCase() ?? null }),
      ...(body.phone !== undefined && { phone: body.phone }),
      ...(body.fullName !== undefined && { full_name: body.fullName }),
      ...(body.status !== undefined && {
        status: body.status,
        disabled_reason: body.status === 'disabled' ? (body.disabledReason ?? 'by_admin') : null,
      }),
      ...(body.status === 'active' && { last_active_at: new Date() }),
      ...(body.unlock && { failed_logins: 0, locked_until: null }),
    };
    await db
      .transaction()
      .execute(async (trx) => {
        await repo.updateUser(trx, id, patch);
        if (body.status === 'disabled') await repo.revokeUserSessions(trx, id);
        await audit.record(trx, ctx, {
          action: 'user.update',
          targetType: 'user',
          targetId: id,
          unitId: memberships[0]?.unit_id ?? null,
          before: auditable(user),
          after: patch,
        });
      })
      .catch(rethrowTaken);
    if (body.status === 'disabled') deps.sessions.forgetUser(id);
    return getUser(actor, id);
  }

  async function setPassword(actor: Actor, ctx: AuditContext, id: string, password: string): Promise<void> {
    const { memberships } = await visibleUser(actor, id, ['admin']);
    if (!reaches(actor, memberships, ['admin']) && actor.userId !== id) throw authErrors.error('USER_OUT_OF_SCOPE');
    deps.assertPassword(password);
    const hash = await hashPassword(password);
    await db.transaction().execute(async (trx) => {
      await repo.updateUser(trx, id, {
        password_hash: hash,
        password_changed_at: new Date(),
        failed_logins: 0,
        locked_until: null,
      });
      await repo.revokeUserSessions(trx, id);
      await audit.record(trx, ctx, { action: 'user.set_password', targetType: 'user', targetId: id });
    });
    deps.sessions.forgetUser(id);
  }

  async function addMembership(
    actor: Actor,
    ctx: AuditContext,
    userId: string,
    unitId: string,
    role: Role,
  ): Promise<UserDto> {
    await loadUser(userId);
    await assertUnitsInScope(actor, [unitId]);
    await db
      .transaction()
      .execute(async (trx) => {
        const { id } = await repo.insertMembership(trx, userId, unitId, role, actor.userId);
        await audit.record(trx, ctx, {
          action: 'membership.add',
          targetType: 'user',
          targetId: userId,
          unitId,
          after: { id, unitId, role },
        });
      })
      .catch((err: unknown) => {
        if (isPgError(err, '23505')) throw authErrors.error('MEMBERSHIP_EXISTS');
        throw err;
      });
    deps.sessions.forgetUser(userId);
    return getUser(actor, userId);
  }

  async function removeMembership(
    actor: Actor,
    ctx: AuditContext,
    userId: string,
    membershipId: string,
  ): Promise<UserDto> {
    const m = await repo.membershipById(membershipId);
    if (!m || m.user_id !== userId) throw authErrors.error('MEMBERSHIP_NOT_FOUND');
    await assertUnitsInScope(actor, [m.unit_id]);
    await db.transaction().execute(async (trx) => {
      await repo.deleteMembership(trx, membershipId);
      await audit.record(trx, ctx, {
        action: 'membership.remove',
        targetType: 'user',
        targetId: userId,
        unitId: m.unit_id,
        before: { id: m.id, unitId: m.unit_id, role: m.role },
      });
    });
    deps.sessions.forgetUser(userId);
    return getUser(actor, userId);
  }

  return { listUsers, getUser, createUser, updateUser, setPassword, addMembership, removeMembership };
}

function rethrowTaken(err: unknown): never {
  if (isPgError(err, '23505')) throw authErrors.error('CONTACT_TAKEN');
  throw err;
}

export type AccountsService = ReturnType<typeof createAccountsService>;
