/**
 * The report statistics page in a real browser (Debian's Chromium through playwright-core): a leader of the
 * province signs in, opens "Thống kê phản ánh" from the menu, sees the headline figures of the API, the three
 * ECharts charts drawn on canvas and the table, and downloads the CSV export. The public pages do not load
 * the statistics chunk (ECharts).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/seed/demo.js';
import { seedDemoReports } from '../src/modules/reports/index.js';
import { freePort, launchChromium, sessionFor, startTestServer, type TestServer } from './support.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WEB_DIST = path.join(ROOT, 'apps/web/dist');
const SHOTS = path.join(ROOT, '.tmp', 'screenshots');
const DAY_MS = 86_400_000;

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let base: string;
/** Vietnam calendar days of the range the test looks at (the demo reports cover the last 90 days). */
let from: string;
let to: string;
const scripts: string[] = [];

/** yyyy-MM-dd of an instant in Vietnam (UTC+7, no daylight saving). */
const vnDay = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

interface StatsRowDto {
  key: string | null;
  label: string;
  received: number;
  handled: number;
  unhandled: number;
  overdueNow: number;
  onTimeRate: number | null;
  meanHandlingWorkingDays: number | null;
  satisfiedRate: number | null;
}

before(async () => {
  const built = spawnSync(process.execPath, ['scripts/build-web.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  server = await startTestServer({ WEB_DIST, RATE_LIMIT_SIGNIN_PER_MINUTE: '100' });
  await server.database.db
    .transaction()
    .execute((trx) => seedDemoReports(trx, server.services.audit, { count: 300, now: server.clock.now }));
  const port = await freePort();
  await server.app.listen({ port, host: '127.0.0.1' });
  base = `http://127.0.0.1:${port}`;
  to = vnDay(server.clock.now);
  from = vnDay(server.clock.now - 89 * DAY_MS);
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
  });
  fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function apiStats(query: Record<string, string>): Promise<{ rows: StatsRowDto[]; total: StatsRowDto }> {
  const leader = await sessionFor(server, 'lanhdao');
  const res = await server.app.inject({
    method: 'GET',
    url: `/api/reports/stats?${new URLSearchParams(query)}`,
    headers: leader.headers(),
  });
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
}

describe('report statistics page', { timeout: 300_000 }, () => {
  test('the public pages do not download the statistics chunk', async () => {
    await page.goto(`${base}/public/reports`);
    await page.getByTestId('reports-item').first().waitFor();
    await page.goto(`${base}/reports/new`);
    await page.getByTestId('report-title').waitFor();
    assert.ok(scripts.length > 0, 'scripts were loaded');
    assert.deepEqual(
      scripts.filter((s) => /StatsPage|EChart/.test(s)),
      [],
      'no statistics code on a public page',
    );
  });

  test('a provincial leader opens the statistics from the menu', async () => {
    await page.goto(`${base}/login`);
    await page.getByTestId('login-username').fill('lanhdao');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('nav-ops-reports-stats').click();
    await page.getByTestId('stats-page').waitFor();
    assert.ok(
      scripts.some((s) => /StatsPage/.test(s)),
      'the statistics chunk is loaded on demand',
    );
  });

  test('headline figures match the API, the charts are drawn, the table has every group', async () => {
    await page.goto(`${base}/ops/reports/stats?from=${from}&to=${to}&period=week&groupBy=ward`);
    // The range picker shows the dates as dd/MM/yyyy.
    const inputs = page.getByTestId('stats-range').locator('input');
    assert.equal(await inputs.nth(0).inputValue(), ddmmyyyy(from));
    assert.equal(await inputs.nth(1).inputValue(), ddmmyyyy(to));

    const trend = await apiStats({ groupBy: 'period', period: 'week', from, to });
    assert.ok(trend.total.received > 0, 'the demo reports are in the range');
    await page.locator(`[data-testid="kpi-received"][data-value="${trend.total.received}"]`).waitFor();
    const kpi = async (id: string) => page.getByTestId(`kpi-${id}`).getAttribute('data-value');
    assert.equal(await kpi('handled'), String(trend.total.handled));
    assert.equal(await kpi('unhandled'), String(trend.total.unhandled));
    assert.equal(await kpi('overdue'), String(trend.total.overdueNow));
    assert.equal(await kpi('on-time-rate'), String(trend.total.onTimeRate ?? ''));
    assert.equal(await kpi('mean-days'), String(trend.total.meanHandlingWorkingDays ?? ''));
    assert.equal(await kpi('satisfaction'), String(trend.total.satisfiedRate ?? ''));
    // …and as the leader reads it (Vietnamese number format).
    assert.equal(
      (await page.getByTestId('kpi-received').innerText()).split('\n')[1],
      trend.total.received.toLocaleString('vi-VN'),
    );

    for (const id of ['chart-trend', 'chart-category', 'chart-groups']) {
      await page.locator(`[data-testid="${id}"][data-rendered="1"] canvas`).first().waitFor({ timeout: 30_000 });
      const box = await page.locator(`[data-testid="${id}"] canvas`).first().boundingBox();
      assert.ok(box && box.width > 200 && box.height > 150, `${id} is drawn at a readable size`);
    }

    const wards = await apiStats({ groupBy: 'ward', period: 'week', from, to });
    const rows = page.getByTestId('stats-table').locator('tbody tr.ant-table-row');
    await page.waitForFunction(
      (n) =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll('[data-testid="stats-table"] tbody tr.ant-table-row').length === n,
      Math.min(wards.rows.length, 50),
    );
    const first = wards.rows[0]!;
    await rows.filter({ hasText: first.label }).first().waitFor();
    assert.match(await page.getByTestId('stats-total').innerText(), new RegExp(`Tổng cộng\\s+${trend.total.received}`));
    await page.screenshot({ path: path.join(SHOTS, 'stats-01-page.png'), fullPage: true });
  });

  test('in English: titles, labels and numbers follow the language, the charts redraw', async () => {
    await page.getByTestId('lang-switch').click();
    await page.getByText('Citizen report statistics').waitFor();
    await page.getByTestId('kpi-on-time-rate').getByText('On-time rate').waitFor();
    await page.getByTestId('stats-table').getByText('Mean time (working days)').first().waitFor();
    await page.locator('[data-testid="chart-trend"][data-rendered="1"] canvas').waitFor();
    const rate = await page.getByTestId('kpi-on-time-rate').getAttribute('data-value');
    if (rate) assert.match(await page.getByTestId('kpi-on-time-rate').innerText(), /\d+(\.\d)?%/);
    await page.getByTestId('lang-switch').click();
    await page.getByText('Thống kê, báo cáo phản ánh hiện trường').waitFor();
  });

  test('the CSV export downloads the figures of the table', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('stats-export-csv').click()]);
    assert.equal(download.suggestedFilename(), 'thong-ke-phan-anh-ward.csv');
    const file = await download.path();
    const text = fs.readFileSync(file, 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.match(lines[0]!, /^Nhóm,Tiếp nhận,/);
    const wards = await apiStats({ groupBy: 'ward', period: 'week', from, to });
    assert.equal(lines.length, wards.rows.length + 2, 'header, one line per ward, total');
  });

  test('on a leader’s phone (390 px) the page fits: no horizontal scroll, the grouping still switches', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${base}/ops/reports/stats?from=${from}&to=${to}&period=week&groupBy=ward`);
      await page.locator('[data-testid="chart-trend"][data-rendered="1"] canvas').waitFor();
      await page.getByTestId('stats-table').waitFor();
      // The table group switch sat in the card's header and pushed the page to 416 px.
      const width = await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
            .scrollWidth,
      );
      await page.screenshot({ path: path.join(SHOTS, 'stats-390.png'), fullPage: true });
      assert.ok(width <= 390, `page is ${width} px wide on a 390 px screen`);
      await page.getByTestId('stats-group-by').getByText('Lĩnh vực', { exact: true }).click();
      await page.waitForURL(/groupBy=category/);
    } finally {
      await page.setViewportSize({ width: 1366, height: 900 });
    }
  });
});
