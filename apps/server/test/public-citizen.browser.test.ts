/**
 * What the citizen reads, in a real browser (issue 10, items 8, 16 and 13):
 *  - its report's page shows the public status word, a timeline with each public step once, in
 *    order, dated dd/MM/yyyy HH:mm, and its own rating with the comment it wrote;
 *  - a guest's tracking page shows the public words and its own photo before publication;
 *  - the audit log describes actions in words and links a report to its page.
 * Every page at 1440 and 390 px: no horizontal scroll. Screenshots go to SHOTS_DIR.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { jpegWithExif, multipartBody } from '../src/core/files/files.fixtures.js';
import { act, categoryId, pointInWard, submit, uploadPhoto, WARD } from '../src/modules/reports/reports.fixtures.js';
import { freePort, launchChromium, sessionFor, startTestServer, type TestServer } from './support.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WEB_DIST = path.join(ROOT, 'apps/web/dist');
const SHOTS = process.env.SHOTS_DIR ?? path.join(ROOT, '.tmp', 'screenshots');
const SIZES = [
  { name: '1440', viewport: { width: 1440, height: 900 } },
  { name: '390', viewport: { width: 390, height: 844 } },
] as const;
/** Internal steps a citizen must never read (rep.statusName of the staff vocabulary). */
const INTERNAL_WORDS = ['Đã xác minh', 'Đã chuyển đơn vị', 'Đã dự thảo trả lời', 'Đã duyệt trả lời', 'Đã công khai'];
const COMMENT = 'Đèn đã sáng lại, cảm ơn phường Tân Ninh.';

let server: TestServer;
let browser: Browser;
let base: string;
let answered: { id: string; code: string };
let guest: { code: string; token: string };
const contexts: BrowserContext[] = [];

async function guestSubmission(): Promise<{ code: string; token: string }> {
  const { payload, contentType } = await multipartBody({
    file: { data: await jpegWithExif({ width: 320, height: 240 }), name: 'den.jpg', type: 'image/jpeg' },
  });
  const up = await server.app.inject({
    method: 'POST',
    url: '/api/files/guest',
    headers: { 'content-type': contentType },
    payload,
  });
  assert.equal(up.statusCode, 201, up.body);
  const res = await submit(server, null, {
    categoryId: await categoryId(server, 'ha-tang.chieu-sang'),
    title: 'Cột đèn nghiêng trước trường tiểu học',
    description: 'Cột đèn nghiêng sau cơn mưa, có thể đổ xuống đường.',
    location: { ...(await pointInWard(server, WARD.tanNinh)), source: 'map' },
    photos: [{ id: up.json().file.id, token: up.json().token }],
    contact: { phone: '0912 000 111' },
  });
  assert.equal(res.statusCode, 201, res.body);
  return { code: res.json().report.code, token: res.json().trackingToken };
}

/** The signed-in citizen's report, answered by Phường Tân Ninh and rated 4 stars with a comment. */
async function answeredAndRated(): Promise<{ id: string; code: string }> {
  const citizen = await sessionFor(server, 'nguoidan');
  const res = await submit(server, citizen, {
    categoryId: await categoryId(server, 'ha-tang.chieu-sang'),
    title: 'Đèn đường tắt trên đường 30/4',
    description: 'Cả dãy đèn trước số 12 đến số 40 tắt ba đêm nay.',
    location: { ...(await pointInWard(server, WARD.tanNinh)), source: 'map' },
    fileIds: [await uploadPhoto(server, citizen)],
  });
  assert.equal(res.statusCode, 201, res.body);
  const { id, code } = res.json().report as { id: string; code: string };
  const [operator, officer, leader] = await Promise.all(
    ['trucioc', 'cbtanninh', 'ldtanninh'].map((u) => sessionFor(server, u)),
  );
  await act(server, operator!, id, 'verify', {});
  await act(server, officer!, id, 'start', undefined);
  await act(server, officer!, id, 'answer', { text: 'Đã thay bộ điều khiển, cả dãy đèn sáng bình thường.' });
  await act(server, leader!, id, 'answer/approve', {});
  await act(server, leader!, id, 'publish', undefined);
  await act(server, citizen, id, 'rating', { stars: 4, comment: COMMENT });
  return { id, code };
}

