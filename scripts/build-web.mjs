// Builds the web app (apps/web → apps/web/dist) unless the build is already newer than its sources,
// so `npm start` stays fast on a second run. `--force` (or VIOC_FORCE_WEB_BUILD=1) always builds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'apps/web');
const configFile = path.join(web, 'vite.config.ts');
const builtIndex = path.join(web, 'dist/index.html');
const inputs = [
  path.join(web, 'src'),
  path.join(web, 'index.html'),
  configFile,
  path.join(root, 'packages/contracts/src'),
];

/** Latest modification time (ms) of a file, or of every file under a directory. */
function newest(p) {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs; // a deleted file changes its directory's mtime
  for (const entry of readdirSync(p)) latest = Math.max(latest, newest(path.join(p, entry)));
  return latest;
}

const force = process.argv.includes('--force') || process.env.VIOC_FORCE_WEB_BUILD === '1';
if (!force && existsSync(builtIndex)) {
  const builtAt = statSync(builtIndex).mtimeMs;
  if (inputs.every((p) => newest(p) < builtAt)) {
    console.log('web: apps/web/dist is up to date');
    process.exit(0);
  }
}

const { build } = await import('vite');
const started = Date.now();
await build({ configFile, logLevel: 'warn' });
console.log(`web: built apps/web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
