import type { Role } from '@vioc/contracts';

export interface ScopedMembership {
  unitId: string;
  unitPath: string;
  unitName: string;
  role: Role;
}

/**
 * Who is calling. "stage" is how far sign-in got: a password alone is not
 * enough when TOTP is on (mfa_pending) or mandatory but not yet set up (mfa_setup).
 */
export interface Actor {
  kind: 'user' | 'api_key';
  id: string;
  userId: string | null;
  label: string;
  accountType: 'staff' | 'citizen' | 'business' | 'machine';
  roles: ReadonlySet<Role>;
  memberships: readonly ScopedMembership[];
  stage: 'full' | 'mfa_pending' | 'mfa_setup';
}

export type { Permission } from '../http/index.js';

/** True when unitPath is one of the member's units or below one. */
export function pathWithin(unitPath: string, scopePath: string): boolean {
  return unitPath === scopePath || unitPath.startsWith(scopePath + '.');
}

/** The ltree paths the actor reaches through the given roles. */
export function scopePaths(actor: Actor, roles: readonly Role[]): string[] {
  return actor.memberships.filter((m) => roles.includes(m.role)).map((m) => m.unitPath);
}

export function canReachUnit(actor: Actor, unitPath: string, roles: readonly Role[]): boolean {
  return scopePaths(actor, roles).some((p) => pathWithin(unitPath, p));
}

export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return roles.some((r) => actor.roles.has(r));
}
