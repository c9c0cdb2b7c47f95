/**
 * A citizen report from the phone to the answer, in a real browser (Debian's
 * Chromium through playwright-core): a guest files a report with a photo and a
 * place picked on the map (phone-sized viewport) → the IOC operator verifies it
 * in the operations queue and it routes to Phường Tân Ninh → the ward's officer
 * answers → the ward's leader approves and publishes (each signed in on a
 * desktop window of their own, the officer's and the leader's queues updating
 * live as the others act) → the guest sees the answer and the photo on the
 * public page and rates it from the tracking page.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { pointInWard, unitId, WARD } from '../src/modules/reports/reports.fixtures.js';
import { DEMO_PASSWORD } from '../src/seed/demo.js';
import { freePort, launchChromium, startTestServer, type TestServer } from './support.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WEB_DIST = path.join(ROOT, 'apps/web/dist');
const SHOTS = path.join(ROOT, '.tmp', 'screenshots');
const CATEGORY = 'ha-tang.chieu-sang';
const TITLE = 'Đèn đường tắt trước chợ Tân Ninh';
const ANSWER = 'Đã thay bóng đèn mới, đèn sáng bình thường từ tối nay.';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** The staff, each signed in in a desktop window of their own. */
const staff: Record<'operator' | 'officer' | 'leader', Page | undefined> = {
  operator: undefined,
  officer: undefined,
  leader: undefined,
};
let base: string;
let tmp: string;
let photoPath: string;
let inTanNinh: { lat: number; lon: number };
const filed: { id?: string; code?: string; token?: string } = {};

/** What the test uses of the page's map (maplibregl.Map) and images. */
interface PickedMap {
  jumpTo(o: { center: [number, number]; zoom: number }): void;
  loaded(): boolean;
  once(event: string, cb: (e?: unknown) => void): void;
  project(p: [number, number]): { x: number; y: number };
}
interface ImageLike {
  complete: boolean;
  naturalWidth: number;
}

before(async () => {
  const built = spawnSync(process.execPath, ['scripts/build-web.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  server = await startTestServer({
    WEB_DIST,
    REPORTS_SUBMIT_PER_CONTACT_PER_DAY: '100',
    RATE_LIMIT_SIGNIN_PER_MINUTE: '100',
  });
  const port = await freePort();
  await server.app.listen({ port, host: '127.0.0.1' });
  base = `http://127.0.0.1:${port}`;
  inTanNinh = await pointInWard(server, WARD.tanNinh);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vioc-journey-'));
  photoPath = path.join(tmp, 'den-duong.jpg');
  await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 160, b: 40 } } })
    .jpeg({ quality: 80 })
    .toFile(photoPath);
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  page = await context.newPage();
  fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const shot = (name: string, p: Page = page) => p.screenshot({ path: path.join(SHOTS, `${name}.png`) });

/** A desktop window signed in as a demo staff user, on the operations queue. */
async function signIn(username: string): Promise<Page> {
  const ctx = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const p = await ctx.newPage();
  await p.goto(`${base}/login?next=${encodeURIComponent('/ops/reports')}`);
  await p.getByTestId('login-username').fill(username);
  await p.getByTestId('login-password').fill(DEMO_PASSWORD);
  await p.getByTestId('login-submit').click();
  await p.getByTestId('ops-reports-table').waitFor();
  return p;
}

/** The queue's row of the report (the queue reloads by itself: nobody clicks anything). */
const queueRow = (p: Page, code: string) =>
  p.getByTestId('ops-reports-table').locator('tr.ant-table-row', { hasText: code });

/** Runs one action of the drawer (button → confirmation modal) and waits for the report's new status. */
async function act(p: Page, action: string, status: string, fill?: (p: Page) => Promise<void>) {
  await p.getByTestId(`action-${action}`).click();
  await fill?.(p);
  await p.getByTestId('action-confirm').click();
  await p.locator(`[data-testid="drawer-status"][data-status="${status}"]`).waitFor({ timeout: 30_000 });
}

