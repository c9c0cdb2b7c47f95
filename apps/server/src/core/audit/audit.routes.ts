import { z } from 'zod';
import { auditEntrySchema, auditQuery, vnDayStart, type AuditEntryDto } from '@vioc/contracts';
import type { App } from '../http/index.js';
import { responses } from '../http/index.js';
import type { AuditRow } from './audit.repo.js';
import type { AuditService } from './audit.service.js';

function toDto(r: AuditRow): AuditEntryDto {
  return {
    seq: r.seq,
    at: r.at.toISOString(),
    actorId: r.actor_id,
    actorLabel: r.actor_label,
    action: r.action,
    outcome: r.outcome,
    targetType: r.target_type,
    targetId: r.target_id,
    unitId: r.unit_id,
    ip: r.ip,
    userAgent: r.user_agent,
    before: r.before,
    after: r.after,
  };
}

const CSV_COLUMNS = [
  'seq',
  'at',
  'actorLabel',
  'action',
  'outcome',
  'targetType',
  'targetId',
  'ip',
  'userAgent',
  'before',
  'after',
] as const;

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'string' ? v : JSON.stringify(v);
  // Cells starting with a formula character are neutralised for spreadsheet apps.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function registerAuditRoutes(app: App, deps: { audit: AuditService }): void {
  const tags = ['audit'];
  app.get(
    '/api/audit',
    {
      config: { permission: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'Tra cứu nhật ký kiểm toán (JSON hoặc CSV)',
        querystring: auditQuery,
        response: responses({
          200: z.union([
            z.object({ items: z.array(auditEntrySchema), nextBeforeSeq: z.number().int().nullable() }),
            z.string(),
          ]),
        }),
      },
    },
    async (req, reply) => {
      const q = req.query;
      const rows = await deps.audit.search({
        from: q.from ? vnDayStart(q.from) : undefined,
        to: q.to ? vnDayStart(q.to, 1) : undefined,
        actorId: q.actorId,
        action: q.action,
        outcome: q.outcome,
        targetType: q.targetType,
        targetId: q.targetId,
        q: q.q,
        beforeSeq: q.beforeSeq,
        limit: q.format === 'csv' ? 50_000 : q.limit,
      });
      const items = rows.map(toDto);
      if (q.format === 'csv') {
        const lines = [CSV_COLUMNS.join(','), ...items.map((i) => CSV_COLUMNS.map((c) => csvCell(i[c])).join(','))];
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="nhat-ky-kiem-toan.csv"')
          .send('\uFEFF' + lines.join('\r\n') + '\r\n');
      }
      return { items, nextBeforeSeq: items.length === q.limit ? (items.at(-1)?.seq ?? null) : null };
    },
  );

  app.get(
    '/api/audit/verify',
    {
      config: { permission: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'Kiểm tra toàn vẹn chuỗi băm của nhật ký',
        response: responses({
          200: z.object({
            ok: z.boolean(),
            checked: z.number().int(),
            firstBrokenSeq: z.number().int().optional(),
            reason: z.string().optional(),
          }),
        }),
      },
    },
    () => deps.audit.verify(),
  );
}
