/**
 * The architecture rules of eslint.boundaries.js, exercised: fixture texts are linted as if they
 * stood at the given paths, so a config that stops resolving imports or matching folders (a plugin
 * upgrade, a moved folder) fails here instead of silently allowing everything.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

/** The boundaries messages ESLint gives `code` placed at `file` (relative to the repository root). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

test('a module imports another module only through its index.ts', async () => {
  const file = 'apps/server/src/modules/x/x.service.ts';
  assert.deepEqual(await boundaryErrors(file, `import '../reports/reports.repo.js';\n`), [
    'a module imports another module only through its index.ts (modules/reports/index.ts)',
  ]);
  assert.deepEqual(await boundaryErrors(file, `import '../reports/index.js';\n`), []);
  // Its own files, at any depth, are its own business.
  assert.deepEqual(await boundaryErrors(file, `import './x.repo.js';\nimport './channels/mail.js';\n`), []);
});

test('a module imports core only through the core folder’s index.ts', async () => {
  const file = 'apps/server/src/modules/x/x.repo.ts';
  assert.deepEqual(await boundaryErrors(file, `export type { Database } from '../../core/db/schema.js';\n`), [
    'core/db is imported only through its index.ts',
  ]);
  assert.deepEqual(await boundaryErrors(file, `export type { Database } from '../../core/db/index.js';\n`), []);
});

test('core never imports a module', async () => {
  const file = 'apps/server/src/core/audit/audit.extra.ts';
  assert.deepEqual(await boundaryErrors(file, `import '../../modules/reports/index.js';\n`), [
    'core never imports a module (modules/reports): core is what modules stand on',
  ]);
  // The one exception is the Database type, type-only, from core/db/schema.ts.
  const generated = `import type { ReportsTables } from '../../modules/reports/reports.schema.generated.js';\n`;
  assert.deepEqual(await boundaryErrors('apps/server/src/core/db/schema.ts', generated), []);
  assert.equal((await boundaryErrors('apps/server/src/core/db/database.ts', generated)).length, 1);
  assert.equal((await boundaryErrors(file, generated)).length, 1);
});

test('one core folder imports another only through its index.ts; files of one folder import each other', async () => {
  const file = 'apps/server/src/core/auth/auth.extra.ts';
  assert.deepEqual(await boundaryErrors(file, `import '../http/errors.js';\n`), [
    'core/http is imported only through its index.ts',
  ]);
  assert.deepEqual(await boundaryErrors(file, `import '../http/index.js';\nimport './guard.js';\n`), []);
});

test('the web app imports no server code', async () => {
  assert.deepEqual(
    await boundaryErrors('apps/web/src/features/x/x.ts', `import '../../../../server/src/core/http/index.js';\n`),
    ['the web app never imports server code; shared types live in @vioc/contracts'],
  );
  assert.deepEqual(await boundaryErrors('apps/web/src/features/x/x.ts', `import '@vioc/contracts';\n`), []);
});

test('tests may reach into internals', async () => {
  const code = `import '../reports/reports.repo.js';\nimport '../../core/db/schema.js';\n`;
  assert.deepEqual(await boundaryErrors('apps/server/src/modules/x/x.test.ts', code), []);
});
