import { z } from 'zod';

export const calendarEvents = {
  /** Every process: an official day was set or removed (working-day caches drop their tables). */
  'calendar.override_changed': z.strictObject({
    date: z.iso.date(),
    kind: z.enum(['off', 'work']).optional(),
    holiday: z.string().nullable().optional(),
    deleted: z.literal(true).optional(),
  }),
} as const;
