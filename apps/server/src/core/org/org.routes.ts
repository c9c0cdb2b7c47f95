import { z } from 'zod';
import { createUnitBody, idParams, unitListQuery, unitSchema, updateUnitBody, ROLES } from '@vioc/contracts';
import type { App } from '../http/index.js';
import { responses } from '../http/index.js';
import { actorOf } from '../auth/index.js';
import type { OrgService } from './org.service.js';

const featureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  properties: z.object({
    id: z.string(),
    code: z.string().nullable(),
    name: z.string(),
    fullName: z.string(),
    kind: z.string(),
  }),
  geometry: z.unknown(),
});

export function registerOrgRoutes(app: App, deps: { org: OrgService }): void {
  const { org } = deps;
  const tags = ['units'];

  app.get(
    '/api/units',
    {
      config: { permission: { roles: ROLES } },
      schema: {
        tags,
        summary: 'Đơn vị hành chính và cơ quan (cây, tìm kiếm không dấu)',
        querystring: unitListQuery,
        response: responses({ 200: z.array(unitSchema) }),
      },
    },
    (req) => org.listUnits(req.query),
  );

  app.get(
    '/api/units/:id',
    {
      config: { permission: { roles: ROLES } },
      schema: { tags, summary: 'Chi tiết đơn vị', params: idParams, response: responses({ 200: unitSchema }) },
    },
    (req) => org.getUnit(req.params.id),
  );

  app.post(
    '/api/units',
    {
      config: { permission: { roles: ['admin'] } },
      schema: { tags, summary: 'Thêm đơn vị', body: createUnitBody, response: responses({ 201: unitSchema }) },
    },
    async (req, reply) => reply.status(201).send(await org.createUnit(actorOf(req), req.auditCtx, req.body)),
  );

  app.patch(
    '/api/units/:id',
    {
      config: { permission: { roles: ['admin', 'unit_leader'] } },
      schema: {
        tags,
        summary: 'Sửa đơn vị',
        params: idParams,
        body: updateUnitBody,
        response: responses({ 200: unitSchema }),
      },
    },
    (req) => org.updateUnit(actorOf(req), req.auditCtx, req.params.id, req.body),
  );

  // Boundaries are public geography: the public map of later modules draws them too.
  app.get(
    '/api/geo/units/:id/children',
    {
      config: { permission: { public: true } },
      schema: {
        tags: ['geo'],
        summary: 'Ranh giới các đơn vị cấp dưới (GeoJSON đã giản lược)',
        params: idParams,
        response: responses({
          200: z.object({ type: z.literal('FeatureCollection'), features: z.array(featureSchema) }),
        }),
      },
    },
    async (req, reply) => {
      void reply.header('cache-control', 'public, max-age=3600');
      return org.childFeatures(req.params.id);
    },
  );

  app.get(
    '/api/geo/units/:id',
    {
      config: { permission: { public: true } },
      schema: {
        tags: ['geo'],
        summary: 'Ranh giới một đơn vị (GeoJSON)',
        params: idParams,
        response: responses({ 200: featureSchema }),
      },
    },
    async (req, reply) => {
      void reply.header('cache-control', 'public, max-age=3600');
      return org.unitFeature(req.params.id);
    },
  );
}
