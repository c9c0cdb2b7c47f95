import type { z } from 'zod';
import { calendarEvents } from './calendar.js';
import { notifyEvents } from './notify.js';
import { orgEvents } from './org.js';
import { reportsEvents } from './reports.js';

export { calendarEvents, notifyEvents, orgEvents, reportsEvents };

/**
 * The event catalogue: every domain event type of the build, by name, with the
 * zod schema of its payload. A module declares the part it publishes in its
 * `defineModule({ events })`; the bus refuses any other type, or a payload that
 * breaks its schema, at run time, and `EventCatalog` makes both a compile error.
 */
export const eventSchemas = { ...reportsEvents, ...orgEvents, ...notifyEvents, ...calendarEvents } as const;

/** The payload type of each event in a record of schemas (a module's `events`). */
export type EventPayloads<S extends Record<string, z.ZodType>> = { [K in keyof S]: z.output<S[K]> };

type BuiltIn = EventPayloads<typeof eventSchemas>;

/**
 * Event type → payload type. An interface so that a module outside this
 * package (a test fixture, a freshly scaffolded module) adds its own events by
 * declaration merging:
 *
 *   declare module '@vioc/contracts' { interface EventCatalog extends EventPayloads<typeof MY_EVENTS> {} }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by BuiltIn and by declaration merging
export interface EventCatalog extends BuiltIn {}

export type EventType = keyof EventCatalog & string;
export type EventPayload<T extends EventType> = EventCatalog[T];

/** What a subscription names: one type, a domain (`reports.*`) or everything (`*`). */
export type EventPattern = EventType | `${EventDomain<EventType>}.*` | '*';
type EventDomain<T extends string> = T extends `${infer D}.${string}` ? D : never;

/** The event types a pattern matches. */
export type MatchingType<P extends string> = P extends '*'
  ? EventType
  : P extends `${infer D}.*`
    ? Extract<EventType, `${D}.${string}`>
    : Extract<EventType, P>;
