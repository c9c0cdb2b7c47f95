/**
 * The public pages on a citizen's phone, in a real browser: every one fits a 390 px screen with
 * the sign-in and language controls on it (issue 10, item 9: the header was ~700 px wide), and
 * the report form refuses a photo too large or of the wrong type before sending a byte, naming
 * the limit (item 17). Screenshots at 390 and 1440 px go to SHOTS_DIR (default .tmp/screenshots).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { FILE_LIMIT_DEFAULTS } from '@vioc/contracts';
import { seedDemoReports } from '../src/modules/reports/index.js';
import { freePort, launchChromium, startTestServer, type TestServer } from './support.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WEB_DIST = path.join(ROOT, 'apps/web/dist');
const SHOTS = process.env.SHOTS_DIR ?? path.join(ROOT, '.tmp', 'screenshots');
const PHONE = { width: 390, height: 844 };

let server: TestServer;
let browser: Browser;
let phone: BrowserContext;
let base: string;
let tmp: string;
let publicReportId: string;

before(async () => {
  const built = spawnSync(process.execPath, ['scripts/build-web.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  server = await startTestServer({ WEB_DIST });
  // A few demo reports, so the public list, map and a public report page have something to show.
  await server.database.db.transaction().execute((trx) => seedDemoReports(trx, server.services.audit, { count: 40 }));
  const pub = await server.database.db
    .selectFrom('reports')
    .select('id')
    .where('is_public', '=', true)
    .where('status', 'in', ['published', 'rated', 'closed'])
    .executeTakeFirstOrThrow();
  publicReportId = pub.id;
  const port = await freePort();
  await server.app.listen({ port, host: '127.0.0.1' });
  base = `http://127.0.0.1:${port}`;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vioc-phone-'));
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
  phone = await browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Which public page, and what shows it has loaded. */
const PAGES: { name: string; path: () => string; ready: string; controls: string[] }[] = [
  { name: 'report-new', path: () => '/reports/new', ready: 'report-submit', controls: ['nav-login', 'lang-switch'] },
  {
    name: 'public-reports',
    path: () => '/public/reports',
    ready: 'reports-item',
    controls: ['nav-login', 'lang-switch'],
  },
  {
    name: 'public-report',
    path: () => `/public/reports/${publicReportId}`,
    ready: 'report-view-title',
    controls: ['nav-login', 'lang-switch'],
  },
  { name: 'track', path: () => '/reports/track', ready: 'track-submit', controls: ['nav-login', 'lang-switch'] },
  { name: 'login', path: () => '/login', ready: 'login-submit', controls: ['login-submit', 'lang-switch'] },
  { name: 'register', path: () => '/register', ready: 'register-submit', controls: ['lang-switch'] },
];

/**
 * Two frames after the page's ready element appeared, layout has taken the data in. (Not
 * "networkidle": the public pages keep a realtime connection and poll, so it may never come.)
 */
const settled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const raf = (globalThis as unknown as { requestAnimationFrame(cb: () => void): void }).requestAnimationFrame;
        raf(() => raf(() => resolve()));
      }),
  );

/** How wide the document is: more than the viewport means a horizontal scroll. */
const pageWidth = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
        .scrollWidth,
  );

/** Why the element is not wholly inside the viewport (visible is not enough: it may sit off to the right), or ''. */
async function offScreen(page: Page, testId: string): Promise<string> {
  const box = await page.getByTestId(testId).first().boundingBox();
  const vp = page.viewportSize()!;
  // 1 px of slack: the header's line box puts an inline link half a pixel above the top.
  const inside = box && box.width > 0 && box.x >= -1 && box.y >= -1 && box.x + box.width <= vp.width + 1;
  return inside ? '' : `${testId} is off-screen: ${JSON.stringify(box)} in ${vp.width}×${vp.height}`;
}

