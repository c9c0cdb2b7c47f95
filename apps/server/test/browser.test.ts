/**
 * The admin's first visit in a real browser (Debian's Chromium through
 * playwright-core): sign in with TOTP, switch language, see the 96 wards on
 * the map, create a user and find that action in the audit log.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, type Page } from 'playwright-core';
import { currentTotp } from '../src/core/auth/index.js';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from '../src/seed/demo.js';
import { chooseOption, freePort, launchChromium, startTestServer, type TestServer } from './support.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WEB_DIST = path.join(ROOT, 'apps/web/dist');
const SHOTS = path.join(ROOT, '.tmp', 'screenshots');

let server: TestServer;
let browser: Browser;
let page: Page;
let base: string;

before(async () => {
  const built = spawnSync(process.execPath, ['scripts/build-web.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  server = await startTestServer({ WEB_DIST, RATE_LIMIT_SIGNIN_PER_MINUTE: '100' });
  const port = await freePort();
  await server.app.listen({ port, host: '127.0.0.1' });
  base = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
  page = await browser.newPage({
    viewport: { width: 1366, height: 860 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

describe('admin journey in a real browser', () => {
  test('sign in as admin with the TOTP code', async () => {
    await page.goto(`${base}/`);
    await page.waitForURL(/\/login/);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('totp-code').fill(currentTotp(DEMO_ADMIN_TOTP_SECRET, server.clock.now));
    await page.getByTestId('totp-submit').click();
    await page.getByTestId('overview-greeting').waitFor();
    assert.match(await page.getByTestId('overview-greeting').innerText(), /Quản trị hệ thống/);
    assert.match(await page.locator('body').innerText(), /Nhật ký kiểm toán/);
    await shot('01-overview-vi');
  });

  test('switch to English and back', async () => {
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('nav-admin-audit').waitFor();
    await page.getByText('Audit log').first().waitFor();
    await shot('02-overview-en');
    await page.getByTestId('lang-switch').click();
    await page.getByText('Nhật ký kiểm toán').first().waitFor();
  });

  test('the map shows the province’s 96 wards and communes', async () => {
    await page.getByTestId('nav-map').click();
    await page.locator('#ward-map[data-ward-count="96"]').waitFor({ timeout: 30_000 });
    assert.match(await page.getByTestId('ward-count').innerText(), /96/);
    await page.getByTestId('ward-search').fill('tan ninh');
    await page.getByTestId('ward-item').filter({ hasText: 'Phường Tân Ninh' }).first().waitFor();
    await page.waitForTimeout(1000);
    await shot('03-map');
  });

  test('create a user, then find the action in the audit log', async () => {
    await page.getByTestId('nav-admin-users').click();
    await page.getByTestId('user-create-button').click();
    await page.getByTestId('user-form-username').fill('cbkiemthu');
    await page.getByTestId('user-form-fullname').fill('Ngô Thị Kiểm Thử');
    await page.getByTestId('user-form-password').fill('KiemThu#2026x');
    await page.getByTestId('user-form-add-membership').click();
    await chooseOption(page, 'user-form-membership-unit', 'Phường Tân Ninh', { type: 'tan ninh' });
    await chooseOption(page, 'user-form-membership-role', 'Cán bộ xử lý');
    await page.getByTestId('user-form-submit').click();
    await page
      .getByTestId('users-table')
      .getByText('Ngô Thị Kiểm Thử')
      .waitFor()
      .catch(async (err: unknown) => {
        await shot('04-users-failed'); // what the admin saw, for whoever debugs this
        throw err;
      });
    const created = await server.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'cbkiemthu')
      .executeTakeFirst();
    assert.ok(created, 'the user exists in the database');
    await shot('04-users');

    await page.getByTestId('nav-admin-audit').click();
    await page.getByTestId('audit-search').fill('kiem thu');
    const rows = page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
    // The search (without diacritics) narrows the log to the one entry about this user.
    for (let i = 0; i < 100 && (await rows.count()) !== 1; i++) await page.waitForTimeout(100);
    assert.equal(await rows.count(), 1);
    assert.match(await rows.first().innerText(), /Tạo tài khoản/);
    await shot('05-audit');
  });

  test('the users table: every cell keeps its content, role and unit tags stay apart, at common widths', async () => {
    await page.getByTestId('nav-admin-users').click();
    await page.getByTestId('users-table').locator('.ant-tag-blue').first().waitFor();
    for (const width of [1024, 1280, 1440]) {
      await page.setViewportSize({ width, height: 860 });
      await page.waitForTimeout(300);
      const problems = await page.getByTestId('users-table').evaluate((table) => {
        const out: string[] = [];
        for (const cell of table.querySelectorAll('td')) {
          const box = cell.getBoundingClientRect();
          // Whatever the cell holds (text included) stays within it: no e-mail running into the next column.
          // (A tag cuts its own text with an ellipsis: its box is what shows, checked below.)
          const tags = [...cell.querySelectorAll('.ant-tag-blue')].map((t) => t.getBoundingClientRect());
          // the server tests have no DOM lib (no global `document`): reach the page's document through the node
          const content = cell.ownerDocument.createRange();
          content.selectNodeContents(cell);
          const c = content.getBoundingClientRect();
          if (!tags.length && c.width && (c.left < box.left - 0.5 || c.right > box.right + 0.5))
            out.push(`"${(cell.textContent ?? '').slice(0, 40)}" leaves its cell`);
          tags.forEach((r, i) => {
            if (r.left < box.left - 0.5 || r.right > box.right + 0.5) out.push(`tag ${i} leaves its cell`);
            for (const o of tags.slice(i + 1)) {
              const apart =
                r.right <= o.left + 0.5 ||
                o.right <= r.left + 0.5 ||
                r.bottom <= o.top + 0.5 ||
                o.bottom <= r.top + 0.5;
              if (!apart) out.push(`tags ${i} and another overlap`);
            }
          });
        }
        return out;
      });
      await shot(`06-users-${width}`);
      assert.deepEqual(problems, [], `at ${width} px`);
    }
    await page.setViewportSize({ width: 1366, height: 860 });
  });
});
