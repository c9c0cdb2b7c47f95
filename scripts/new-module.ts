/**
 * `npm run new:module <name>`: scaffolds a working, tested module on the
 * module contract (docs/modules.md) — server folder with its migration,
 * config slice, permission, error codes, event, route, service, repo, test
 * and README; the web half with a page and a menu entry — and lists it in
 * apps/server/src/modules.ts and apps/web/src/modules.tsx.
 *
 *   npm run new:module -- sensors            write the files and list the module
 *   npm run new:module -- sensors --dry-run  print the files as JSON, write nothing
 *   npm run new:module -- sensors --no-register   write the files, leave the lists alone
 */
import fs from 'node:fs';
import path from 'node:path';
import { allMigrations } from '../apps/server/src/modules.js';
import { moduleFiles, registerLines } from './new-module.templates.js';

const ROOT = path.resolve(import.meta.dirname, '..');

export function nextMigrationNumber(): string {
  const used = allMigrations().map((m) => Number(m.version));
  // 9000 and up are left to test fixtures.
  const next = Math.max(0, ...used.filter((n) => n < 9000)) + 1;
  return String(next).padStart(4, '0');
}

export interface Scaffold {
  name: string;
  files: Record<string, string>;
}

export function scaffold(name: string, migration = nextMigrationNumber()): Scaffold {
  if (!/^[a-z][a-z0-9]{1,30}$/.test(name))
    throw new Error(`module names are lower-case letters and digits, 2–31 long, starting with a letter: "${name}"`);
  if (fs.existsSync(path.join(ROOT, 'apps/server/src/modules', name)))
    throw new Error(`apps/server/src/modules/${name} exists already`);
  return { name, files: moduleFiles(name, migration) };
}

function insertBefore(file: string, marker: string, line: string): void {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(marker)) throw new Error(`${path.relative(ROOT, file)} has no "${marker}" line to insert before`);
  fs.writeFileSync(file, text.replace(marker, `${line}\n${marker}`));
}

function main(): number {
  const args = process.argv.slice(2);
  const name = args.find((a) => !a.startsWith('--'));
  if (!name) {
    console.error('usage: npm run new:module -- <name> [--dry-run] [--no-register]');
    return 2;
  }
  const s = scaffold(name);
  if (args.includes('--dry-run')) {
    console.log(JSON.stringify(s, null, 2));
    return 0;
  }
  for (const [rel, text] of Object.entries(s.files)) {
    const file = path.join(ROOT, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    console.log(`wrote ${rel}`);
  }
  if (!args.includes('--no-register')) {
    const lines = registerLines(name);
    insertBefore(path.join(ROOT, 'apps/server/src/modules.ts'), '// end of imports', lines.serverImport);
    insertBefore(path.join(ROOT, 'apps/server/src/modules.ts'), '    // end of modules', lines.serverEntry);
    insertBefore(path.join(ROOT, 'apps/web/src/modules.tsx'), '// end of imports', lines.webImport);
    insertBefore(path.join(ROOT, 'apps/web/src/modules.tsx'), '  // end of modules', lines.webEntry);
    console.log('listed it in apps/server/src/modules.ts and apps/web/src/modules.tsx');
  }
  console.log(
    `next: npm run db:types (its table types), npm run openapi (its routes), npm test -- modules/${name}; add its settings to README`,
  );
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    process.exit(main());
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
