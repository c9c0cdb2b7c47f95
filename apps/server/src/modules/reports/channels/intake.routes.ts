import { hotlineIntakeBody, idempotencyHeaders, intakeResponse, socialIntakeBody } from '@vioc/contracts';
import type { App } from '../../../core/http/index.js';
import { responses } from '../../../core/http/index.js';
import { actorOf } from '../../../core/auth/index.js';
import type { ReportsService } from '../reports.service.js';

const firstLine = (s: string) => s.split('\n')[0]!.trim().slice(0, 200);
const titleOf = (given: string | undefined, body: string) => {
  const t = given ?? firstLine(body);
  return t.length >= 3 ? t : body.slice(0, 200);
};

/**
 * Machine and operator channels into `reports.submit`:
 *  - POST /api/intake/social: chat platforms' bridge (Zalo OA, Facebook page) with an API key of role system;
 *    the platform's message id is the idempotency key, photo links are kept as text, never fetched;
 *  - POST /api/reports/hotline: the IOC duty operator types in a call (the caller is the reporter).
 */
export function registerIntakeRoutes(app: App, deps: { reports: ReportsService }): void {
  const { reports } = deps;
  const ok = responses({ 200: intakeResponse, 201: intakeResponse });

  app.post(
    '/api/intake/social',
    {
      config: { permission: { roles: ['system'] } },
      schema: {
        tags: ['reports: channels'],
        summary: 'Tiếp nhận phản ánh từ mạng xã hội/ứng dụng nhắn tin (Zalo, Facebook) qua khoá API (system)',
        description:
          'The message id is the idempotency key (same source + messageId → the same report, 200). The sender must ' +
          'give a phone or an email (422 REPORT_CONTACT_REQUIRED). Photo URLs are appended to the description as ' +
          'links and are not downloaded.',
        body: socialIntakeBody,
        response: ok,
      },
    },
    async (req, reply) => {
      const b = req.body;
      const links = b.photoUrls.length ? `\n\nẢnh (liên kết, chưa tải về):\n${b.photoUrls.join('\n')}` : '';
      const result = await reports.submit(
        {
          categoryId: b.categoryId,
          title: titleOf(b.title, b.text),
          description: `${b.text}${links}`.slice(0, 5000),
          location: { ...b.location, source: 'map' },
          contact: { name: b.sender.name ?? null, phone: b.sender.phone ?? null, email: b.sender.email ?? null },
        },
        {
          channel: 'social',
          actor: actorOf(req),
          ip: req.ip,
          idempotencyKey: `${b.source}:${b.messageId}`,
          ctx: req.auditCtx,
        },
      );
      return reply.status(result.replayed ? 200 : 201).send({
        id: result.report.id,
        code: result.report.code,
        trackingToken: result.trackingToken,
        replayed: result.replayed,
      });
    },
  );

  app.post(
    '/api/reports/hotline',
    {
      config: { permission: { roles: ['operator'] } },
      schema: {
        tags: ['reports: channels'],
        summary: 'Trực ban nhập phản ánh qua đường dây nóng (người gọi là người phản ánh)',
        headers: idempotencyHeaders,
        body: hotlineIntakeBody,
        response: ok,
      },
    },
    async (req, reply) => {
      const b = req.body;
      const result = await reports.submit(
        {
          categoryId: b.categoryId,
          title: titleOf(b.title, b.notes),
          description: b.notes,
          location: { ...b.location, source: 'map' },
          anonymous: b.anonymous,
          confidential: b.confidential,
          contact: { name: b.callerName ?? null, phone: b.callerPhone },
        },
        {
          channel: 'hotline',
          actor: actorOf(req),
          ip: req.ip,
          idempotencyKey: req.headers['idempotency-key'] ?? null,
          ctx: req.auditCtx,
        },
      );
      return reply.status(result.replayed ? 200 : 201).send({
        id: result.report.id,
        code: result.report.code,
        trackingToken: result.trackingToken,
        replayed: result.replayed,
      });
    },
  );
}
