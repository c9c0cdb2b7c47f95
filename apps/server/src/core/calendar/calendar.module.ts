import { auditRef } from '../audit/index.js';
import { eventsRef } from '../events/index.js';
import { defineModule, moduleRef } from '../platform/index.js';
import { registerCalendarRoutes } from './calendar.routes.js';
import { calendarEvents } from '@vioc/contracts';
import { createCalendarService, type CalendarService } from './calendar.service.js';

export const calendarRef = moduleRef<CalendarService>('calendar');

export const calendarModule = defineModule({
  ref: calendarRef,
  description: 'Vietnamese working-day calendar: lunar holidays, official overrides, office hours',
  core: true,
  deps: { audit: auditRef, bus: eventsRef },
  events: calendarEvents,
  init: ({ db, clock, deps }) =>
    createCalendarService({
      db,
      audit: deps.audit,
      publish: deps.bus.publish,
      onBroadcast: deps.bus.onBroadcast,
      clock,
    }),
  routes: (app, calendar) => registerCalendarRoutes(app, { calendar }),
});
