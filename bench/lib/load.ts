/** Runs autocannon in a forked child process (loadgen.ts) and returns its summary. */
import { fork } from 'node:child_process';
import path from 'node:path';
import { defer, log } from './common.js';

export interface LoadSpec {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  pipelining: number;
  durationSeconds: number;
  warmupSeconds: number;
}

export interface LoadSummary {
  /** autocannon requests.average: mean of the per-second request counts. */
  rps: number;
  /** autocannon latency.p50 / latency.p99, in milliseconds. */
  p50: number;
  p99: number;
  latencyAvg: number;
  latencyMax: number;
  /** Completed requests in the measured window (requests.total). */
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  durationSeconds: number;
  /** CPU time the load generator itself used during the measured window. */
  loadgenCpuMs: number;
}

export type ChildMessage =
  { type: 'measuring' } | { type: 'result'; result: LoadSummary } | { type: 'error'; message: string };

/**
 * Forks the load generator; `onMeasuring` runs when the warm-up is over and
 * the measured window begins (to start counters), `onDone` right after it ends.
 */
export function runLoad(
  spec: LoadSpec,
  hooks: { onMeasuring?: () => void; onDone?: () => void } = {},
): Promise<LoadSummary> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'loadgen.ts'), [], {
      execArgv: ['--import', 'tsx'],
      // The child's stdout must never reach ours: stdout carries the bench's JSON.
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    child.stdout?.pipe(process.stderr);
    const kill = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    defer('load generator', kill);
    let settled = false;
    child.on('message', (msg: ChildMessage) => {
      if (msg.type === 'measuring') {
        log(`measuring ${spec.url} for ${spec.durationSeconds} s`);
        hooks.onMeasuring?.();
      } else if (msg.type === 'result') {
        hooks.onDone?.();
        settled = true;
        resolve(msg.result);
      } else {
        settled = true;
        reject(new Error(`load generator: ${msg.message}`));
      }
    });
    child.on('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    child.on('exit', (code, signal) => {
      if (!settled) reject(new Error(`load generator exited (${signal ?? code}) without a result`));
      settled = true;
    });
    log(`load: ${spec.connections} connections, pipelining ${spec.pipelining}, warm-up ${spec.warmupSeconds} s`);
    child.send(spec);
  });
}