before(async () => {
  const built = spawnSync(process.execPath, ['scripts/build-web.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  server = await startTestServer({ WEB_DIST, RATE_LIMIT_PUBLIC_PER_MINUTE: '1000' });
  answered = await answeredAndRated();
  guest = await guestSubmission();
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

async function pageFor(username: string | null, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  contexts.push(context);
  if (username) {
    const caller = await sessionFor(server, username);
    await context.addCookies([{ name: 'vioc_sid', value: caller.cookie.split('=')[1]!, url: base }]);
  }
  return context.newPage();
}

const scrollWidth = (p: Page) =>
  p.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
        .scrollWidth,
  );

async function noOverflow(p: Page, shot: string) {
  await p.waitForTimeout(300);
  await p.screenshot({ path: path.join(SHOTS, `${shot}.png`), fullPage: true });
  const width = p.viewportSize()!.width;
  assert.ok((await scrollWidth(p)) <= width, `${shot} scrolls sideways at ${width} px`);
}

const timelineItems = (p: Page) => p.locator('[data-testid="report-timeline"] [data-testid="timeline-step"]');

describe('the citizen reads its report in the public words', { timeout: 300_000 }, () => {
  for (const size of SIZES) {
    test(`its report page at ${size.name} px: public status, clean timeline, its own rating comment`, async () => {
      const p = await pageFor('nguoidan', size.viewport);
      await p.goto(`${base}/public/reports/${answered.id}`);
      await p.getByTestId('report-rating-comment').waitFor({ timeout: 30_000 });
      assert.equal(await p.getByTestId('report-status').first().innerText(), 'Đã trả lời');
      assert.equal(await p.getByTestId('report-rating-comment').innerText(), COMMENT);
      const steps = await timelineItems(p).allInnerTexts();
      assert.equal(steps.length, 3, steps.join(' | '));
      ['Đã tiếp nhận', 'Đang xử lý', 'Đã trả lời'].forEach((word, i) => {
        assert.match(steps[i]!, new RegExp(`^\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} — ${word}`), steps[i]);
      });
      const body = await p.locator('body').innerText();
      for (const w of INTERNAL_WORDS) assert.ok(!body.includes(w), `"${w}" is an internal step`);
      await noOverflow(p, `citizen-report-${size.name}`);
    });

    test(`a guest's tracking page at ${size.name} px: public status and its own photo before publication`, async () => {
      const p = await pageFor(null, size.viewport);
      const q = new URLSearchParams({ code: guest.code, token: guest.token });
      await p.goto(`${base}/reports/track?${q.toString()}`);
      await p.getByTestId('report-view-code').waitFor({ timeout: 30_000 });
      assert.equal(await p.getByTestId('report-status').first().innerText(), 'Đã tiếp nhận');
      const img = p.locator('[data-testid="report-media"] img').first();
      await img.waitFor();
      await p.waitForFunction(
        (el) => (el as unknown as { complete: boolean; naturalWidth: number }).complete,
        await img.elementHandle(),
      );
      const width = await img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth);
      assert.ok(width > 0, 'the photo loads (it was a 404)');
      await noOverflow(p, `guest-track-${size.name}`);
    });

    test(`the audit log at ${size.name} px describes actions in words and links reports`, async () => {
      const p = await pageFor('admin', size.viewport);
      await p.goto(`${base}/admin/audit`);
      await p.getByTestId('audit-action').first().waitFor({ timeout: 30_000 });
      const verify = p.locator('[data-testid="audit-action"][data-code="report.verify"]').first();
      assert.equal(await verify.innerText(), 'Xác minh phản ánh');
      const link = p.getByTestId('audit-target-link').first();
      assert.match((await link.getAttribute('href')) ?? '', /^\/ops\/reports\/[0-9a-f-]{36}$/);
      assert.match(await link.innerText(), /^Phản ánh · /);
      await p.screenshot({ path: path.join(SHOTS, `audit-${size.name}.png`) });
    });
  }
});
