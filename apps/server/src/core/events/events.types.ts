import type { EventPayload, EventType, Role } from '@vioc/contracts';

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

/** The envelope of one event of type T, whatever it carries. */
interface Envelope<T extends EventType> {
  /** `<domain>.<what>` in snake case, e.g. `org.unit_updated`: a key of the event catalogue (@vioc/contracts). */
  type: T;
  aggregateType: string;
  aggregateId: string;
  payload: EventPayload<T>;
}

type NewEventOf<T extends EventType> = Envelope<T> & {
  unitId?: string | null;
  audience?: EventAudience;
  actorId?: string | null;
};

type DomainEventOf<T extends EventType> = Envelope<T> & {
  seq: number;
  id: string;
  unitId: string | null;
  audience: EventAudience;
  actorId: string | null;
  createdAt: string;
};

/**
 * An event to publish: a union over the types in T, so `type` and `payload`
 * stay paired (a payload of another type does not compile).
 */
export type NewEvent<T extends EventType = EventType> = { [K in T]: NewEventOf<K> }[T];

/** A published event as subscribers and listeners get it; narrowing on `type` types the payload. */
export type DomainEvent<T extends EventType = EventType> = { [K in T]: DomainEventOf<K> }[T];

export type EventHandler<T extends EventType = EventType> = (event: DomainEvent<T>) => Promise<void>;

export interface Subscription {
  name: string;
  /** Event types handled; a trailing `.*` matches a domain (`org.*`), `*` everything. */
  types: readonly string[];
  handler: EventHandler;
  maxAttempts: number;
}

export function typeMatches(patterns: readonly string[], type: string): boolean {
  return patterns.some((p) => p === '*' || p === type || (p.endsWith('.*') && type.startsWith(p.slice(0, -1))));
}
