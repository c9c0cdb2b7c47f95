import { z } from 'zod';
import {
  addMembershipBody,
  apiKeySchema,
  createApiKeyBody,
  createUserBody,
  idParams,
  okResponse,
  updateUserBody,
  userListQuery,
  userSchema,
  ROLES,
} from '@vioc/contracts';
import type { App } from '../http/index.js';
import { responses } from '../http/index.js';
import type { AccountsService } from './accounts.service.js';
import type { ApiKeyService } from './apikeys.service.js';
import { actorOf } from './guard.js';

const admin = { roles: ['admin'] } as const;

export function registerAccountRoutes(app: App, deps: { accounts: AccountsService; apiKeys: ApiKeyService }): void {
  const { accounts, apiKeys } = deps;
  const tags = ['users'];

  app.get(
    '/api/users',
    {
      config: { permission: { roles: ['admin', 'unit_leader', 'operator', 'leader'] } },
      schema: {
        tags,
        summary: 'Danh sách người dùng trong phạm vi quản lý',
        querystring: userListQuery,
        response: responses({ 200: z.object({ items: z.array(userSchema), total: z.number().int() }) }),
      },
    },
    (req) => accounts.listUsers(actorOf(req), req.query),
  );

  app.get(
    '/api/users/:id',
    {
      config: { permission: { roles: ROLES } },
      schema: { tags, summary: 'Thông tin người dùng', params: idParams, response: responses({ 200: userSchema }) },
    },
    (req) => accounts.getUser(actorOf(req), req.params.id),
  );

  app.post(
    '/api/users',
    {
      config: { permission: admin },
      schema: { tags, summary: 'Tạo người dùng', body: createUserBody, response: responses({ 201: userSchema }) },
    },
    async (req, reply) => reply.status(201).send(await accounts.createUser(actorOf(req), req.auditCtx, req.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { permission: { roles: ['admin', 'unit_leader'] } },
      schema: {
        tags,
        summary: 'Cập nhật người dùng',
        params: idParams,
        body: updateUserBody,
        response: responses({ 200: userSchema }),
      },
    },
    (req) => accounts.updateUser(actorOf(req), req.auditCtx, req.params.id, req.body),
  );

  app.post(
    '/api/users/:id/password',
    {
      config: { permission: admin },
      schema: {
        tags,
        summary: 'Đặt lại mật khẩu người dùng',
        params: idParams,
        body: z.strictObject({ password: z.string().min(1).max(256) }),
        response: responses({ 200: okResponse }),
      },
    },
    async (req) => {
      await accounts.setPassword(actorOf(req), req.auditCtx, req.params.id, req.body.password);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/users/:id/memberships',
    {
      config: { permission: admin },
      schema: {
        tags,
        summary: 'Phân quyền người dùng tại đơn vị',
        params: idParams,
        body: addMembershipBody,
        response: responses({ 201: userSchema }),
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await accounts.addMembership(actorOf(req), req.auditCtx, req.params.id, req.body.unitId, req.body.role)),
  );

  app.delete(
    '/api/users/:id/memberships/:membershipId',
    {
      config: { permission: admin },
      schema: {
        tags,
        summary: 'Thu hồi phân quyền',
        params: z.object({ id: z.uuid(), membershipId: z.uuid() }),
        response: responses({ 200: userSchema }),
      },
    },
    (req) => accounts.removeMembership(actorOf(req), req.auditCtx, req.params.id, req.params.membershipId),
  );

  app.get(
    '/api/api-keys',
    {
      config: { permission: admin },
      schema: { tags: ['api-keys'], summary: 'Khóa API', response: responses({ 200: z.array(apiKeySchema) }) },
    },
    (req) => apiKeys.list(actorOf(req)),
  );

  app.post(
    '/api/api-keys',
    {
      config: { permission: admin },
      schema: {
        tags: ['api-keys'],
        summary: 'Tạo khóa API (mã chỉ hiện một lần)',
        body: createApiKeyBody,
        response: responses({ 201: apiKeySchema.extend({ token: z.string() }) }),
      },
    },
    async (req, reply) => reply.status(201).send(await apiKeys.create(actorOf(req), req.auditCtx, req.body)),
  );

  app.post(
    '/api/api-keys/:id/revoke',
    {
      config: { permission: admin },
      schema: {
        tags: ['api-keys'],
        summary: 'Thu hồi khóa API',
        params: idParams,
        response: responses({ 200: apiKeySchema }),
      },
    },
    (req) => apiKeys.revoke(actorOf(req), req.auditCtx, req.params.id),
  );
}
