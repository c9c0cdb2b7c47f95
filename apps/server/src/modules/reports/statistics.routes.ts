import ExcelJS from 'exceljs';
import { z } from 'zod';
import { REPORT_STATS_ROLES, STAT_GROUPS, STAT_PERIODS, statsAnswerSchema, type StatsRow } from '@vioc/contracts';
import type { App } from '../../core/http/index.js';
import { responses } from '../../core/http/index.js';
import { actorOf } from '../../core/auth/index.js';
import type { ReportsService } from './reports.service.js';
import { STAT_COLUMNS } from './statistics.js';

const statsQuery = z.object({
  groupBy: z.enum(STAT_GROUPS).default('unit').describe('Nhóm theo đơn vị xử lý, lĩnh vực (lá / gốc), phường, kỳ'),
  period: z.enum(STAT_PERIODS).default('month').describe('Kỳ khi groupBy=period (giờ Việt Nam)'),
  from: z.iso.date().optional().describe('Từ ngày tiếp nhận (yyyy-MM-dd, giờ Việt Nam)'),
  to: z.iso.date().optional().describe('Đến ngày tiếp nhận (yyyy-MM-dd, bao gồm)'),
});
const exportQuery = statsQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') });

/** Cells starting with a formula character are neutralised for spreadsheet apps (as in the audit export). */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'string' ? v : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The whole-scope line: sums, and rates recomputed from the sums. */
function totalOf(rows: StatsRow[]): StatsRow {
  const sum = (k: keyof StatsRow) => rows.reduce((a, r) => a + (Number(r[k]) || 0), 0);
  const weighted = (k: keyof StatsRow, w: keyof StatsRow) => {
    const ws = rows.filter((r) => r[k] !== null).reduce((a, r) => a + Number(r[w]), 0);
    return ws ? Math.round((rows.reduce((a, r) => a + Number(r[k] ?? 0) * Number(r[w]), 0) / ws) * 100) / 100 : null;
  };
  const handled = sum('handled');
  const rated = sum('rated');
  return {
    key: null,
    label: 'Tổng cộng',
    received: sum('received'),
    rejected: sum('rejected'),
    handled,
    unhandled: sum('unhandled'),
    overdueNow: sum('overdueNow'),
    everOverdue: sum('everOverdue'),
    onTime: sum('onTime'),
    onTimeRate: handled ? Math.round((sum('onTime') / handled) * 10_000) / 10_000 : null,
    meanHandlingHours: weighted('meanHandlingHours', 'handled'),
    meanHandlingWorkingDays: weighted('meanHandlingWorkingDays', 'handled'),
    rated,
    meanStars: weighted('meanStars', 'rated'),
    satisfiedRate: rated
      ? Math.round((rows.reduce((a, r) => a + (r.satisfiedRate ?? 0) * r.rated, 0) / rated) * 10_000) / 10_000
      : null,
  };
}

export function registerStatisticsRoutes(app: App, deps: { reports: ReportsService }): void {
  const tags = ['reports: statistics'];

  app.get(
    '/api/reports/stats',
    {
      config: { permission: { roles: REPORT_STATS_ROLES } },
      schema: {
        tags,
        summary: 'Thống kê phản ánh trong phạm vi của tôi',
        querystring: statsQuery,
        response: responses({ 200: statsAnswerSchema }),
      },
    },
    async (req) => {
      const q = req.query;
      const rows = await deps.reports.statistics(actorOf(req), q);
      return {
        groupBy: q.groupBy,
        period: q.period,
        from: q.from ?? null,
        to: q.to ?? null,
        rows,
        total: totalOf(rows),
      };
    },
  );

  app.get(
    '/api/reports/stats/export',
    {
      config: { permission: { roles: REPORT_STATS_ROLES } },
      schema: {
        tags,
        summary: 'Xuất thống kê phản ánh (CSV hoặc Excel)',
        querystring: exportQuery,
        response: responses({ 200: z.any() }),
      },
    },
    async (req, reply) => {
      const q = req.query;
      const rows = await deps.reports.statistics(actorOf(req), q);
      const all = [...rows, totalOf(rows)];
      const name = `thong-ke-phan-anh-${q.groupBy}`;
      if (q.format === 'csv') {
        const lines = [
          STAT_COLUMNS.map((c) => csvCell(c.header)).join(','),
          ...all.map((r) => STAT_COLUMNS.map((c) => csvCell(r[c.key])).join(',')),
        ];
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`)
          .send('\uFEFF' + lines.join('\r\n') + '\r\n');
      }
      const book = new ExcelJS.Workbook();
      book.creator = 'vioc';
      const sheet = book.addWorksheet('Thống kê');
      sheet.columns = STAT_COLUMNS.map((c) => ({
        header: c.header,
        key: c.key,
        width: c.key === 'label' ? 40 : 16,
        style: {
          numFmt: c.format === 'int' ? '#,##0' : c.format === 'pct' ? '0.0%' : c.format === 'dec' ? '#,##0.00' : '@',
        },
      }));
      sheet.getRow(1).font = { bold: true };
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
      for (const r of all) sheet.addRow(Object.fromEntries(STAT_COLUMNS.map((c) => [c.key, r[c.key]])));
      sheet.getRow(all.length + 1).font = { bold: true };
      const buf = Buffer.from(await book.xlsx.writeBuffer());
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`)
        .send(buf);
    },
  );
}
