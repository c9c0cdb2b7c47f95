/**
 * Report links and each role's landing, in a real browser (issue 10, items 3, 4 and 11):
 *  - a staff notification's link `/ops/reports/<id>` opens the queue with that report's drawer, cold (typed)
 *    or from the bell; reload keeps it open; back closes it; the list's filters live in the URL and survive
 *    reload; the public page `/public/reports/<id>` opens cold; the audit log links a report to its page;
 *  - each role's queue opens on what it can act on, ordered overdue first;
 *  - Tổng quan shows each role its own work, with the counts and lists of the API.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { seedDemoReports } from '../src/modules/reports/index.js';
import { act, categoryId, pointInWard, submit, WARD } from '../src/modules/reports/reports.fixtures.js';
import { freePort, launchChromium, sessionFor, startTestServer, type TestServer } from './support.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WEB_DIST = path.join(ROOT, 'apps/web/dist');
const SHOTS = process.env.SHOTS_DIR ?? path.join(ROOT, '.tmp', 'screenshots');

let server: TestServer;
let browser: Browser;
let base: string;
let reportId: string;
let reportCode: string;
const contexts: BrowserContext[] = [];

interface Summary {
  id: string;
  code: string;
  overdue: boolean;
}

before(async () => {
  const built = spawnSync(process.execPath, ['scripts/build-web.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  server = await startTestServer({ WEB_DIST, RATE_LIMIT_SIGNIN_PER_MINUTE: '100' });
  await server.database.db
    .transaction()
    .execute((trx) => seedDemoReports(trx, server.services.audit, { count: 150, now: server.clock.now }));
  // A fresh report routed to Phường Tân Ninh: its officer gets a "reports.assigned" notification with a link.
  const citizen = await sessionFor(server, 'nguoidan');
  const operator = await sessionFor(server, 'trucioc');
  const res = await submit(server, citizen, {
    categoryId: await categoryId(server, 'giao-thong.mat-duong'),
    title: 'Ổ gà trước cổng trường Tân Ninh',
    description: 'Ổ gà sâu khoảng 20 cm, học sinh đi xe đạp dễ ngã.',
    location: { ...(await pointInWard(server, WARD.tanNinh)), source: 'gps' },
  });
  assert.equal(res.statusCode, 201, res.body);
  reportId = res.json().report.id;
  reportCode = res.json().report.code;
  await act(server, operator, reportId, 'verify', {});
  const port = await freePort();
  await server.app.listen({ port, host: '127.0.0.1' });
  base = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
  fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A desktop window signed in as `username` (session cookie set directly; sign-in has its own tests). */
async function signedIn(username: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const caller = await sessionFor(server, username);
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  contexts.push(context);
  await context.addCookies([{ name: 'vioc_sid', value: caller.cookie.split('=')[1]!, url: base }]);
  return context.newPage();
}

async function api<T>(username: string, url: string): Promise<T> {
  const caller = await sessionFor(server, username);
  const res = await server.app.inject({ url, headers: caller.headers() });
  assert.equal(res.statusCode, 200, res.body);
  return res.json<T>();
}

const drawerOpen = (p: Page, code: string) =>
  p.locator('.ant-drawer-title', { hasText: code }).waitFor({ timeout: 30_000 });
const drawerClosed = (p: Page) => p.locator('.ant-drawer-title').waitFor({ state: 'hidden', timeout: 30_000 });
const activeTab = async (p: Page) =>
  (await p.locator('.ant-tabs-tab-active [data-testid^="queue-"]').getAttribute('data-testid'))?.slice(6);

