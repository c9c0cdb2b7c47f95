/**
 * scripts/browser.ts: which browser `npm test` hands the browser tests, and the message a
 * machine without one (and without the means to install one) gets instead of cancelled tests.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ensureBrowser } from '../../../scripts/browser.js';

function dirWith(...names: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vioc-browser-'));
  for (const n of names) fs.writeFileSync(path.join(dir, n), '#!/bin/sh\necho "Chromium 140.0.1"\n', { mode: 0o755 });
  return dir;
}

test('CHROMIUM_PATH wins, and a wrong one is an error rather than another browser', () => {
  const dir = dirWith('chrome');
  const r = ensureBrowser({ env: { CHROMIUM_PATH: path.join(dir, 'chrome'), PATH: '' } });
  assert.deepEqual(r, { ok: true, path: path.join(dir, 'chrome'), line: `browser: ${dir}/chrome (CHROMIUM_PATH)` });
  const bad = ensureBrowser({ env: { CHROMIUM_PATH: '/nonexistent/chrome', PATH: '' } });
  assert.equal(bad.ok, false);
  assert.match(bad.ok ? '' : bad.message, /CHROMIUM_PATH=\/nonexistent\/chrome is not an executable/);
  fs.rmSync(dir, { recursive: true });
});

test('a browser further down the search path is found by any of its names', () => {
  const dir = dirWith('google-chrome');
  const r = ensureBrowser({ env: {}, dirs: [dirWith(), dir] });
  assert.deepEqual(r, {
    ok: true,
    path: path.join(dir, 'google-chrome'),
    line: `browser: ${dir}/google-chrome (found)`,
  });
  fs.rmSync(dir, { recursive: true });
});

test('without a browser, root or apt-get the run stops saying what to install', () => {
  const written: string[] = [];
  const r = ensureBrowser({
    env: { PATH: '/usr/bin:/bin' },
    dirs: [dirWith()],
    isRoot: false,
    write: (t) => written.push(t),
  });
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : r.message, /need Chromium.*not running as root.*apt-get install chromium.*CHROMIUM_PATH/);
  assert.deepEqual(written, [], 'nothing is installed');
});
