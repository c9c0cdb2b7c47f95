import { z } from 'zod';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PublicCategoryDto, PublicReportStatus } from '@vioc/contracts';
import { AppError, httpErrors, isDatabaseUnavailable, type App } from '../../../core/http/index.js';
import { hasAnyRole, type ApiKeyService } from '../../../core/auth/index.js';
import type { ReportsService } from '../reports.service.js';
import { toXml } from './xml.js';

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) at /open311/v2/:
 * one service per leaf report category (service_code = category code),
 * service_request_id = the report code, status open|closed from the public
 * status. Reading is public and shows only public reports; POST needs an
 * `api_key` that is a vioc API key with the role `system`, and goes through
 * `reports.submit` with channel 'open311'. Errors are Open311 errors
 * (`[{code, description}]`, code = the HTTP status) in the requested format.
 */
export const OPEN311_BASE = '/open311/v2';
const FORMAT_RE = /^(.+)\.(json|xml)$/;
type Format = 'json' | 'xml';

class Open311Error extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
  ) {
    super(description);
  }
}

const formatOf = (req: FastifyRequest): Format => ((req.url.split('?')[0] ?? '').endsWith('.xml') ? 'xml' : 'json');

function send(reply: FastifyReply, format: Format, root: string, value: unknown, status = 200) {
  if (format === 'xml') return reply.status(status).type('text/xml; charset=utf-8').send(toXml(root, value));
  return reply.status(status).type('application/json; charset=utf-8').send(JSON.stringify(value));
}

/** `name.json` / `name.xml` → [name, format]; anything else is not an Open311 resource. */
function split(file: string): [string, Format] {
  const m = FORMAT_RE.exec(file);
  if (!m) throw new Open311Error(404, 'Unknown resource: use the .json or .xml extension');
  return [m[1]!, m[2] as Format];
}

const OPEN: readonly PublicReportStatus[] = ['received', 'processing'];
const CLOSED: readonly PublicReportStatus[] = ['answered', 'closed'];
const open311Status = (s: PublicReportStatus) => (OPEN.includes(s) ? 'open' : 'closed');

const file = z.object({ file: z.string().max(200) });
const when = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'a W3C date-time')
  .optional();
const requestsQuery = z.object({
  service_request_id: z.string().max(2000).optional(),
  service_code: z.string().max(100).optional(),
  start_date: when,
  end_date: when,
  status: z.string().max(20).optional().describe('open, closed or both, comma-separated'),
  jurisdiction_id: z.string().max(100).optional(),
});
const optional = (max: number) => z.string().trim().max(max).optional();
const postBody = z.object({
  api_key: optional(200),
  jurisdiction_id: optional(100),
  service_code: optional(100),
  lat: optional(40),
  long: optional(40),
  address_string: optional(500),
  address_id: optional(100),
  description: optional(4000),
  email: optional(254),
  phone: optional(40),
  first_name: optional(100),
  last_name: optional(100),
  device_id: optional(200),
  account_id: optional(200),
  media_url: optional(2000),
});

