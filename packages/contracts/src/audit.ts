import { z } from 'zod';

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string().nullable(),
  action: z.string(),
  outcome: z.enum(['ok', 'denied', 'failed']),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  unitId: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntryDto = z.infer<typeof auditEntrySchema>;

export const auditQuery = z.strictObject({
  from: z.iso.date().optional().describe('dd/MM/yyyy được chuyển thành yyyy-MM-dd ở giao diện'),
  to: z.iso.date().optional(),
  actorId: z.uuid().optional(),
  action: z.string().trim().max(100).optional(),
  outcome: z.enum(['ok', 'denied', 'failed']).optional(),
  targetType: z.string().trim().max(50).optional(),
  targetId: z.string().trim().max(100).optional(),
  q: z.string().trim().max(100).optional(),
  beforeSeq: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  format: z.enum(['json', 'csv']).default('json'),
});
