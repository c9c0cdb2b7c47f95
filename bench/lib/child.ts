/**
 * Forked helper processes (publisher, WebSocket clients) driven over IPC with a
 * small request/response protocol: the parent calls `cmd` with `args`, the
 * child answers with the handler's result. Each child is SIGKILLed by the
 * bench's cleanup if it is still running.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { defer } from './common.js';

interface Request {
  id: number;
  cmd: string;
  args: unknown;
}
type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

export interface Child {
  readonly label: string;
  readonly pid: number | undefined;
  call<T>(cmd: string, args?: unknown): Promise<T>;
  /** Asks the child to exit ("close" handler, then exit) and waits for it. */
  close(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export function forkChild(script: string, label: string): Child {
  const child = fork(script, [], {
    execArgv: ['--import', 'tsx'],
    // The child's stdout must never reach ours: stdout carries the bench's JSON.
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  child.stdout?.pipe(process.stderr);
  defer(label, async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited(child);
  });
  let next = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  child.on('message', (msg: Reply) => {
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.ok) p.resolve(msg.result);
    else p.reject(new Error(`${label}: ${msg.error}`));
  });
  child.on('exit', (code, signal) => {
    for (const p of pending.values()) p.reject(new Error(`${label} exited (${signal ?? code})`));
    pending.clear();
  });
  return {
    label,
    pid: child.pid,
    call<T>(cmd: string, args?: unknown): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, cmd, args } satisfies Request, (err) => {
          if (err) {
            pending.delete(id);
            reject(err);
          }
        });
      });
    },
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      await this.call('close').catch(() => undefined);
      await exited(child);
    },
  };
}

/** Child side: answers the parent's calls with these handlers; "close" runs, then the process exits. */
export function serve(handlers: Record<string, (args: never) => unknown>): void {
  process.on('message', (msg: Request) => {
    void (async () => {
      let reply: Reply;
      try {
        const handler = handlers[msg.cmd];
        if (!handler && msg.cmd !== 'close') throw new Error(`unknown command ${msg.cmd}`);
        reply = { id: msg.id, ok: true, result: (await handler?.(msg.args as never)) ?? null };
      } catch (err) {
        reply = { id: msg.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
      }
      await new Promise<void>((resolve) => process.send!(reply, () => resolve()));
      if (msg.cmd === 'close') process.exit(0);
    })();
  });
  // The parent went away (killed, crashed): do not linger.
  process.on('disconnect', () => process.exit(0));
}
