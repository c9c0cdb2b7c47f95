import { useEffect, useEffectEvent, useSyncExternalStore } from 'react';

/** One event as the server's realtime gateway sends it (the audience never leaves the server). */
export interface RealtimeEvent {
  seq: number;
  id: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  unitId: string | null;
  payload: Record<string, unknown>;
  createdAt: string;
}

export interface RealtimeHandlers {
  /** Events of the connection that may concern these topics; check `type` before use. */
  onEvents: (events: RealtimeEvent[]) => void;
  /** Events may have been missed (the server said reset, or a reconnect could not resume): reload. */
  onReset?: () => void;
}

export type RealtimeStatus = 'idle' | 'connecting' | 'open' | 'reconnecting';

interface Subscription {
  topics: readonly string[];
  handlers: RealtimeHandlers;
}

type ServerFrame =
  | { type: 'hello' | 'subscribed' | 'pong' | 'error' }
  | { type: 'events'; events: RealtimeEvent[] }
  | { type: 'reset'; reason?: string };

const SEEN_LIMIT = 5000;
const DOMAIN_OR_TYPE = /^[a-z_]+(\.[a-z_]+)?$/;
const UNIT_TOPIC = /^(?:[a-z_]+:)?unit\/.+$/;

/**
 * Whether an event may belong to one of `topics`. The server publishes an event on its domain, its type,
 * `unit/<id>`, `<domain>:unit/<id>`, `user/<id>` of its audience and extra topics; the client cannot see the
 * last two, so a subscription holding any such topic receives every event of the connection.
 */
export function mayConcern(topics: readonly string[], e: RealtimeEvent): boolean {
  const domain = e.type.split('.')[0];
  const known = [domain, e.type];
  if (e.unitId) known.push(`unit/${e.unitId}`, `${domain}:unit/${e.unitId}`);
  return topics.some((t) => t === '*' || known.includes(t) || !(DOMAIN_OR_TYPE.test(t) || UNIT_TOPIC.test(t)));
}

export interface RealtimeOptions {
  url?: () => string;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long the socket stays open after its last subscriber leaves (page changes, StrictMode). */
  lingerMs?: number;
}

function defaultUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/api/realtime`;
}

/**
 * One WebSocket to /api/realtime shared by the whole page. It connects while someone subscribes,
 * reconnects with exponential backoff (plus jitter), and resumes from the last event seen.
 */
export class RealtimeClient {
  private readonly opts: Required<RealtimeOptions>;
  private readonly subs = new Set<Subscription>();
  private readonly statusListeners = new Set<() => void>();
  private socket: WebSocket | null = null;
  private lastEventId: number | null = null;
  /** Seqs already handed to subscribers: a resume may replay some (late commits below the last seq). */
  private readonly seen = new Set<number>();
  private attempt = 0;
  private hadConnection = false;
  private retryTimer: number | undefined;
  private lingerTimer: number | undefined;
  private currentStatus: RealtimeStatus = 'idle';

  constructor(opts: RealtimeOptions = {}) {
    this.opts = { url: defaultUrl, baseDelayMs: 1000, maxDelayMs: 30_000, lingerMs: 1500, ...opts };
  }

  get status(): RealtimeStatus {
    return this.currentStatus;
  }

  onStatus(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Receives the events of `topics` until the returned function is called. */
  subscribe(topics: readonly string[], handlers: RealtimeHandlers): () => void {
    const sub: Subscription = { topics: [...new Set(topics)], handlers };
    this.subs.add(sub);
    window.clearTimeout(this.lingerTimer);
    if (this.isOpen()) this.send({ type: 'subscribe', topics: sub.topics });
    else if (!this.socket && this.retryTimer === undefined) this.connect();
    return () => this.unsubscribe(sub);
  }

  /** Connects now instead of waiting for the backoff (the browser is back online, the tab is visible). */
  wake(): void {
    if (this.retryTimer === undefined || this.subs.size === 0) return;
    window.clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.connect();
  }

  private unsubscribe(sub: Subscription): void {
    if (!this.subs.delete(sub)) return;
    const still = this.allTopics();
    const dropped = sub.topics.filter((t) => !still.includes(t));
    if (dropped.length && this.isOpen()) this.send({ type: 'unsubscribe', topics: dropped });
    if (this.subs.size === 0) {
      window.clearTimeout(this.lingerTimer);
      this.lingerTimer = window.setTimeout(() => this.stop(), this.opts.lingerMs);
    }
  }

  private allTopics(): string[] {
    return [...new Set([...this.subs].flatMap((s) => s.topics))];
  }

  private isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  private send(frame: object): void {
    this.socket?.send(JSON.stringify(frame));
  }

  private setStatus(status: RealtimeStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    for (const l of this.statusListeners) l();
  }

  private connect(): void {
    this.setStatus(this.hadConnection ? 'reconnecting' : 'connecting');
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.opts.url());
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      const resumed = this.hadConnection;
      this.attempt = 0;
      this.hadConnection = true;
      this.setStatus('open');
      const frame: { type: 'subscribe'; topics: string[]; lastEventId?: number } = {
        type: 'subscribe',
        topics: this.allTopics(),
      };
      if (this.lastEventId !== null) frame.lastEventId = this.lastEventId;
      this.send(frame);
      // Nothing seen before the drop: there is no point to resume from, so everyone reloads.
      if (resumed && this.lastEventId === null) this.reset();
    };
    socket.onmessage = (msg: MessageEvent) => this.receive(msg.data);
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.subs.size > 0) this.scheduleReconnect();
      else this.setStatus('idle');
    };
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let frame: ServerFrame;
    try {
      frame = JSON.parse(data) as ServerFrame;
    } catch {
      return;
    }
    if (frame.type === 'events' && Array.isArray(frame.events) && frame.events.length) {
      const events = frame.events.filter((e) => typeof e.seq === 'number' && !this.seen.has(e.seq));
      if (!events.length) return;
      for (const e of events) {
        this.seen.add(e.seq);
        this.lastEventId = Math.max(this.lastEventId ?? 0, e.seq);
      }
      // Keep the newest seqs only; a replay never reaches further back than a few seconds of traffic.
      if (this.seen.size > SEEN_LIMIT)
        for (const s of [...this.seen].slice(0, this.seen.size - SEEN_LIMIT / 2)) this.seen.delete(s);
      for (const sub of [...this.subs]) {
        const mine = events.filter((e) => mayConcern(sub.topics, e));
        if (mine.length) this.safely(() => sub.handlers.onEvents(mine));
      }
    } else if (frame.type === 'reset') {
      this.reset();
    }
  }

  private reset(): void {
    for (const sub of [...this.subs]) this.safely(() => sub.handlers.onReset?.());
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      console.error('realtime handler failed', err);
    }
  }

  private scheduleReconnect(): void {
    const ceiling = Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** this.attempt);
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    this.attempt = Math.min(this.attempt + 1, 16);
    this.setStatus('reconnecting');
    this.retryTimer = window.setTimeout(() => {
      this.retryTimer = undefined;
      this.connect();
    }, delay);
  }

  /** No subscribers left: close, and forget where we were (the next subscriber loads fresh data). */
  private stop(): void {
    window.clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'idle');
    this.lastEventId = null;
    this.seen.clear();
    this.hadConnection = false;
    this.attempt = 0;
    this.setStatus('idle');
  }
}

/** The page's one realtime connection. */
export const realtime = new RealtimeClient();

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => realtime.wake());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') realtime.wake();
  });
}

/**
 * Subscribes the component to `topics` while mounted (an empty list subscribes to nothing).
 * The callbacks may change between renders without resubscribing.
 */
export function useRealtime(
  topics: readonly string[],
  onEvents: (events: RealtimeEvent[]) => void,
  onReset?: () => void,
): void {
  const handleEvents = useEffectEvent(onEvents);
  const handleReset = useEffectEvent(() => onReset?.());
  const key = topics.join('\n');
  useEffect(() => {
    if (!key) return;
    return realtime.subscribe(key.split('\n'), {
      onEvents: (events) => handleEvents(events),
      onReset: () => handleReset(),
    });
  }, [key]);
}

/** The state of the shared connection, for an "offline" hint. */
export function useRealtimeStatus(): RealtimeStatus {
  return useSyncExternalStore(
    (listener) => realtime.onStatus(listener),
    () => realtime.status,
  );
}
