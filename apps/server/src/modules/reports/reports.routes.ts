import { z } from 'zod';
import {
  answerBody,
  assignBody,
  assigneeBody,
  bulkAssignBody,
  bulkAssignResponse,
  checklistBody,
  commentBody,
  commentSchema,
  duplicateCandidateSchema,
  extensionDecisionBody,
  extensionRequestBody,
  HUMAN_ROLES,
  idempotencyHeaders,
  idParams,
  infoReplyBody,
  infoRequestBody,
  mapPointSchema,
  mapQuery,
  mergeBody,
  noteBody,
  objectionBody,
  publicReportPageSchema,
  publicReportQuery,
  publicReportSchema,
  ratingBody,
  rejectBody,
  reportPageSchema,
  reportSchema,
  reportSummarySchema,
  returnAnswerBody,
  ROLES,
  staffReportQuery,
  submitReportBody,
  submitReportResponse,
  trackQuery,
  transferBody,
  verifyBody,
  type ReportDto,
  type Role,
} from '@vioc/contracts';
import type { App } from '../../core/http/index.js';
import { responses } from '../../core/http/index.js';
import { actorOf, type Actor } from '../../core/auth/index.js';
import type { AuditContext } from '../../core/audit/index.js';
import type { ReportsService } from './reports.service.js';
import { registerStatisticsRoutes } from './statistics.routes.js';

const STAFF: Role[] = ['operator', 'officer', 'unit_leader', 'leader'];
const OPERATOR: Role[] = ['operator'];
const HANDLER: Role[] = ['officer', 'unit_leader'];
const UNIT_LEADER: Role[] = ['unit_leader'];

const one = responses({ 200: reportSchema });

/** The staff queues' query, with their order (the web queue lists what to act on next: sort=due). */
const staffListQuery = staffReportQuery.extend({
  sort: z
    .enum(['newest', 'due'])
    .default('newest')
    .describe('Thứ tự: mới nhất trước, hoặc quá hạn trước rồi theo hạn xử lý (gần nhất trước)'),
});

/**
 * Citizen field reports over HTTP: submission, the public side, the
 * reporter's follow-up and the operations API. Thin: each route parses,
 * declares its roles, and calls the service, which checks scope and status.
 */