describe('public pages on a phone', { timeout: 180_000 }, () => {
  for (const p of PAGES) {
    test(`${p.name} fits 390 and 360 px, sign-in and language controls on screen`, async () => {
      const page = await phone.newPage();
      try {
        await page.goto(`${base}${p.path()}`);
        await page.getByTestId(p.ready).first().waitFor();
        await settled(page);
        const width = await pageWidth(page);
        await page.screenshot({ path: path.join(SHOTS, `${p.name}-390.png`) });
        assert.ok(width <= PHONE.width, `${p.name} is ${width} px wide on a ${PHONE.width} px screen`);
        for (const id of p.controls) assert.equal(await offScreen(page, id), '', p.name);
        // The narrowest phones still sold (360 px) too.
        await page.setViewportSize({ width: 360, height: 780 });
        await page.waitForTimeout(300);
        assert.ok((await pageWidth(page)) <= 360, `${p.name} overflows a 360 px screen`);
        for (const id of p.controls) assert.equal(await offScreen(page, id), '', `${p.name} at 360 px`);
      } finally {
        await page.close();
      }
    });
  }

  test('the desktop keeps its full header (screenshots at 1440 px)', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    const page = await ctx.newPage();
    for (const p of PAGES) {
      await page.goto(`${base}${p.path()}`);
      await page.getByTestId(p.ready).first().waitFor();
      await settled(page);
      await page.screenshot({ path: path.join(SHOTS, `${p.name}-1440.png`) });
      assert.ok((await pageWidth(page)) <= 1440, `${p.name} overflows 1440 px`);
    }
    await page.goto(`${base}/reports/new`);
    // On a wide screen the links are in the header itself, no menu to open.
    for (const id of ['nav-report-new', 'nav-public-reports', 'nav-report-track', 'nav-login', 'lang-switch']) {
      assert.equal(await offScreen(page, id), '', 'the desktop header shows every link');
    }
    await ctx.close();
  });

  test('the phone menu opens and leads to the public reports', async () => {
    const page = await phone.newPage();
    await page.goto(`${base}/reports/new`);
    await page.getByTestId('nav-menu').click();
    await page.getByTestId('nav-public-reports').waitFor();
    await page.waitForTimeout(400); // the drawer slides in
    await page.screenshot({ path: path.join(SHOTS, 'menu-open-390.png') });
    await page.getByTestId('nav-public-reports').click();
    await page.waitForURL(/\/public\/reports$/);
    await page.getByTestId('reports-item').first().waitFor();
    await page.close();
  });
});

describe('report form: files refused before upload', { timeout: 120_000 }, () => {
  test('a photo over 15 MB and a PDF are refused with the limit named, and nothing is sent', async () => {
    const page = await phone.newPage();
    const uploads: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/files')) uploads.push(r.url());
    });
    await page.goto(`${base}/reports/new`);
    await page.getByTestId('report-submit').waitFor();

    const big = path.join(tmp, 'anh-qua-lon.jpg');
    // Only the size matters to the form: a JPEG header then zeros, one byte past the default limit.
    const fd = fs.openSync(big, 'w');
    fs.writeSync(fd, Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    fs.ftruncateSync(fd, FILE_LIMIT_DEFAULTS.photo + 1_048_576);
    fs.closeSync(fd);
    await page.locator('input[type=file]').setInputFiles(big);
    const refused = page.getByTestId('upload-refused');
    await refused.waitFor();
    const text = await refused.innerText();
    assert.match(text, /anh-qua-lon\.jpg/);
    assert.match(text, /quá lớn \(16 MB\).*tối đa 15 MB/s);
    await refused.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'upload-too-large-390.png') });

    const pdf = path.join(tmp, 'giay-to.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4\n%%EOF\n');
    await page.locator('input[type=file]').setInputFiles(pdf);
    await page
      .getByTestId('upload-refused')
      .getByText(/giay-to\.pdf.*JPEG, PNG, WebP, HEIC/)
      .waitFor();
    assert.doesNotMatch(await refused.innerText(), /anh-qua-lon/, 'a new choice replaces the old refusals');

    // In English too.
    await page.getByTestId('lang-switch').first().click();
    await page.locator('input[type=file]').setInputFiles(big);
    await page
      .getByTestId('upload-refused')
      .getByText(/is too large \(16 MB\).*up to 15 MB/)
      .waitFor();

    assert.deepEqual(uploads, [], 'no upload request was sent');
    assert.equal(await page.getByTestId('report-photo').count(), 0);
    await page.close();
  });
});
