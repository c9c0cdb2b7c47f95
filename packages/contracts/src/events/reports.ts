import { z } from 'zod';
import { publicReportStatusSchema, reportChannelSchema, reportStatusSchema } from '../reports.js';

/**
 * Events of the reports module. None carries the reporter's identity: the
 * reporter's own update is addressed to their account only (its audience).
 */
const subject = { id: z.uuid(), code: z.string() };

export const reportsEvents = {
  /** Staff of the place: a new report arrived. */
  'reports.received': z.strictObject({
    ...subject,
    categoryId: z.uuid(),
    lat: z.number(),
    lon: z.number(),
    channel: reportChannelSchema,
  }),
  /** Staff of the place and of the handling unit: any transition. */
  'reports.status_changed': z.strictObject({
    ...subject,
    action: z.string(),
    from: reportStatusSchema,
    to: reportStatusSchema,
    categoryId: z.uuid(),
    areaUnitId: z.uuid(),
    assignedUnitId: z.uuid().nullable(),
  }),
  /** Everyone (public map and list): a public report's public status changed. */
  'reports.public_changed': z.strictObject({
    ...subject,
    status: publicReportStatusSchema,
    categoryId: z.uuid(),
    lat: z.number(),
    lon: z.number(),
  }),
  /** The reporter's account only ("my reports"). */
  'reports.reporter_update': z.strictObject({
    ...subject,
    status: z.union([publicReportStatusSchema, z.literal('rejected')]),
  }),
  /** Staff: a report passed its deadline. */
  'reports.overdue': z.strictObject({ ...subject, dueAt: z.iso.datetime(), assignedUnitId: z.uuid().nullable() }),
  /** Staff: checklist, comment, assignee, extension, request for information. */
  'reports.updated': z.strictObject({
    ...subject,
    what: z.enum(['assignee', 'info', 'extension', 'checklist', 'comment']),
  }),
} as const;
