export { createCalendarService, CALENDAR_CHANGED } from './calendar.service.js';
export type { CalendarService, CalendarOptions, CalendarDay, OverrideDto } from './calendar.service.js';
export { HOLIDAYS, type HolidayKey, type DayReason } from './calendar.rules.js';
export { registerCalendarRoutes } from './calendar.routes.js';
export { calendarModule, calendarRef } from './calendar.module.js';