export function registerReportRoutes(
  app: App,
  deps: { reports: ReportsService; submitPerIpPerHour: number; publicPerMinute: number },
): void {
  const { reports } = deps;
  const publicTags = ['reports: public'];
  const opsTags = ['reports: operations'];

  // Statistics and exports (statistics.routes.ts); before /api/reports/:id.
  registerStatisticsRoutes(app, { reports });

  // ── submission ─────────────────────────────────────────────────────────

  app.post(
    '/api/reports',
    {
      config: {
        permission: { public: true },
        rateLimit: { max: deps.submitPerIpPerHour, timeWindow: '1 hour' },
      },
      schema: {
        tags: publicTags,
        summary: 'Gửi phản ánh hiện trường (người dân đăng nhập hoặc khách)',
        description:
          'Location is required and must be inside the province (422 REPORT_OUTSIDE_PROVINCE). Photos (1–10) or one ' +
          'video are uploaded first with POST /api/files and sent as fileIds. Guests must give a phone or an email and ' +
          'receive a tracking token once. The same Idempotency-Key from the same submitter returns the same report (200).',
        headers: idempotencyHeaders,
        body: submitReportBody,
        response: responses({ 200: submitReportResponse, 201: submitReportResponse }),
      },
    },
    async (req, reply) => {
      const result = await reports.submit(req.body, {
        channel: 'web',
        actor: req.actor,
        ip: req.ip,
        idempotencyKey: req.headers['idempotency-key'] ?? null,
        ctx: req.auditCtx,
      });
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );

  // ── public side ────────────────────────────────────────────────────────

  app.get(
    '/api/public/reports',
    {
      config: { permission: { public: true } },
      schema: {
        tags: publicTags,
        summary: 'Danh sách phản ánh công khai (lọc, tìm không dấu)',
        querystring: publicReportQuery,
        response: responses({ 200: publicReportPageSchema }),
      },
    },
    (req) => reports.publicList(req.query),
  );

  app.get(
    '/api/public/reports/map',
    {
      config: { permission: { public: true } },
      schema: {
        tags: publicTags,
        summary: 'Điểm phản ánh công khai cho bản đồ (gom cụm ở trình duyệt)',
        querystring: mapQuery,
        response: responses({ 200: z.array(mapPointSchema) }),
      },
    },
    async (req, reply) => {
      void reply.header('cache-control', 'public, max-age=30');
      return reports.mapPoints(req.query);
    },
  );

  app.get(
    '/api/public/reports/:id',
    {
      config: { permission: { public: true } },
      schema: {
        tags: publicTags,
        summary: 'Trang phản ánh công khai: ảnh, các bước xử lý, trả lời chính thức',
        params: idParams,
        response: responses({ 200: publicReportSchema }),
      },
    },
    (req) => reports.publicDetail(req.params.id),
  );

  // ── the reporter ───────────────────────────────────────────────────────

  app.get(
    '/api/reports/track',
    {
      config: { permission: { public: true }, rateLimit: { max: deps.publicPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: publicTags,
        summary: 'Khách theo dõi phản ánh của mình bằng mã và mã theo dõi',
        querystring: trackQuery,
        response: one,
      },
    },
    (req) => reports.track(req.query.code, req.query.token),
  );

  app.get(
    '/api/me/reports',
    {
      config: { permission: { roles: HUMAN_ROLES } },
      schema: {
        tags: publicTags,
        summary: 'Phản ánh của tôi',
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(100).default(50),
          offset: z.coerce.number().int().min(0).max(100_000).default(0),
        }),
        response: responses({ 200: z.array(reportSummarySchema) }),
      },
    },
    (req) => reports.mine(actorOf(req), req.query.limit, req.query.offset),
  );

  app.post(
    '/api/reports/:id/info',
    {
      config: { permission: { public: true }, rateLimit: { max: deps.publicPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: publicTags,
        summary: 'Người phản ánh bổ sung thông tin được yêu cầu',
        params: idParams,
        body: infoReplyBody,
        response: one,
      },
    },
    (req) => reports.provideInfo(req.actor, req.auditCtx, req.params.id, req.body),
  );

  app.post(
    '/api/reports/:id/rating',
    {
      config: { permission: { public: true }, rateLimit: { max: deps.publicPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: publicTags,
        summary: 'Người phản ánh đánh giá kết quả (1–5 sao); 1–2 sao mở lại phản ánh',
        params: idParams,
        body: ratingBody,
        response: one,
      },
    },
    (req) => reports.rate(req.actor, req.auditCtx, req.params.id, req.body),
  );

  app.post(
    '/api/reports/:id/objection',
    {
      config: { permission: { public: true }, rateLimit: { max: deps.publicPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: publicTags,
        summary: 'Người phản ánh không đồng ý với kết quả (trong thời hạn): mở lại phản ánh',
        params: idParams,
        body: objectionBody,
        response: one,
      },
    },
    (req) => reports.object(req.actor, req.auditCtx, req.params.id, req.body),
  );

  // ── operations ─────────────────────────────────────────────────────────

  app.get(
    '/api/reports',
    {
      config: { permission: { roles: STAFF } },
      schema: {
        tags: opsTags,
        summary: 'Hàng đợi xử lý phản ánh trong phạm vi của tôi',
        querystring: staffListQuery,
        response: responses({ 200: reportPageSchema }),
      },
    },
    (req) => reports.list(actorOf(req), req.query),
  );

  app.get(
    '/api/reports/:id',
    {
      config: { permission: { roles: ROLES } },
      schema: {
        tags: opsTags,
        summary: 'Chi tiết phản ánh (cán bộ trong phạm vi, hoặc chính người phản ánh)',
        params: idParams,
        response: one,
      },
    },
    (req) => reports.detail(actorOf(req), req.params.id, req.auditCtx),
  );

  app.post(
    '/api/reports/bulk-assign',
    {
      config: { permission: { roles: OPERATOR } },
      schema: {
        tags: opsTags,
        summary: 'Chuyển nhiều phản ánh cho một đơn vị',
        body: bulkAssignBody,
        response: responses({ 200: bulkAssignResponse }),
      },
    },
    (req) => reports.bulkAssign(actorOf(req), req.auditCtx, req.body),
  );

  /** POST /api/reports/:id/<action> with its body, answering the updated report. */
  function action<B extends z.ZodType>(
    path: string,
    roles: Role[],
    summary: string,
    body: B | undefined,
    run: (req: { actor: Actor; ctx: AuditContext; id: string; body: z.output<B> }) => Promise<ReportDto>,
  ) {
    app.post(
      `/api/reports/:id/${path}`,
      {
        config: { permission: { roles } },
        schema: { tags: opsTags, summary, params: idParams, ...(body && { body }), response: one },
      },
      async (req) =>
        run({
          actor: actorOf(req),
          ctx: req.auditCtx,
          id: (req.params as { id: string }).id,
          body: req.body as z.output<B>,
        }),
    );
  }

  action('verify', OPERATOR, 'Xác minh phản ánh; tự động chuyển đơn vị theo lĩnh vực và vị trí', verifyBody, (r) =>
    reports.verify(r.actor, r.ctx, r.id, r.body),
  );
  action('reject', OPERATOR, 'Từ chối: tin rác hoặc không thuộc phạm vi (có lý do)', rejectBody, (r) =>
    reports.reject(r.actor, r.ctx, r.id, r.body),
  );
  action('assign', OPERATOR, 'Chuyển đơn vị xử lý thủ công (ghi lý do)', assignBody, (r) =>
    reports.assign(r.actor, r.ctx, r.id, r.body),
  );
  action('merge', OPERATOR, 'Gộp phản ánh trùng vào phản ánh khác', mergeBody, (r) =>
    reports.merge(r.actor, r.ctx, r.id, r.body),
  );
  action('transfer', [...HANDLER, ...OPERATOR], 'Chuyển sang đơn vị khác (ghi lý do)', transferBody, (r) =>
    reports.transfer(r.actor, r.ctx, r.id, r.body),
  );
  action('start', HANDLER, 'Bắt đầu xử lý', undefined, (r) => reports.start(r.actor, r.ctx, r.id));
  action('assignee', UNIT_LEADER, 'Giao cán bộ phụ trách', assigneeBody, (r) =>
    reports.setAssignee(r.actor, r.ctx, r.id, r.body.userId),
  );
  action('info-request', HANDLER, 'Yêu cầu người phản ánh bổ sung thông tin', infoRequestBody, (r) =>
    reports.requestInfo(r.actor, r.ctx, r.id, r.body.question),
  );
  action('extension', HANDLER, 'Đề nghị gia hạn (lãnh đạo đơn vị duyệt)', extensionRequestBody, (r) =>
    reports.requestExtension(r.actor, r.ctx, r.id, r.body),
  );
  action('extension/decision', UNIT_LEADER, 'Duyệt hoặc không duyệt đề nghị gia hạn', extensionDecisionBody, (r) =>
    reports.decideExtension(r.actor, r.ctx, r.id, r.body),
  );
  action('answer', HANDLER, 'Dự thảo trả lời', answerBody, (r) =>
    reports.draftAnswer(r.actor, r.ctx, r.id, r.body.text),
  );
  action('answer/return', UNIT_LEADER, 'Trả lại dự thảo để sửa', returnAnswerBody, (r) =>
    reports.returnAnswer(r.actor, r.ctx, r.id, r.body.note),
  );
  action('answer/approve', UNIT_LEADER, 'Duyệt trả lời', noteBody, (r) =>
    reports.approveAnswer(r.actor, r.ctx, r.id, r.body.note),
  );
  action('publish', [...UNIT_LEADER, ...OPERATOR], 'Công khai trả lời và thông báo người phản ánh', undefined, (r) =>
    reports.publish(r.actor, r.ctx, r.id),
  );
  action('reopen', OPERATOR, 'Mở lại phản ánh đã trả lời hoặc đã đóng', returnAnswerBody, (r) =>
    reports.reopen(r.actor, r.ctx, r.id, r.body.note),
  );
  action('close', OPERATOR, 'Đóng phản ánh', noteBody, (r) => reports.close(r.actor, r.ctx, r.id, r.body.note));
  action('checklist', [...HANDLER, ...OPERATOR], 'Đánh dấu một bước của quy trình (SOP)', checklistBody, (r) =>
    reports.tickChecklist(r.actor, r.ctx, r.id, r.body),
  );

  app.get(
    '/api/reports/:id/duplicates',
    {
      config: { permission: { roles: STAFF } },
      schema: {
        tags: opsTags,
        summary: 'Phản ánh có thể trùng (cùng lĩnh vực, gần, nội dung tương tự)',
        params: idParams,
        response: responses({ 200: z.array(duplicateCandidateSchema) }),
      },
    },
    (req) => reports.duplicateCandidates(actorOf(req), req.params.id),
  );

  app.get(
    '/api/reports/:id/comments',
    {
      config: { permission: { roles: STAFF } },
      schema: {
        tags: opsTags,
        summary: 'Trao đổi nội bộ (không công khai)',
        params: idParams,
        response: responses({ 200: z.array(commentSchema) }),
      },
    },
    (req) => reports.comments(actorOf(req), req.params.id),
  );

  app.post(
    '/api/reports/:id/comments',
    {
      config: { permission: { roles: STAFF } },
      schema: {
        tags: opsTags,
        summary: 'Thêm trao đổi nội bộ',
        params: idParams,
        body: commentBody,
        response: responses({ 201: commentSchema }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await reports.comment(actorOf(req), req.auditCtx, req.params.id, req.body.text)),
  );
}
