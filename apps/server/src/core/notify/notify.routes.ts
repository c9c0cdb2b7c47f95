import type { FastifyRequest } from 'fastify';
import { HUMAN_ROLES, idParams, okResponse } from '@vioc/contracts';
import { z } from 'zod';
import type { App } from '../http/index.js';
import { responses } from '../http/index.js';
import { actorOf } from '../auth/index.js';
import { notifyErrors } from './notify.errors.js';
import type { NotifyService } from './notify.service.js';
import type { Category, Channel } from './notify.templates.js';
import {
  deliveriesQuery,
  deliverySchema,
  inboxQuery,
  inboxResponse,
  preferencesBody,
  preferencesSchema,
  pushKeyResponse,
  pushSubscriptionBody,
  pushUnsubscribeBody,
  readAllResponse,
  unreadResponse,
} from './notify.schemas.js';

const people = { roles: HUMAN_ROLES } as const;

/** The inbox is a person's own: API keys have none. */
function userIdOf(req: FastifyRequest): string {
  const userId = actorOf(req).userId;
  if (!userId) throw notifyErrors.error('NOTIFY_USER_ONLY');
  return userId;
}

export function registerNotifyRoutes(app: App, deps: { notify: NotifyService }): void {
  const { notify } = deps;
  const tags = ['notifications'];

  app.get(
    '/api/notifications',
    {
      config: { permission: people },
      schema: {
        tags,
        summary: 'Thông báo của tôi (mới nhất trước)',
        querystring: inboxQuery,
        response: responses({ 200: inboxResponse }),
      },
    },
    (req) =>
      notify.inbox(userIdOf(req), {
        unreadOnly: req.query.unread === 'true',
        limit: req.query.limit,
        offset: req.query.offset,
      }),
  );

  app.get(
    '/api/notifications/unread-count',
    {
      config: { permission: people },
      schema: { tags, summary: 'Số thông báo chưa đọc', response: responses({ 200: unreadResponse }) },
    },
    async (req) => ({ unread: await notify.unreadCount(userIdOf(req)) }),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: { permission: people },
      schema: { tags, summary: 'Đánh dấu đã đọc', params: idParams, response: responses({ 200: unreadResponse }) },
    },
    (req) => notify.markRead(userIdOf(req), req.params.id),
  );

  app.post(
    '/api/notifications/read-all',
    {
      config: { permission: people },
      schema: { tags, summary: 'Đánh dấu tất cả đã đọc', response: responses({ 200: readAllResponse }) },
    },
    (req) => notify.markAllRead(userIdOf(req)),
  );

  app.get(
    '/api/notifications/preferences',
    {
      config: { permission: people },
      schema: { tags, summary: 'Kênh nhận thông báo theo từng nhóm', response: responses({ 200: preferencesSchema }) },
    },
    (req) => notify.preferences(userIdOf(req)),
  );

  app.put(
    '/api/notifications/preferences',
    {
      config: { permission: people },
      schema: {
        tags,
        summary: 'Chọn kênh nhận thông báo',
        body: preferencesBody,
        response: responses({ 200: preferencesSchema }),
      },
    },
    (req) =>
      notify.setPreferences(userIdOf(req), req.auditCtx, req.body.categories as Partial<Record<Category, Channel[]>>),
  );

  // Public: the browser needs the key before it can subscribe, and it is public by nature.
  app.get(
    '/api/notifications/push-key',
    {
      config: { permission: { public: true } },
      schema: {
        tags,
        summary: 'Khoá công khai VAPID cho thông báo đẩy',
        response: responses({ 200: pushKeyResponse }),
      },
    },
    () => ({ publicKey: notify.pushPublicKey() }),
  );

  app.post(
    '/api/notifications/push-subscriptions',
    {
      config: { permission: people },
      schema: {
        tags,
        summary: 'Lưu đăng ký nhận thông báo đẩy của trình duyệt (PushSubscription)',
        body: pushSubscriptionBody,
        response: responses({ 201: z.object({ id: z.uuid() }) }),
      },
    },
    async (req, reply) => reply.status(201).send(await notify.subscribePush(userIdOf(req), req.auditCtx, req.body)),
  );

  app.delete(
    '/api/notifications/push-subscriptions',
    {
      config: { permission: people },
      schema: {
        tags,
        summary: 'Huỷ đăng ký nhận thông báo đẩy của trình duyệt',
        body: pushUnsubscribeBody,
        response: responses({ 200: z.object({ removed: z.number().int() }) }),
      },
    },
    (req) => notify.unsubscribePush(userIdOf(req), req.auditCtx, req.body.endpoint),
  );

  app.get(
    '/api/admin/notifications/deliveries',
    {
      config: { permission: { roles: ['admin'] } },
      schema: {
        tags: ['operations'],
        summary: 'Nhật ký gửi thông báo qua email, SMS, thông báo đẩy',
        querystring: deliveriesQuery,
        response: responses({ 200: z.array(deliverySchema) }),
      },
    },
    (req) => notify.listDeliveries(actorOf(req), req.query),
  );

  app.post(
    '/api/admin/notifications/deliveries/:id/retry',
    {
      config: { permission: { roles: ['admin'] } },
      schema: {
        tags: ['operations'],
        summary: 'Gửi lại một thông báo đã gửi thất bại',
        params: idParams,
        response: responses({ 200: okResponse }),
      },
    },
    async (req) => {
      await notify.retryDelivery(actorOf(req), req.auditCtx, req.params.id);
      return { ok: true as const };
    },
  );
}