describe('report links', { timeout: 300_000 }, () => {
  test("a notification's link typed cold opens the report; reload keeps it", async () => {
    const p = await signedIn('cbtanninh');
    await p.goto(`${base}/ops/reports/${reportId}`);
    await drawerOpen(p, reportCode);
    await p.getByTestId('drawer-status').waitFor();
    await p.screenshot({ path: path.join(SHOTS, 'links-drawer-cold-1440.png') });
    await p.reload();
    await drawerOpen(p, reportCode);
    assert.equal(new URL(p.url()).pathname, `/ops/reports/${reportId}`);
    // Closing a drawer opened cold leaves the list, not a page before it.
    await p.locator('.ant-drawer-close').click();
    await drawerClosed(p);
    assert.equal(new URL(p.url()).pathname, '/ops/reports');
  });

  test('the bell opens the report; back closes it', async () => {
    const p = await signedIn('cbtanninh');
    await p.goto(`${base}/`);
    await p.getByTestId('notif-bell').click();
    await p.getByTestId('notif-item').first().waitFor();
    const item = p.getByTestId('notif-item').filter({ hasText: reportCode }).first();
    await item.click();
    await drawerOpen(p, reportCode);
    assert.equal(new URL(p.url()).pathname, `/ops/reports/${reportId}`);
    await p.goBack();
    await drawerClosed(p);
    assert.equal(new URL(p.url()).pathname, '/');
  });

  test('filters live in the URL: they survive reload, back closes the drawer and keeps them', async () => {
    const p = await signedIn('cbtanninh');
    await p.goto(`${base}/ops/reports`);
    await p.getByTestId('ops-reports-table').waitFor();
    await p.getByTestId('queue-all').click();
    await p.getByTestId('ops-search').locator('input').fill('cổng trường');
    await p.waitForURL((u) => u.searchParams.get('q') === 'cổng trường' && u.searchParams.get('queue') === 'all');
    await p.reload();
    await p.getByTestId('ops-reports-table').waitFor();
    assert.equal(await activeTab(p), 'all');
    assert.equal(await p.getByTestId('ops-search').locator('input').inputValue(), 'cổng trường');
    const row = p.locator('[data-testid="ops-reports-table"] tr[data-id]').first();
    await row.waitFor();
    const code = (await row.locator('td').first().innerText()).trim();
    await row.click();
    await drawerOpen(p, code);
    assert.equal(new URL(p.url()).searchParams.get('queue'), 'all');
    await p.reload();
    await drawerOpen(p, code);
    await p.goBack();
    await drawerClosed(p);
    assert.equal(new URL(p.url()).pathname, '/ops/reports');
    assert.equal(await activeTab(p), 'all');
    assert.equal(await p.getByTestId('ops-search').locator('input').inputValue(), 'cổng trường');
  });

  test('the public page of a report opens cold, for a guest and for its signed-in reporter', async () => {
    const pub = await server.database.db
      .selectFrom('reports')
      .select(['id', 'title'])
      .where('is_public', '=', true)
      .where('status', 'in', ['published', 'rated', 'closed'])
      .executeTakeFirstOrThrow();
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    contexts.push(context);
    const guest = await context.newPage();
    await guest.goto(`${base}/public/reports/${pub.id}`);
    await guest.getByText(pub.title).first().waitFor({ timeout: 30_000 });
    const reporter = await signedIn('nguoidan');
    await reporter.goto(`${base}/public/reports/${reportId}`);
    await reporter.getByText('Ổ gà trước cổng trường Tân Ninh').first().waitFor({ timeout: 30_000 });
  });

  test('the audit log links a report to its page', async () => {
    const p = await signedIn('admin');
    await p.goto(`${base}/admin/audit`);
    const link = p.getByTestId('audit-target-link').first();
    await link.waitFor({ timeout: 30_000 });
    assert.match((await link.getAttribute('href')) ?? '', /^\/ops\/reports\/[0-9a-f-]{36}$/);
  });
});

describe('each role opens on its own work', { timeout: 300_000 }, () => {
  const roles = [
    { username: 'trucioc', queue: 'to_verify' },
    { username: 'cbtanninh', queue: 'my_unit' },
    { username: 'ldtanninh', queue: 'awaiting_approval' },
    { username: 'lanhdao', queue: 'all' },
  ] as const;
  for (const r of roles) {
    test(`${r.username}'s queue opens on ${r.queue}, overdue first`, async () => {
      const p = await signedIn(r.username);
      await p.goto(`${base}/ops/reports`);
      await p.getByTestId('ops-reports-table').waitFor();
      assert.equal(await activeTab(p), r.queue);
      const expected = await api<{ items: Summary[] }>(r.username, `/api/reports?queue=${r.queue}&sort=due&limit=50`);
      const rows = p.locator('[data-testid="ops-reports-table"] tr[data-id]');
      if (expected.items.length) await rows.first().waitFor();
      const shown = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
      assert.deepEqual(
        shown,
        expected.items.map((i) => i.id),
      );
    });
  }
  test("ward staff do not see the operators' queues", async () => {
    const p = await signedIn('cbtanninh');
    await p.goto(`${base}/ops/reports`);
    await p.getByTestId('queue-my_unit').waitFor();
    assert.equal(await p.getByTestId('queue-to_verify').count(), 0);
  });
});

