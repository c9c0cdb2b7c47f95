export { createEventBus, EventRejected, EVENTS_CHANNEL, type EventBus, type BroadcastListener } from './event-bus.js';
export type { DomainEvent, NewEvent, EventAudience, EventHandler } from './events.types.js';
export { eventsRepo } from './events.repo.js';
export { eventsModule, eventsRef } from './events.module.js';
