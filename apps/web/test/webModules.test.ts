/** The shell shows a module's pages and menu entries only when the server runs the module. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enabledWebModules } from '../src/app/webModules.js';

const modules = [{ name: 'reports' }, { name: 'sensors' }, { name: 'warnings' }];

test('only the modules the server lists are shown, in the build’s order', () => {
  assert.deepEqual(
    enabledWebModules(modules, ['warnings', 'reports']).map((m) => m.name),
    ['reports', 'warnings'],
  );
});

test('a module the server switched off disappears, and none shows when none runs', () => {
  assert.deepEqual(enabledWebModules(modules, []), []);
});

test('while the server has not said (config unknown), every module shows', () => {
  assert.equal(enabledWebModules(modules, null).length, 3);
});
