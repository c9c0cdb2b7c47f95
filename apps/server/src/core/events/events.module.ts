import { defineModule, moduleRef } from '../platform/index.js';
import { createEventBus, type EventBus } from './event-bus.js';

export const eventsRef = moduleRef<EventBus>('events');

export const eventsModule = defineModule({
  ref: eventsRef,
  description: 'Domain events: transactional outbox, dispatcher, LISTEN/NOTIFY between processes',
  core: true,
  init: ({ db, url, logger }) => createEventBus({ db, url, logger }),
  start: (bus) => bus.start(),
  // Stops last of all (modules stop in reverse): whatever the others publish while stopping is written.
  stop: (bus) => bus.stop(),
});
