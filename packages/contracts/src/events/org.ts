import { z } from 'zod';

export const orgEvents = {
  /** Staff of the unit's scope: a unit changed (admin screens refresh, caches drop paths). */
  'org.unit_updated': z.strictObject({ id: z.uuid(), changes: z.record(z.string(), z.unknown()) }),
} as const;
