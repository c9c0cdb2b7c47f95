import { z } from 'zod';

export const notifyEvents = {
  /** The inbox owner: the unread count changed, with the newest notification when one arrived. */
  'notify.inbox_changed': z.strictObject({
    unread: z.number().int().nonnegative(),
    latest: z
      .strictObject({ id: z.uuid(), template: z.string(), title: z.string(), createdAt: z.iso.datetime() })
      .optional(),
  }),
} as const;
