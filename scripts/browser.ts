/**
 * The browser the browser tests drive. `npm test` must pass on a fresh machine
 * by itself, so when no Chromium/Chrome is found and we may install one (root,
 * apt-get), Debian's `chromium` is installed; otherwise the run stops with what
 * to install, rather than the browser tests being cancelled one by one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function executable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** /usr/bin first (Debian's package puts it there), then wherever PATH has one of the names. */
export function findBrowser(dirs = searchDirs(process.env)): string | undefined {
  for (const name of NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (executable(file)) return file;
    }
  }
  return undefined;
}

function searchDirs(env: NodeJS.ProcessEnv): string[] {
  return ['/usr/bin', ...(env.PATH ?? '').split(path.delimiter).filter(Boolean)];
}

function version(file: string): string {
  const out = spawnSync(file, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return /\d+(\.\d+)+/.exec(out.stdout ?? '')?.[0] ?? 'unknown version';
}

export type BrowserResult = { ok: true; path: string; line: string } | { ok: false; message: string };

const HOW_TO =
  'install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or Google Chrome, ' +
  'or point CHROMIUM_PATH at a Chromium/Chrome executable';

export interface EnsureOptions {
  env?: NodeJS.ProcessEnv;
  /** Whether apt-get may be run (root); injectable so the refusal can be tested as root. */
  isRoot?: boolean;
  /** Where the start of the one status line goes while apt-get runs (a minute of silence otherwise). */
  write?: (text: string) => void;
  /** Where to look (default /usr/bin, then the PATH); injectable so tests need not see this machine's browser. */
  dirs?: string[];
}

export function ensureBrowser(opts: EnsureOptions = {}): BrowserResult {
  const env = opts.env ?? process.env;
  const dirs = opts.dirs ?? searchDirs(env);
  const given = env.CHROMIUM_PATH;
  if (given) {
    // An explicit choice that does not work is a mistake to report, not a reason to pick another browser.
    if (!executable(given)) return { ok: false, message: `CHROMIUM_PATH=${given} is not an executable file` };
    return { ok: true, path: given, line: `browser: ${given} (CHROMIUM_PATH)` };
  }
  const found = findBrowser(dirs);
  if (found) return { ok: true, path: found, line: `browser: ${found} (found)` };

  const root = opts.isRoot ?? process.getuid?.() === 0;
  const apt = findOnPath('apt-get', env);
  if (!root || !apt) {
    const why = !apt ? 'apt-get is not available' : 'not running as root';
    return { ok: false, message: `the browser tests need Chromium and none was found (${why}): ${HOW_TO}.` };
  }
  (opts.write ?? ((t) => process.stdout.write(t)))('browser: none found, installing Debian chromium with apt-get… ');
  const started = performance.now();
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const r = spawnSync(apt, args, { env: aptEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status !== 0) {
      const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-10).join('\n');
      return {
        ok: false,
        message: `installing Debian chromium failed (apt-get ${args.join(' ')}):\n${output}\nOtherwise ${HOW_TO}.`,
      };
    }
  }
  const installed = findBrowser(dirs);
  if (!installed) return { ok: false, message: `apt-get installed chromium but no browser was found: ${HOW_TO}.` };
  const seconds = Math.round((performance.now() - started) / 1000);
  return {
    ok: true,
    path: installed,
    line: `installed Debian chromium ${version(installed)} in ${seconds} s (${installed})`,
  };
}

function findOnPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '/usr/bin:/bin').split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name);
    if (executable(file)) return file;
  }
  return undefined;
}
