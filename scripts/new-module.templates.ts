/** The files `npm run new:module` writes (scripts/new-module.ts). */

const pascal = (n: string) => n[0]!.toUpperCase() + n.slice(1);

export function registerLines(name: string) {
  const P = pascal(name);
  return {
    serverImport: `import { ${name}Module } from './modules/${name}/index.js';`,
    serverEntry: `    ${name}Module,`,
    webImport: `import { ${name}WebModule } from './features/${name}/module';`,
    webEntry: `  ${name}WebModule,`,
    P,
  };
}

export function moduleFiles(name: string, migration: string): Record<string, string> {
  const P = pascal(name);
  const S = `apps/server/src/modules/${name}`;
  const W = `apps/web/src/features/${name}`;
  const ERR = name.toUpperCase();
  return {
    [`${S}/migrations/${migration}_${name}.sql`]: `-- modules/${name}: its first table. Never edit this file once it has landed; add the next number.
CREATE TABLE ${name}_items (
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  unit_id uuid NOT NULL REFERENCES units(id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ${name}_items_unit ON ${name}_items (unit_id, created_at DESC);
`,
    [`${S}/${name}.errors.ts`]: `import { defineErrors } from '../../core/http/index.js';

/** The module's closed set of error codes, each with its HTTP status and vi/en message. */
export const ${name}Errors = defineErrors({
  ${ERR}_TITLE_TOO_LONG: { status: 422, vi: 'Tiêu đề quá dài.', en: 'The title is too long.' },
  ${ERR}_UNIT_OUT_OF_SCOPE: {
    status: 403,
    vi: 'Đơn vị này nằm ngoài phạm vi của bạn.',
    en: 'This unit is outside your scope.',
  },
});
`,
    [`${S}/${name}.repo.ts`]: `import { sql } from 'kysely';
import type { Db } from '../../core/db/index.js';

export interface ${P}ItemRow {
  id: string;
  unit_id: string;
  title: string;
  created_at: Date;
}

/** SQL of the module's tables, and nothing else. */
export function ${name}Repo(db: Db) {
  return {
    async insert(trx: Db, row: { unitId: string; title: string; createdBy: string | null }): Promise<${P}ItemRow> {
      const r = await sql<${P}ItemRow>\`
        INSERT INTO ${name}_items (unit_id, title, created_by) VALUES (\${row.unitId}, \${row.title}, \${row.createdBy})
        RETURNING id, unit_id, title, created_at\`.execute(trx);
      return r.rows[0]!;
    },
    async latest(unitIds: readonly string[], limit: number): Promise<${P}ItemRow[]> {
      if (unitIds.length === 0) return [];
      const r = await sql<${P}ItemRow>\`
        SELECT id, unit_id, title, created_at FROM ${name}_items
        WHERE unit_id = ANY(\${[...unitIds]}::uuid[]) ORDER BY created_at DESC LIMIT \${limit}\`.execute(db);
      return r.rows;
    },
  };
}
`,
    [`${S}/${name}.service.ts`]: `import type { EventPayloads } from '@vioc/contracts';
import { z } from 'zod';
import type { AuditContext, AuditService } from '../../core/audit/index.js';
import type { Actor } from '../../core/auth/index.js';
import type { Db } from '../../core/db/index.js';
import type { EventBus } from '../../core/events/index.js';
import { ${name}Errors } from './${name}.errors.js';
import { ${name}Repo } from './${name}.repo.js';

export const ${ERR}_ITEM_CREATED = '${name}.item_created';

/**
 * Its events with their payload schemas. They join the event catalogue here by declaration merging,
 * which types publish and subscribers; moving them to packages/contracts/src/events shares them with the web.
 */
export const ${ERR}_EVENTS = { [${ERR}_ITEM_CREATED]: z.object({ id: z.uuid(), title: z.string() }) } as const;

type ${P}Events = EventPayloads<typeof ${ERR}_EVENTS>;
declare module '@vioc/contracts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled from the schemas above
  interface EventCatalog extends ${P}Events {}
}

/** Everything the service uses, and nothing more. */
export interface ${P}Deps {
  db: Db;
  audit: Pick<AuditService, 'record'>;
  publish: EventBus['publish'];
  options: { maxTitle: number };
}

export interface ${P}ItemDto {
  id: string;
  unitId: string;
  title: string;
  createdAt: string;
}

/** The rules of the module; the only writer of its tables. */
export function create${P}Service(deps: ${P}Deps) {
  const repo = ${name}Repo(deps.db);
  const toDto = (r: { id: string; unit_id: string; title: string; created_at: Date }): ${P}ItemDto => ({
    id: r.id,
    unitId: r.unit_id,
    title: r.title,
    createdAt: r.created_at.toISOString(),
  });

  return {
    /** The newest items of the caller's units. */
    async list(actor: Actor): Promise<${P}ItemDto[]> {
      const units = actor.memberships.map((m) => m.unitId);
      return (await repo.latest(units, 100)).map(toDto);
    },

    /** Creates an item in one of the caller's units: row, event and audit entry in one transaction. */
    async create(actor: Actor, ctx: AuditContext, body: { unitId: string; title: string }): Promise<${P}ItemDto> {
      if (body.title.length > deps.options.maxTitle) throw ${name}Errors.error('${ERR}_TITLE_TOO_LONG');
      if (!actor.memberships.some((m) => m.unitId === body.unitId)) throw ${name}Errors.error('${ERR}_UNIT_OUT_OF_SCOPE');
      return deps.db.transaction().execute(async (trx) => {
        const row = await repo.insert(trx, { unitId: body.unitId, title: body.title, createdBy: actor.userId });
        await deps.publish(trx, {
          type: ${ERR}_ITEM_CREATED,
          aggregateType: '${name}_item',
          aggregateId: row.id,
          unitId: row.unit_id,
          actorId: actor.userId,
          payload: { id: row.id, title: row.title },
        });
        await deps.audit.record(trx, ctx, {
          action: '${name}.item_created',
          targetType: '${name}_item',
          targetId: row.id,
          unitId: row.unit_id,
          after: { title: row.title },
        });
        return toDto(row);
      });
    },
  };
}

export type ${P}Service = ReturnType<typeof create${P}Service>;
`,
    [`${S}/${name}.routes.ts`]: `import { z } from 'zod';
import { actorOf } from '../../core/auth/index.js';
import { responses, type App } from '../../core/http/index.js';
import type { ${P}Service } from './${name}.service.js';

const item = z.object({ id: z.string(), unitId: z.string(), title: z.string(), createdAt: z.string() });
const ROLES = ['officer', 'unit_leader'] as const;

/** Thin: parse, authorise (the guard, from \`permission\`), call the service. */
export function register${P}Routes(app: App, deps: { ${name}: ${P}Service }): void {
  const tags = ['${name}'];
  app.get(
    '/api/${name}/items',
    {
      config: { permission: { roles: ROLES } },
      schema: { tags, summary: 'Mục mới nhất của đơn vị', response: responses({ 200: z.array(item) }) },
    },
    (req) => deps.${name}.list(actorOf(req)),
  );
  app.post(
    '/api/${name}/items',
    {
      config: { permission: { roles: ROLES } },
      schema: {
        tags,
        summary: 'Tạo mục mới',
        body: z.object({ unitId: z.uuid(), title: z.string().trim().min(1) }).strict(),
        response: responses({ 201: item }),
      },
    },
    async (req, reply) => reply.status(201).send(await deps.${name}.create(actorOf(req), req.auditCtx, req.body)),
  );
}
`,
    [`${S}/index.ts`]: `/**
 * modules/${name} — (describe what the module owns, in a line). The only file
 * other modules may import; see docs/modules.md.
 */
import path from 'node:path';
import { z } from 'zod';
import { auditRef } from '../../core/audit/index.js';
import { eventsRef } from '../../core/events/index.js';
import { defineModule, moduleRef } from '../../core/platform/index.js';
import { register${P}Routes } from './${name}.routes.js';
import { ${ERR}_EVENTS, create${P}Service, type ${P}Service } from './${name}.service.js';

export type { ${P}Service, ${P}ItemDto } from './${name}.service.js';
export { ${ERR}_ITEM_CREATED } from './${name}.service.js';

export const ${name}Ref = moduleRef<${P}Service>('${name}');

export const ${name}Module = defineModule({
  ref: ${name}Ref,
  description: '${P} (mô tả ngắn bằng tiếng Việt)',
  deps: { audit: auditRef, bus: eventsRef },
  config: z.object({ ${ERR}_MAX_TITLE: z.coerce.number().int().min(10).max(200).default(200) }),
  migrations: path.join(import.meta.dirname, 'migrations'),
  permissions: [{ name: '${name}.create', vi: 'Tạo mục', en: 'Create items', roles: ['officer', 'unit_leader'] }],
  events: ${ERR}_EVENTS,
  init: ({ db, config, deps }) =>
    create${P}Service({ db, audit: deps.audit, publish: deps.bus.publish, options: { maxTitle: config.${ERR}_MAX_TITLE } }),
  routes: (app, service) => register${P}Routes(app, { ${name}: service }),
});
`,
    [`${S}/${name}.test.ts`]: `import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { migrate } from '../../core/db/index.js';
import { allMigrations, platformModules } from '../../modules.js';
import { sessionFor, startTestServer, type TestServer } from '../../../test/support.js';
import { ${name}Module } from './index.js';

// Listed in modules.ts the module is part of every server; scaffolded alone it is plugged in here.
const listed = platformModules().some((m) => m.ref.name === '${name}');
let server: TestServer;
before(async () => {
  server = await startTestServer({ ${ERR}_MAX_TITLE: '20' }, listed ? {} : { extraModules: [${name}Module] });
  await migrate(server.database.pool, allMigrations(listed ? [] : [${name}Module]));
});
after(() => server.close());

test('an officer creates an item in its unit and sees it; the change is audited', async () => {
  const officer = await sessionFor(server, 'cbtanninh');
  const unitId = (
    await server.database.pool.query<{ unit_id: string }>('SELECT unit_id FROM memberships WHERE user_id = $1', [
      officer.userId,
    ])
  ).rows[0]!.unit_id;
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/${name}/items',
    headers: officer.headers(),
    payload: { unitId, title: 'Mục đầu tiên' },
  });
  assert.equal(res.statusCode, 201);
  const list = await server.app.inject({ url: '/api/${name}/items', headers: officer.headers() });
  assert.deepEqual(
    (list.json() as { title: string }[]).map((i) => i.title),
    ['Mục đầu tiên'],
  );
  const audit = await server.database.pool.query("SELECT count(*)::int AS n FROM audit_log WHERE action = '${name}.item_created'");
  assert.equal(audit.rows[0].n, 1);
});

test('bad input: a clear 4xx with a stable code, nothing saved', async () => {
  const officer = await sessionFor(server, 'cbtanninh');
  const other = await sessionFor(server, 'cbbinhminh');
  const otherUnit = (
    await server.database.pool.query<{ unit_id: string }>('SELECT unit_id FROM memberships WHERE user_id = $1', [
      other.userId,
    ])
  ).rows[0]!.unit_id;
  const long = await server.app.inject({
    method: 'POST',
    url: '/api/${name}/items',
    headers: officer.headers(),
    payload: { unitId: otherUnit, title: 'x'.repeat(21) },
  });
  assert.equal(long.json().error.code, '${ERR}_TITLE_TOO_LONG');
  const foreign = await server.app.inject({
    method: 'POST',
    url: '/api/${name}/items',
    headers: officer.headers(),
    payload: { unitId: otherUnit, title: 'Không được' },
  });
  assert.equal(foreign.statusCode, 403);
  assert.equal(foreign.json().error.code, '${ERR}_UNIT_OUT_OF_SCOPE');
  const anonymous = await server.app.inject({ url: '/api/${name}/items' });
  assert.equal(anonymous.statusCode, 401);
});
`,
    [`${S}/README.md`]: `# modules/${name}

What it owns: the \`${name}_*\` tables (migrations/), the \`${name}.*\` events and permissions.
Whom it talks to: core audit and events, through their module refs (index.ts \`deps\`).
Settings: \`${ERR}_MAX_TITLE\` (README's configuration table).
`,
    [`${W}/module.tsx`]: `/** The ${name} module's pages and menu entries (the web half of modules/${name}). */
import { lazy } from 'react';
import { Route } from 'react-router';
import { AppstoreOutlined } from '@ant-design/icons';
import { RequireRoles } from '../../app/guards';
import type { WebModule } from '../../app/webModules';

const ${P}Page = lazy(() => import('./${P}Page').then((m) => ({ default: m.${P}Page })));

export const ${name}WebModule: WebModule = {
  name: '${name}',
  menu: [
    {
      key: '${name}',
      path: '/${name}',
      label: (t) => t('${name}.nav', { defaultValue: '${P}' }),
      icon: <AppstoreOutlined />,
      roles: ['officer', 'unit_leader'],
      testId: 'nav-${name}',
    },
  ],
  signedInRoutes: (
    <Route element={<RequireRoles roles={['officer', 'unit_leader']} />}>
      <Route path="${name}" element={<${P}Page />} />
    </Route>
  ),
};
`,
    [`${W}/${P}Page.tsx`]: `import { useQuery } from '@tanstack/react-query';
import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getUnlisted } from '../../shared/api';

// Until \`npm run openapi\` puts this module's routes into the web's generated types: then
// api.get('/api/${name}/items') is typed from the schema and Item can go.
interface Item {
  id: string;
  title: string;
  createdAt: string;
}

export function ${P}Page() {
  const { t } = useTranslation();
  const items = useQuery({
    queryKey: ['${name}', 'items'],
    queryFn: ({ signal }) => getUnlisted<Item[]>('/api/${name}/items', { signal }),
  });
  return (
    <>
      <Typography.Title level={3}>{t('${name}.nav', { defaultValue: '${P}' })}</Typography.Title>
      <List loading={items.isPending} dataSource={items.data ?? []} renderItem={(i) => <List.Item>{i.title}</List.Item>} />
    </>
  );
}
`,
  };
}
