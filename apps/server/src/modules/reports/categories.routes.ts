import { z } from 'zod';
import {
  categorySchema,
  createCategoryBody,
  createRoutingRuleBody,
  idParams,
  okResponse,
  publicCategorySchema,
  routingDecisionSchema,
  routingPreviewQuery,
  routingRuleSchema,
  updateCategoryBody,
  updateRoutingRuleBody,
} from '@vioc/contracts';
import type { App } from '../../core/http/index.js';
import { responses } from '../../core/http/index.js';
import { actorOf } from '../../core/auth/index.js';
import type { ReportsService } from './reports.service.js';

/** Categories (lĩnh vực) and routing rules: public list, admin management. */
export function registerCategoryRoutes(app: App, deps: { reports: ReportsService }): void {
  const { categories } = deps.reports;
  const tags = ['reports: categories'];
  const admin = { roles: ['admin'] as const };

  app.get(
    '/api/report-categories',
    {
      config: { permission: { public: true } },
      schema: {
        tags,
        summary: 'Lĩnh vực phản ánh đang tiếp nhận (cây, theo parentId)',
        response: responses({ 200: z.array(publicCategorySchema) }),
      },
    },
    async (_req, reply) => {
      void reply.header('cache-control', 'public, max-age=300');
      return categories.listPublic();
    },
  );

  app.get(
    '/api/admin/report-categories',
    {
      config: { permission: admin },
      schema: {
        tags,
        summary: 'Mọi lĩnh vực, kể cả đã ngừng, với SOP và cơ quan chịu trách nhiệm',
        response: responses({ 200: z.array(categorySchema) }),
      },
    },
    () => categories.listAll(),
  );

  app.get(
    '/api/admin/report-categories/:id',
    {
      config: { permission: admin },
      schema: { tags, summary: 'Chi tiết lĩnh vực', params: idParams, response: responses({ 200: categorySchema }) },
    },
    (req) => categories.get(req.params.id),
  );

  app.post(
    '/api/admin/report-categories',
    {
      config: { permission: admin },
      schema: {
        tags,
        summary: 'Thêm lĩnh vực',
        body: createCategoryBody,
        response: responses({ 201: categorySchema }),
      },
    },
    async (req, reply) => reply.status(201).send(await categories.create(actorOf(req), req.auditCtx, req.body)),
  );

  app.patch(
    '/api/admin/report-categories/:id',
    {
      config: { permission: admin },
      schema: {
        tags,
        summary: 'Sửa lĩnh vực (active=false để ngừng tiếp nhận)',
        params: idParams,
        body: updateCategoryBody,
        response: responses({ 200: categorySchema }),
      },
    },
    (req) => categories.update(actorOf(req), req.auditCtx, req.params.id, req.body),
  );

  app.get(
    '/api/admin/report-routing-rules',
    {
      config: { permission: { roles: ['admin', 'operator'] } },
      schema: {
        tags,
        summary: 'Quy tắc phân công xử lý',
        querystring: z.strictObject({ categoryId: z.uuid().optional() }),
        response: responses({ 200: z.array(routingRuleSchema) }),
      },
    },
    (req) => categories.listRules(req.query.categoryId),
  );

  app.post(
    '/api/admin/report-routing-rules',
    {
      config: { permission: admin },
      schema: {
        tags,
        summary: 'Thêm quy tắc: lĩnh vực → cơ quan (có thể giới hạn theo xã/phường)',
        body: createRoutingRuleBody,
        response: responses({ 201: routingRuleSchema }),
      },
    },
    async (req, reply) => reply.status(201).send(await categories.createRule(actorOf(req), req.auditCtx, req.body)),
  );

  app.patch(
    '/api/admin/report-routing-rules/:id',
    {
      config: { permission: admin },
      schema: {
        tags,
        summary: 'Sửa quy tắc phân công',
        params: idParams,
        body: updateRoutingRuleBody,
        response: responses({ 200: routingRuleSchema }),
      },
    },
    (req) => categories.updateRule(actorOf(req), req.auditCtx, req.params.id, req.body),
  );

  app.delete(
    '/api/admin/report-routing-rules/:id',
    {
      config: { permission: admin },
      schema: { tags, summary: 'Xoá quy tắc phân công', params: idParams, response: responses({ 200: okResponse }) },
    },
    async (req) => {
      await categories.deleteRule(actorOf(req), req.auditCtx, req.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/admin/report-routing/preview',
    {
      config: { permission: { roles: ['admin', 'operator'] } },
      schema: {
        tags,
        summary: 'Thử phân công: lĩnh vực + toạ độ → đơn vị xử lý',
        querystring: routingPreviewQuery,
        response: responses({ 200: routingDecisionSchema }),
      },
    },
    (req) => deps.reports.routingPreview(req.query.categoryId, req.query.lat, req.query.lon),
  );
}
