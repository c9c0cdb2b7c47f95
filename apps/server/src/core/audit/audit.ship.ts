/**
 * Ships the audit log to a central collector as RFC 5424 syslog messages over TCP or TLS, with
 * RFC 6587 octet-counting framing (level-3 rules: security logs kept apart from the system that
 * writes them). Entries go in seq order from a cursor kept in the database, which moves only
 * after the socket took the batch: a collector that is away gets everything when it is back.
 */
import net from 'node:net';
import os from 'node:os';
import tls from 'node:tls';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/index.js';
import { auditRepo, type AuditRow } from './audit.repo.js';

/** Private enterprise number placeholder for vioc's structured data (RFC 5424 §7.2.2 wants name@number). */
const SD_ID = 'vioc@32473';
/** Facility 13, "log audit". */
const FACILITY = 13;
const SEVERITY = { ok: 6, denied: 4, failed: 3 } as const;
const BATCH = 500;
const MAX_BACKOFF_MS = 30_000;

const sdEscape = (v: string) => v.replace(/[\\"\]]/g, (c) => `\\${c}`);
/** PRINTUSASCII without spaces, at most `max` characters, or the nil value. */
const header = (v: string | null | undefined, max: number) =>
  (v ?? '').replace(/[^\x21-\x7e]/g, '_').slice(0, max) || '-';

/** One audit entry as an RFC 5424 message (without framing). */
export function syslogMessage(row: AuditRow, host = os.hostname(), app = 'vioc'): string {
  const pri = FACILITY * 8 + SEVERITY[row.outcome];
  const params: [string, string | null][] = [
    ['seq', String(row.seq)],
    ['outcome', row.outcome],
    ['actor', row.actor_label ?? row.actor_id],
    ['target', row.target_type ? `${row.target_type}:${row.target_id ?? ''}` : null],
    ['unit', row.unit_id],
    ['ip', row.ip],
    ['hash', row.hash],
  ];
  const sd = `[${SD_ID} ${params
    .filter((p): p is [string, string] => p[1] !== null)
    .map(([k, v]) => `${k}="${sdEscape(v)}"`)
    .join(' ')}]`;
  const body = JSON.stringify({
    action: row.action,
    before: row.before,
    after: row.after,
    userAgent: row.user_agent,
  });
  return `<${pri}>1 ${row.at.toISOString()} ${header(host, 255)} ${header(app, 48)} ${process.pid} ${header(row.action, 32)} ${sd} \ufeff${body}`;
}

export const frame = (message: string) => `${Buffer.byteLength(message)} ${message}`;

export interface AuditShipper {
  start(): void;
  stop(): Promise<void>;
}

export function createAuditShipper(opts: {
  db: Kysely<Database>;
  url: string;
  logger: Logger;
  ca?: string;
  intervalMs?: number;
}): AuditShipper {
  // The module's configuration admits only tcp://host:port and tls://host:port.
  const target = new URL(opts.url);
  const key = `${target.protocol}//${target.host}`;
  let socket: net.Socket | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let failures = 0;
  let busy: Promise<number> | undefined;

  function connect(): Promise<net.Socket> {
    const port = Number(target.port || (target.protocol === 'tls:' ? 6514 : 514));
    return new Promise((resolve, reject) => {
      const s =
        target.protocol === 'tls:'
          ? tls.connect({ host: target.hostname, port, servername: target.hostname, ...(opts.ca && { ca: opts.ca }) })
          : net.connect({ host: target.hostname, port });
      const ready = target.protocol === 'tls:' ? 'secureConnect' : 'connect';
      s.once(ready, () => resolve(s));
      s.once('error', reject);
      s.setTimeout(10_000, () => s.destroy(new Error('syslog collector timed out')));
    });
  }

  function write(s: net.Socket, text: string): Promise<void> {
    return new Promise((resolve, reject) => s.write(text, (err) => (err ? reject(err) : resolve())));
  }

  /**
   * One batch under the collector's cursor row, locked: with several server processes only one
   * ships at a time (the others skip), and the cursor moves in the same transaction that saw the
   * socket take the batch. Returns how many entries went, or undefined when another process holds it.
   */
  async function shipBatch(): Promise<number | undefined> {
    await auditRepo(opts.db).ensureShippingCursor(key);
    return opts.db.transaction().execute(async (trx) => {
      const repo = auditRepo(trx);
      const from = await repo.lockShippingCursor(key);
      if (from === undefined) return undefined;
      // seq is given under the chain lock at commit, so it is dense and in commit order: nothing
      // below the cursor can appear later.
      const rows = await repo.batchAfter(from, BATCH);
      if (!rows.length) return 0;
      const s = await connected();
      await write(s, rows.map((r) => frame(syslogMessage(r))).join(''));
      await repo.moveShippingCursor(key, rows.at(-1)!.seq);
      return rows.length;
    });
  }

  async function connected(): Promise<net.Socket> {
    if (socket && !socket.destroyed) return socket;
    const s = await connect();
    s.on('error', () => s.destroy());
    s.on('close', () => {
      if (socket === s) socket = undefined;
    });
    // A collector never answers on this protocol; anything it sends is drained and ignored.
    s.resume();
    socket = s;
    return s;
  }

  async function ship(): Promise<number> {
    let sent = 0;
    for (;;) {
      const n = await shipBatch();
      if (!n) return sent;
      sent += n;
    }
  }

  /** One shipping round at a time; stop() waits for the one in flight. */
  function flush(): Promise<number> {
    busy ??= ship().finally(() => (busy = undefined));
    return busy;
  }

  function schedule(ms: number) {
    if (!running) return;
    timer = setTimeout(() => {
      flush().then(
        () => {
          failures = 0;
          schedule(opts.intervalMs ?? 1000);
        },
        (err: unknown) => {
          failures++;
          socket?.destroy();
          const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(failures, 6));
          if (failures === 1 || failures % 20 === 0)
            opts.logger.warn({ err, target: key, failures, retryMs: delay }, 'audit shipping to syslog failed');
          schedule(delay);
        },
      );
    }, ms);
    timer.unref();
  }

  return {
    start() {
      running = true;
      schedule(0);
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await busy?.catch(() => undefined);
      socket?.end();
      socket = undefined;
    },
  };
}
