/**
 * Optional in-process CPU profile (V8 sampling profiler through node:inspector)
 * of a measured window, summarised as self time per package and per function.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { ROOT, round } from './common.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  file: string;
  /** % of the sampled time, by where the code lives (node_modules package, our source, Node internals, idle, gc). */
  byPackage: Record<string, number>;
  topFunctions: { fn: string; selfPercent: number }[];
}

function packageOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return 'node: (internals)';
  const rel = url.replace(/^file:\/\//, '');
  if (rel.startsWith(ROOT)) return path.relative(ROOT, rel).split('/').slice(0, 4).join('/');
  return url;
}

export async function startProfile(name = 'http'): Promise<() => Promise<ProfileSummary>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    session.disconnect();
    const file = path.join(ROOT, '.tmp', `bench-${name}-${process.pid}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
    const total = profile.nodes.reduce((n, x) => n + (x.hitCount ?? 0), 0) || 1;
    const byPkg = new Map<string, number>();
    const byFn = new Map<string, number>();
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      if (!hits) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      const pkg = packageOf(url, functionName);
      byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + hits);
      const key = `${functionName || '(anonymous)'} ${url ? `${pkg}:${lineNumber + 1}` : ''}`.trim();
      byFn.set(key, (byFn.get(key) ?? 0) + hits);
    }
    const pct = (h: number) => round((h / total) * 100, 1);
    const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
    return {
      file,
      byPackage: Object.fromEntries(
        sorted(byPkg)
          .filter(([, h]) => pct(h) >= 0.5)
          .map(([k, h]) => [k, pct(h)]),
      ),
      topFunctions: sorted(byFn)
        .slice(0, 25)
        .map(([fn, h]) => ({ fn, selfPercent: pct(h) })),
    };
  };
}
