/**
 * `npm run new:module`: the scaffold is a working module. Its files are
 * written into the tree under a throw-away name, type-checked with the
 * server, and its own generated test is run against the test database;
 * then they are removed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { scaffold } from './new-module.js';

const ROOT = path.resolve(import.meta.dirname, '..');

test('a scaffolded module type-checks, plugs in and passes its own test', { timeout: 240_000 }, () => {
  const name = `scaf${process.pid}`;
  const s = scaffold(name, '8999');
  const written = Object.keys(s.files).map((rel) => path.join(ROOT, rel));
  try {
    for (const [rel, text] of Object.entries(s.files)) {
      fs.mkdirSync(path.dirname(path.join(ROOT, rel)), { recursive: true });
      fs.writeFileSync(path.join(ROOT, rel), text);
    }
    for (const project of ['apps/server', 'apps/web']) {
      const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      assert.equal(tsc.status, 0, `the scaffold type-checks in ${project}:\n${tsc.stdout}${tsc.stderr}`);
    }
    const own = written.find((f) => f.endsWith(`${name}.test.ts`))!;
    // Without NODE_TEST_CONTEXT the child reports in plain TAP instead of to this runner.
    const { NODE_TEST_CONTEXT: _, ...env } = process.env;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', own], {
      cwd: ROOT,
      encoding: 'utf8',
      env,
    });
    assert.equal(run.status, 0, `its own test passes:\n${run.stdout}${run.stderr}`);
    assert.match(run.stdout, /# pass 2/);
  } finally {
    fs.rmSync(path.join(ROOT, 'apps/server/src/modules', name), { recursive: true, force: true });
    fs.rmSync(path.join(ROOT, 'apps/web/src/features', name), { recursive: true, force: true });
  }
});

test('bad names are refused with a clear message', () => {
  assert.throws(() => scaffold('Sensors'), /lower-case letters and digits/);
  assert.throws(() => scaffold('reports'), /exists already/);
});
