/**
 * The staff queues' order (issue 10, item 11): `sort=due` lists what to act on next — overdue first, then by
 * deadline, soonest first, those without one last — across pages, not only within one; `newest` stays the
 * default. And the links notifications carry open pages that exist: staff `/ops/reports/<id>`, the reporter
 * `/public/reports/<id>` (item 3).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedDemoReports } from './seed/demo-reports.js';
import { sessionFor, startTestServer, type TestServer } from '../../../test/support.js';
import { act, categoryId, notificationsOf, pointInWard, submit, WARD } from './reports.fixtures.js';

let server: TestServer;

before(async () => {
  server = await startTestServer();
  await server.database.db
    .transaction()
    .execute((trx) => seedDemoReports(trx, server.services.audit, { count: 120, now: server.clock.now }));
});
after(() => server.close());

interface Item {
  id: string;
  dueAt: string | null;
  overdue: boolean;
  createdAt: string;
}

async function all(username: string, query: string): Promise<Item[]> {
  const caller = await sessionFor(server, username);
  const items: Item[] = [];
  for (let offset = 0; ; offset += 40) {
    const res = await server.app.inject({
      url: `/api/reports?${query}&limit=40&offset=${offset}`,
      headers: caller.headers(),
    });
    assert.equal(res.statusCode, 200, res.body);
    const page = res.json<{ items: Item[]; total: number }>();
    items.push(...page.items);
    if (items.length >= page.total) return items;
  }
}

describe('staff queue order', () => {
  test('sort=due: overdue first, then by deadline, none last, across pages', async () => {
    const items = await all('lanhdao', 'queue=all&sort=due');
    assert.ok(items.length > 40, 'more than one page');
    const firstNotOverdue = items.findIndex((i) => !i.overdue);
    assert.ok(firstNotOverdue > 0, 'some overdue ones lead');
    assert.ok(
      items.slice(firstNotOverdue).every((i) => !i.overdue),
      'no overdue report after a report that is not',
    );
    const rest = items.slice(firstNotOverdue);
    const firstUndated = rest.findIndex((i) => i.dueAt === null);
    const dated = firstUndated < 0 ? rest : rest.slice(0, firstUndated);
    if (firstUndated >= 0)
      assert.ok(
        rest.slice(firstUndated).every((i) => i.dueAt === null),
        'undated last',
      );
    for (let k = 1; k < dated.length; k++)
      assert.ok(Date.parse(dated[k - 1]!.dueAt!) <= Date.parse(dated[k]!.dueAt!), 'deadline ascending');
  });

  test('the default is still newest first', async () => {
    const items = await all('lanhdao', 'queue=all');
    for (let k = 1; k < items.length; k++)
      assert.ok(Date.parse(items[k - 1]!.createdAt) >= Date.parse(items[k]!.createdAt), 'created descending');
  });

  test('an unknown sort is refused', async () => {
    const leader = await sessionFor(server, 'lanhdao');
    const res = await server.app.inject({ url: '/api/reports?sort=random', headers: leader.headers() });
    assert.equal(res.statusCode, 400);
  });
});

describe('links in notifications', () => {
  test('staff get /ops/reports/<id>, the reporter /public/reports/<id>', async () => {
    const citizen = await sessionFor(server, 'nguoidan');
    const operator = await sessionFor(server, 'trucioc');
    const res = await submit(server, citizen, {
      categoryId: await categoryId(server, 'giao-thong.mat-duong'),
      title: 'Ổ gà trước cổng trường',
      description: 'Ổ gà sâu, học sinh đi xe đạp dễ ngã.',
      location: { ...(await pointInWard(server, WARD.tanNinh)), source: 'gps' },
    });
    assert.equal(res.statusCode, 201, res.body);
    const id: string = res.json().report.id;
    await act(server, operator, id, 'verify', {});
    const officerId = (
      await server.database.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'cbtanninh')
        .executeTakeFirstOrThrow()
    ).id;
    const toStaff = (await notificationsOf(server, officerId, 'reports.assigned')).map(
      (n) => n.data as { url?: string },
    );
    assert.ok(
      toStaff.some((d) => d.url === `/ops/reports/${id}`),
      JSON.stringify(toStaff),
    );
    const toReporter = (await notificationsOf(server, citizen.userId, 'reports.received')).map(
      (n) => n.data as { url?: string },
    );
    assert.ok(
      toReporter.some((d) => d.url === `/public/reports/${id}`),
      JSON.stringify(toReporter),
    );
  });
});