async function closeDrawer(p: Page) {
  await p.getByTestId('report-drawer').locator('.ant-drawer-close').click();
  await p.getByTestId('report-drawer').waitFor({ state: 'hidden' });
}

async function reportRow(id: string) {
  return server.database.db
    .selectFrom('reports')
    .select(['status', 'assigned_unit_id', 'area_unit_id', 'channel', 'is_public'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

describe('citizen report journey on a phone', { timeout: 300_000 }, () => {
  test('a guest files a report with a photo and a place picked on the map', async () => {
    // The ward's officer and leader keep their queues open: they should hear of the report without reloading.
    staff.officer = await signIn('cbtanninh');
    staff.leader = await signIn('ldtanninh');
    await staff.leader.getByTestId('queue-awaiting_approval').click();
    for (const p of [staff.officer, staff.leader])
      await p.locator('[data-testid="ops-live"][data-status="open"]').waitFor({ timeout: 30_000 });

    const category = await server.database.db
      .selectFrom('report_categories')
      .select('name')
      .where('code', '=', CATEGORY)
      .executeTakeFirstOrThrow();
    await page.goto(`${base}/reports/new`);

    await page.getByTestId('report-category').click();
    await page.keyboard.type(category.name);
    await page.locator('.ant-select-tree-title').filter({ hasText: category.name }).first().click();
    await page.getByTestId('report-title').fill(TITLE);
    await page.getByTestId('report-description').fill('Cụm đèn chiếu sáng trước cổng chợ tắt ba đêm liền, rất tối.');

    // The photo goes up through the guest endpoint and is previewed from the phone's file.
    await page.locator('input[type=file]').first().setInputFiles(photoPath);
    await page.getByTestId('report-photo').first().waitFor();

    // The place: zoom the picking map onto the ward, then tap where Phường Tân Ninh is.
    const map = page.locator('[data-testid="report-map"][data-ready="1"]');
    await map.waitFor({ timeout: 30_000 });
    await map.scrollIntoViewIfNeeded();
    const at = await page.evaluate(
      async ([lon, lat]) => {
        // The page's window (this file is compiled without the DOM library).
        const m = (globalThis as unknown as { __viocMap: PickedMap }).__viocMap;
        m.jumpTo({ center: [lon, lat], zoom: 13 });
        if (!m.loaded()) await new Promise((r) => m.once('idle', r));
        const p = m.project([lon, lat]);
        return { x: p.x, y: p.y };
      },
      [inTanNinh.lon, inTanNinh.lat] as const,
    );
    await map.click({ position: at });
    await page.locator('[data-testid="report-map"] .maplibregl-marker').waitFor();

    await page.getByTestId('report-contact-phone').fill('0912 345 678');
    await shot('journey-01-form');
    await page.getByTestId('report-submit').click();

    await page.getByTestId('report-code').waitFor({ timeout: 30_000 });
    filed.code = (await page.getByTestId('report-code').innerText()).trim();
    filed.token = (await page.getByTestId('report-token').innerText()).trim();
    assert.match(filed.code, /^PA-\d{4}-\d{6}$/);
    assert.ok(filed.token.length >= 30);
    await shot('journey-02-sent');

    const report = await server.database.db
      .selectFrom('reports')
      .select(['id', 'lat', 'lon', 'location_source'])
      .where('code', '=', filed.code)
      .executeTakeFirstOrThrow();
    filed.id = report.id;
    assert.equal(report.location_source, 'map');
    const unit = await server.services.org.unitAt(report.lat, report.lon);
    assert.equal(unit?.id, await unitId(server, WARD.tanNinh), 'the tapped place is in Phường Tân Ninh');
    const photos = await server.database.db
      .selectFrom('files')
      .select(['kind', 'guest_token_hash'])
      .where('attached_type', '=', 'report')
      .where('attached_id', '=', report.id)
      .execute();
    assert.deepEqual(photos, [{ kind: 'photo', guest_token_hash: null }], 'the guest’s photo is attached');

    // A new report in their ward: the officer's queue says so, live.
    await staff.officer.getByTestId('ops-live-notice').waitFor({ timeout: 30_000 });
    assert.match(await staff.officer.getByTestId('ops-live-notice').innerText(), /1 phản ánh mới/);
  });

  test('the operator verifies, the ward answers, its leader approves and publishes, in the browser', async () => {
    assert.ok(filed.id && filed.code && staff.officer && staff.leader, 'the report was filed');
    const { id, code } = { id: filed.id, code: filed.code };
    const { officer, leader } = { officer: staff.officer, leader: staff.leader };

    // The IOC operator finds the report in "to verify" and verifies it: it routes to Phường Tân Ninh.
    const operator = (staff.operator = await signIn('trucioc'));
    await operator.getByTestId('queue-to_verify').click();
    await operator.getByTestId('ops-search').locator('input').fill(code);
    await queueRow(operator, code).click();
    await act(operator, 'verify', 'assigned');
    await shot('journey-staff-01-verified', operator);
    const verified = await reportRow(id);
    assert.equal(verified.assigned_unit_id, await unitId(server, WARD.tanNinh), 'routed to Phường Tân Ninh');

    // The officer is told it came to the ward, goes to "my unit" from the notice and finds it highlighted;
    // then starts and drafts the answer.
    await officer.locator('[data-testid="ops-live-notice"][data-queue="my_unit"]').waitFor({ timeout: 30_000 });
    await officer.getByTestId('ops-live-show').click();
    await officer.locator('[data-testid="queue-my_unit"]').waitFor();
    await queueRow(officer, code).and(officer.locator('[data-new="1"]')).waitFor({ timeout: 30_000 });
    await shot('journey-staff-02-officer-queue', officer);
    await queueRow(officer, code).click();
    await act(officer, 'start', 'in_progress');
    await act(officer, 'draft_answer', 'answer_drafted', (p) => p.getByTestId('action-answer').fill(ANSWER));
    await shot('journey-staff-03-answered', officer);
    assert.equal((await reportRow(id)).status, 'answer_drafted');

    // It reaches the leader's "awaiting approval" queue live; the leader approves and publishes.
    await queueRow(leader, code).waitFor({ timeout: 30_000 });
    await queueRow(leader, code).click();
    await leader.getByTestId('report-drawer').getByText(ANSWER).first().waitFor();
    await act(leader, 'approve_answer', 'answer_approved');
    await act(leader, 'publish', 'published');
    await shot('journey-staff-04-published', leader);
    await closeDrawer(leader);
    const published = await reportRow(id);
    assert.equal(published.status, 'published');
    assert.equal(published.is_public, true);
  });

  test('the guest sees the answer and the photo on the public page, and rates it', async () => {
    assert.ok(filed.id && filed.code && filed.token);
    await page.goto(`${base}/public/reports/${filed.id}`);
    await page.getByTestId('report-answer').getByText(ANSWER).waitFor({ timeout: 30_000 });
    const img = page.getByTestId('report-media').locator('img').first();
    await img.waitFor();
    await page.waitForFunction(
      () => {
        const doc = (globalThis as unknown as { document: { querySelector(s: string): ImageLike | null } }).document;
        const el = doc.querySelector('[data-testid="report-media"] img');
        return !!el && el.complete && el.naturalWidth > 0;
      },
      undefined,
      { timeout: 30_000 },
    );
    await shot('journey-03-public');

    await page.goto(`${base}/reports/track`);
    await page.getByTestId('track-code').fill(filed.code);
    await page.getByTestId('track-token').fill(filed.token);
    await page.getByTestId('track-submit').click();
    await page.getByTestId('report-answer').getByText(ANSWER).waitFor({ timeout: 30_000 });
    await page.getByTestId('rating-stars').locator('li').nth(4).click();
    await page.getByTestId('rating-submit').click();
    await page.getByTestId('report-rating').waitFor({ timeout: 30_000 });
    await shot('journey-04-rated');
    assert.equal((await reportRow(filed.id)).status, 'rated');
  });
});