export async function registerOpen311Routes(
  app: App,
  deps: { reports: ReportsService; apiKeys: ApiKeyService; publicUrl?: string; submitPerIpPerHour: number },
): Promise<void> {
  const { reports, apiKeys } = deps;
  const fixedBase = deps.publicUrl?.replace(/\/+$/, '');
  // Open311 wants absolute URLs (media_url is `format: uri`). Without PUBLIC_URL they are built from
  // the request's own host, so a client always gets links it can follow; production sets PUBLIC_URL.
  const baseOf = (req: { protocol: string; host: string }) => fixedBase ?? `${req.protocol}://${req.host}`;
  const tags = ['open311'];

  async function leafCategories(): Promise<PublicCategoryDto[]> {
    const all = await reports.categories.listPublic();
    const parents = new Set(all.map((c) => c.parentId).filter(Boolean));
    return all.filter((c) => !parents.has(c.id));
  }

  async function category(code: string | undefined): Promise<PublicCategoryDto> {
    const found = code ? (await leafCategories()).find((c) => c.code === code) : undefined;
    if (!found) throw new Open311Error(404, `Unknown service_code: ${code ?? ''}`);
    return found;
  }

  const service = (c: PublicCategoryDto, groups: Map<string, string>) => ({
    service_code: c.code,
    service_name: c.name,
    description: c.description ?? c.name,
    metadata: false,
    type: 'realtime',
    keywords: c.nameEn ?? '',
    group: (c.parentId && groups.get(c.parentId)) || '',
  });

  type Row = Awaited<ReturnType<ReportsService['publicRecords']>>[number];
  const request = (base: string) => (r: Row) => ({
    service_request_id: r.code,
    status: open311Status(r.publicStatus),
    status_notes: r.publicStatus === 'answered' || r.publicStatus === 'closed' ? (r.answer ?? null) : null,
    service_name: r.category_name,
    service_code: r.category_code,
    description: r.description.slice(0, 4000),
    agency_responsible: r.assigned_name ?? null,
    service_notice: `Thời hạn xử lý: ${r.handling_days} ngày làm việc`,
    requested_datetime: r.created_at.toISOString(),
    updated_datetime: r.updated_at.toISOString(),
    expected_datetime: r.due_at?.toISOString() ?? null,
    address: r.address ?? r.area_name,
    address_id: null,
    zipcode: null,
    lat: r.lat,
    long: r.lon,
    media_url: r.first_photo_id ? `${base}/api/files/${r.first_photo_id}` : null,
  });

  const discovery = (base: string) => ({
    changeset: '2026-11-23T00:00:00Z',
    contact: 'Trung tâm Điều hành thông minh (IOC)',
    key_service: 'API keys are issued by the IOC administrator (role: system).',
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${base}${OPEN311_BASE}`,
        changeset: '2026-11-23T00:00:00Z',
        type: 'production',
        formats: ['application/json', 'text/xml'],
      },
    ],
  });

  await app.register(async (raw) => {
    const scope = raw.withTypeProvider<ZodTypeProvider>();
    // Open311 clients post form-encoded bodies: parsed here only, not across the API.
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 64 * 1024 },
      (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    scope.setErrorHandler((err: FastifyError | AppError | Open311Error, req, reply) => {
      let status = 500;
      let description = 'Internal error';
      if (err instanceof Open311Error) ({ status, description } = err);
      else if (err instanceof AppError) {
        status = err.status;
        description = `${err.code}: ${err.messageIn('en')}`;
      } else if (isDatabaseUnavailable(err)) {
        const e = httpErrors.error('DATABASE_UNAVAILABLE');
        status = e.status;
        description = `${e.code}: ${e.messageIn('en')}`;
      } else if ('validation' in err && err.validation) {
        status = 400;
        description = err.message;
      } else if ('statusCode' in err && err.statusCode && err.statusCode < 500) {
        status = err.statusCode;
        description = err.message;
      } else req.log.error({ err, url: req.url }, 'open311: unhandled error');
      return send(reply, formatOf(req), 'errors', [{ code: status, description }], status);
    });

    const pub = { permission: { public: true } } as const;

    scope.get(
      `${OPEN311_BASE}/:file`,
      {
        config: pub,
        schema: {
          tags,
          summary: 'Open311: discovery, services (list) or requests (public service requests); .json or .xml',
          params: file,
          querystring: requestsQuery,
        },
      },
      async (req, reply) => {
        const [name, format] = split(req.params.file);
        if (name === 'discovery') return send(reply, format, 'discovery', discovery(baseOf(req)));
        if (name === 'services') {
          const all = await reports.categories.listPublic();
          const groups = new Map(all.map((c) => [c.id, c.name]));
          return send(
            reply,
            format,
            'services',
            (await leafCategories()).map((c) => service(c, groups)),
          );
        }
        if (name !== 'requests') throw new Open311Error(404, `Unknown resource: ${name}`);
        const q = req.query;
        const codes = q.service_request_id
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .slice(0, 1000);
        let rows: Row[];
        if (codes?.length) rows = await reports.publicRecords({ codes, limit: 1000 });
        else {
          const statuses = (q.status ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          if (statuses.some((s) => s !== 'open' && s !== 'closed'))
            throw new Open311Error(400, 'status must be open or closed');
          const wanted = [...(statuses.includes('open') ? OPEN : []), ...(statuses.includes('closed') ? CLOSED : [])];
          const to = q.end_date ? new Date(q.end_date) : new Date();
          const from = q.start_date ? new Date(q.start_date) : new Date(to.getTime() - 90 * 86_400_000);
          if (to.getTime() - from.getTime() > 90 * 86_400_000)
            throw new Open311Error(400, 'start_date and end_date may span at most 90 days');
          rows = await reports.publicRecords({
            ...(wanted.length && { statuses: wanted }),
            ...(q.service_code && { categoryId: (await category(q.service_code)).id }),
            from,
            to,
            limit: 1000,
          });
        }
        return send(reply, format, 'service_requests', rows.map(request(baseOf(req))));
      },
    );

    scope.get(
      `${OPEN311_BASE}/services/:file`,
      {
        config: pub,
        schema: { tags, summary: 'Open311: service definition (no extra attributes)', params: file },
      },
      async (req, reply) => {
        const [code, format] = split(req.params.file);
        const c = await category(code);
        return send(reply, format, 'service_definition', { service_code: c.code, attributes: [] });
      },
    );

    scope.get(
      `${OPEN311_BASE}/requests/:file`,
      { config: pub, schema: { tags, summary: 'Open311: one public service request', params: file } },
      async (req, reply) => {
        const [code, format] = split(req.params.file);
        const rows = await reports.publicRecords({ codes: [code], limit: 1 });
        if (!rows.length) throw new Open311Error(404, `Service request not found: ${code}`);
        return send(reply, format, 'service_requests', rows.map(request(baseOf(req))));
      },
    );

    // Requests get their id at once, so a token is the id itself.
    scope.get(
      `${OPEN311_BASE}/tokens/:file`,
      { config: pub, schema: { tags, summary: 'Open311: service request id from a token', params: file } },
      async (req, reply) => {
        const [token, format] = split(req.params.file);
        const rows = await reports.publicRecords({ codes: [token], limit: 1 });
        if (!rows.length) throw new Open311Error(404, `Token not found: ${token}`);
        return send(reply, format, 'service_requests', [{ service_request_id: rows[0]!.code, token }]);
      },
    );

    scope.post(
      `${OPEN311_BASE}/:file`,
      {
        config: { ...pub, rateLimit: { max: deps.submitPerIpPerHour, timeWindow: '1 hour' } },
        schema: {
          tags,
          summary: 'Open311: create a service request (form-encoded; api_key = a vioc API key with role system)',
          consumes: ['application/x-www-form-urlencoded'],
          params: file,
          body: postBody,
        },
      },
      async (req, reply) => {
        const [name, format] = split(req.params.file);
        if (name !== 'requests') throw new Open311Error(404, `Unknown resource: ${name}`);
        const b = req.body;
        if (!b.api_key) throw new Open311Error(400, 'api_key is required');
        const actor = await apiKeys.resolve(b.api_key);
        if (!actor || !hasAnyRole(actor, ['system'])) throw new Open311Error(403, 'Invalid api_key');
        const c = await category(b.service_code);
        const lat = Number(b.lat);
        const lon = Number(b.long);
        if (!b.lat || !b.long || !Number.isFinite(lat) || !Number.isFinite(lon))
          throw new Open311Error(400, 'lat and long are required (address_string alone cannot be located)');
        const text = b.description || c.name;
        const firstLine = text.split('\n')[0]!.trim();
        const title = (firstLine.length >= 3 ? firstLine : c.name).slice(0, 200);
        const name_ = [b.first_name, b.last_name].filter(Boolean).join(' ');
        const description = b.media_url ? `${text}\n\nẢnh/video (liên kết, chưa tải về): ${b.media_url}` : text;
        const { report } = await reports.submit(
          {
            categoryId: c.id,
            title,
            description: description.slice(0, 5000),
            location: { lat, lon, address: b.address_string || null, source: 'gps' },
            contact: { name: name_ || null, phone: b.phone || null, email: b.email || null },
          },
          {
            channel: 'open311',
            actor,
            ip: req.ip,
            idempotencyKey: (req.headers['idempotency-key'] as string | undefined) ?? null,
            ctx: { ...req.auditCtx, actorId: actor.id, actorLabel: actor.label },
          },
        );
        return send(
          reply,
          format,
          'service_requests',
          [
            {
              service_request_id: report.code,
              service_notice: `Đã tiếp nhận. Thời hạn xử lý: ${c.handlingDays} ngày làm việc sau khi xác minh.`,
              // account_id is omitted: the schema wants a string when present, and keys have no citizen account.
            },
          ],
          201,
        );
      },
    );
  });
}
