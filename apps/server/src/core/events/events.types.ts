import type { Role } from '@vioc/contracts';

/** Who may receive an event through realtime channels; checked at send time. */
export interface EventAudience {
  /** Anyone, signed in or not (public map, portal). */
  public?: boolean;
  /** People the event is about (a reporter, an inbox owner). */
  userIds?: string[];
  /** Roles that see it within their unit scope; default: staff roles and system. */
  roles?: Role[];
  /** Extra topics besides the derived ones (e.g. `wall/<screen>`). */
  topics?: string[];
  /**
   * The place the event concerns when `unitId` is the handling unit: operators serving
   * this unit's area receive it too (a ward's report handled by a provincial department).
   */
  areaUnitId?: string;
}

export interface NewEvent {
  /** `<domain>.<what>` in snake case, e.g. `org.unit_updated`. */
  type: string;
  aggregateType: string;
  aggregateId: string;
  unitId?: string | null;
  audience?: EventAudience;
  payload: Record<string, unknown>;
  actorId?: string | null;
}

export interface DomainEvent {
  seq: number;
  id: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  unitId: string | null;
  audience: EventAudience;
  payload: Record<string, unknown>;
  actorId: string | null;
  createdAt: string;
}

export type EventHandler = (event: DomainEvent) => Promise<void>;

export interface Subscription {
  name: string;
  /** Event types handled; a trailing `.*` matches a domain (`org.*`), `*` everything. */
  types: string[];
  handler: EventHandler;
  maxAttempts: number;
}

export function typeMatches(patterns: readonly string[], type: string): boolean {
  return patterns.some((p) => p === '*' || p === type || (p.endsWith('.*') && type.startsWith(p.slice(0, -1))));
}
