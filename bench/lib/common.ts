/** Helpers shared by the benches: logging, ports, machine facts, cleanup, CPU accounting. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Benches print exactly one JSON object on stdout; everything else goes to stderr. */
export function log(...parts: unknown[]): void {
  process.stderr.write(`[bench] ${parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' ')}\n`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface Machine {
  cpus: number;
  model: string;
  memGB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the bench started: other work on the machine skews the figures. */
  loadavg1AtStart: number;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    model: cpus[0]?.model.trim() ?? 'unknown',
    memGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadavg1AtStart: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  };
}

export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  if (s.length === 0) return Number.NaN;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A scratch directory for this run: /work/main/.tmp/bench-<pid>, removed by the cleanup. */
export function scratchDir(): string {
  const dir = path.join(ROOT, '.tmp', `bench-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  defer(`remove ${dir}`, async () => {
    // A process being killed may still write for a moment: retry until it stays gone.
    for (let i = 0; i < 10 && fs.existsSync(dir); i++) {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      await sleep(100);
    }
    if (fs.existsSync(dir)) throw new Error(`could not remove ${dir}`);
  });
  return dir;
}

/**
 * Wall-clock time in epoch milliseconds with sub-millisecond resolution, comparable
 * between processes on this machine. `performance.timeOrigin + performance.now()` can be
 * off from the system clock by about a millisecond, differently in each process; here the
 * offset is taken at the instant Date.now() ticks over to the next millisecond, so every
 * process that calls this agrees with the system clock (and so with the others) to within
 * a few microseconds.
 */
export const epochMs: () => number = (() => {
  let offset = -Infinity;
  for (let i = 0; i < 3; i++) {
    const start = Date.now();
    let now = start;
    let perf = performance.now();
    while (now === start) {
      now = Date.now();
      perf = performance.now();
    }
    // The tick was seen at most a loop iteration late: the largest offset is the closest one.
    offset = Math.max(offset, now - perf);
  }
  return () => performance.now() + offset;
})();

/** Value at quantile q (0..1) of an ascending sorted array (nearest rank). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

// ---------------------------------------------------------------- cleanup

const cleanups: { label: string; fn: () => unknown }[] = [];

/** Registers a cleanup; run.ts runs them last-in first-out after the bench, or on SIGINT/SIGTERM. */
export function defer(label: string, fn: () => unknown): void {
  cleanups.push({ label, fn });
}

let cleaning: Promise<void> | undefined;

/** Runs the registered cleanups once; concurrent callers (signal and normal exit) share the same run. */
export function runCleanups(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const c = cleanups.pop()!;
      try {
        await c.fn();
      } catch (err) {
        log(`cleanup "${c.label}" failed:`, err instanceof Error ? err.message : String(err));
      }
    }
  })().finally(() => {
    cleaning = undefined;
  });
  return cleaning;
}

// ---------------------------------------------------------------- CPU accounting

let clkTck: number | undefined;
function ticksPerSecond(): number {
  if (clkTck === undefined) {
    try {
      clkTck = Number.parseInt(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim(), 10) || 100;
    } catch {
      clkTck = 100;
    }
  }
  return clkTck;
}

/** [pid, ppid, own cpu ticks, reaped children's cpu ticks] from /proc/<pid>/stat. */
function procStat(pid: number): { ppid: number; own: number; children: number } | undefined {
  try {
    const raw = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
    // After "comm": state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
    return { ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), children: Number(f[13]) + Number(f[14]) };
  } catch {
    return undefined;
  }
}

/**
 * CPU milliseconds used so far by a PostgreSQL cluster: the postmaster, its
 * live children (backends, checkpointer, ...) and the children it has reaped.
 */
export function postgresCpuMs(pgDataDir: string): number | undefined {
  let postmaster: number;
  try {
    postmaster = Number.parseInt(fs.readFileSync(path.join(pgDataDir, 'postmaster.pid'), 'utf8').split('\n')[0]!, 10);
  } catch {
    return undefined;
  }
  const root = procStat(postmaster);
  if (!root) return undefined;
  let ticks = root.own + root.children;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = procStat(Number(entry));
    if (s && s.ppid === postmaster) ticks += s.own;
  }
  return (ticks * 1000) / ticksPerSecond();
}

/** CPU milliseconds (user + system) used so far by one live process, from /proc/<pid>/stat. */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  const s = procStat(pid);
  return s === undefined ? undefined : (s.own * 1000) / ticksPerSecond();
}

/** Busy CPU milliseconds of the whole machine so far (all cores, all processes), from /proc/stat. */
export function machineBusyMs(): number | undefined {
  try {
    const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal ...
    const busy = cpu[0]! + cpu[1]! + cpu[2]! + cpu[5]! + cpu[6]! + (cpu[7] ?? 0);
    return (busy * 1000) / ticksPerSecond();
  } catch {
    return undefined;
  }
}