describe('Tổng quan per role', { timeout: 300_000 }, () => {
  async function checkQueues(username: string, counts: string[], lists: string[], shot: string) {
    const p = await signedIn(username);
    await p.goto(`${base}/`);
    await p.getByTestId('reports-overview').waitFor({ timeout: 30_000 });
    for (const q of counts) {
      const { total } = await api<{ total: number }>(username, `/api/reports?queue=${q}&limit=1`);
      const el = p.getByTestId(`overview-count-${q}`).first();
      await p.locator(`[data-testid="overview-count-${q}"]:not([data-count=""])`).first().waitFor();
      assert.equal(await el.getAttribute('data-count'), String(total), `${username} ${q}`);
    }
    for (const q of lists) {
      const { items } = await api<{ items: Summary[] }>(username, `/api/reports?queue=${q}&sort=due&limit=8`);
      const list = p.getByTestId(`overview-list-${q}`);
      if (items.length) await list.getByTestId('overview-item').first().waitFor();
      const ids = await list
        .getByTestId('overview-item')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
      assert.deepEqual(
        ids,
        items.map((i) => i.id),
        `${username} list ${q}`,
      );
      assert.equal(await list.getByTestId(`overview-open-${q}`).count(), 1);
    }
    await p.screenshot({ path: path.join(SHOTS, `overview-${shot}-1440.png`), fullPage: true });
    return p;
  }

  test('the operator: reports to verify', async () => {
    const p = await checkQueues('trucioc', ['to_verify', 'new', 'overdue'], ['to_verify'], 'operator');
    assert.equal(await p.getByTestId('overview-profile').count(), 0);
    // The list links to the queue, where the report opens.
    const first = p.getByTestId('overview-list-to_verify').getByTestId('overview-item').first();
    if (await first.count()) {
      const id = await first.getAttribute('data-id');
      await first.locator('a').first().click();
      await p.waitForURL((u) => u.pathname === `/ops/reports/${id}`);
      await p.getByTestId('drawer-status').waitFor();
    }
  });

  test("an officer: the unit's reports and overdue ones", async () => {
    await checkQueues('cbtanninh', ['my_unit', 'assigned_to_me', 'overdue'], ['my_unit', 'overdue'], 'officer');
  });

  test('a unit leader: awaiting approval and overdue', async () => {
    await checkQueues('ldtanninh', ['awaiting_approval', 'overdue'], ['awaiting_approval', 'overdue'], 'unit-leader');
  });

  test('a leader: the province by status and overdue by unit', async () => {
    const p = await signedIn('lanhdao');
    await p.goto(`${base}/`);
    await p.getByTestId('overview-leader').waitFor({ timeout: 30_000 });
    for (const status of ['received', 'assigned', 'in_progress', 'published', 'closed']) {
      const { total } = await api<{ total: number }>('lanhdao', `/api/reports?status=${status}&limit=1`);
      await p.locator(`[data-testid="overview-status-${status}"]:not([data-count=""])`).waitFor();
      assert.equal(await p.getByTestId(`overview-status-${status}`).getAttribute('data-count'), String(total), status);
    }
    const stats = await api<{ rows: { overdueNow: number }[] }>('lanhdao', '/api/reports/stats?groupBy=unit');
    const withOverdue = stats.rows
      .filter((r) => r.overdueNow > 0)
      .map((r) => r.overdueNow)
      .sort((a, b) => b - a)
      .slice(0, 10);
    const rows = p.getByTestId('overview-unit-row');
    if (withOverdue.length) await rows.first().waitFor();
    const shown = await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    assert.deepEqual(shown, withOverdue);
    await p.screenshot({ path: path.join(SHOTS, 'overview-leader-1440.png'), fullPage: true });
  });

  test('a citizen still gets the profile card', async () => {
    const p = await signedIn('nguoidan');
    await p.goto(`${base}/`);
    await p.getByTestId('overview-profile').waitFor({ timeout: 30_000 });
  });
});
