import type { WebSocket } from 'ws';
import websocket from '@fastify/websocket';
import { STAFF_ROLES, type Role } from '@vioc/contracts';
import type { App } from '../http/index.js';
import { canReachUnit, pathWithin, type Actor } from '../auth/index.js';
import type { EventBus } from '../events/index.js';
import type { DomainEvent } from '../events/index.js';

const HEARTBEAT_MS = 25_000;
const RESUME_LIMIT = 1000;
// Topics one connection may hold (the web app uses a handful): every `subscribed` answer lists
// them all, so without a cap each subscribe would answer with more than the one before.
const MAX_TOPICS = 100;
const MAX_TOPIC_LENGTH = 200;
// Clients served per turn of the event loop, so pings, new connections and the next
// notification are not starved by one big fan-out.
const CLIENTS_PER_TURN = 250;
const DEFAULT_ROLES: readonly Role[] = [...STAFF_ROLES, 'system'];

interface Client {
  socket: WebSocket;
  actor: Actor | null;
  /** The areas the client's operator memberships serve (an IOC agency serves its province). */
  operatorAreas: string[];
  /** Resolves once operatorAreas is known; messages wait for it. */
  ready: Promise<void>;
  topics: Set<string>;
  alive: boolean;
}

export interface RealtimeGateway {
  clientCount(): number;
  /** Bytes queued in this process for connected sockets, not yet taken by the kernel (ws bufferedAmount). */
  unsentBytes(): number;
}

/** Topics an event is published on: its domain, its type, its unit, its people, and any extra ones. */
export function topicsOf(e: DomainEvent): string[] {
  const domain = e.type.split('.')[0]!;
  const t = [domain, e.type];
  if (e.unitId) t.push(`unit/${e.unitId}`, `${domain}:unit/${e.unitId}`);
  for (const u of e.audience.userIds ?? []) t.push(`user/${u}`);
  return [...t, ...(e.audience.topics ?? [])];
}

/**
 * WebSocket gateway at /api/realtime. Clients subscribe to topics; every event
 * is filtered by the subscriber's permissions and scope at send time, batched
 * into one frame per client per turn of the event loop.
 */
export function registerRealtime(
  app: App,
  deps: {
    bus: EventBus;
    unitPaths: (ids: string[]) => Promise<Map<string, { path: string }>>;
    /** The area each unit serves (org.areaPaths): operators receive events by place. */
    areaPaths: (ids: readonly string[]) => Promise<Map<string, string>>;
    /** Events a reader of `seq` may have missed, including late commits of lower seqs (events.repo). */
    eventsSince: (seq: number, limit: number) => Promise<DomainEvent[]>;
    /**
     * Events waiting for fan-out beyond this mean the server cannot keep up: the backlog is
     * dropped and every client is told to reload (reset) instead of memory and latency growing
     * without bound (REALTIME_MAX_BACKLOG).
     */
    maxBacklog: number;
    /**
     * A socket with more unsent bytes than this is too slow and is closed (1013), so a client
     * that stops reading costs the server at most this plus one frame (REALTIME_MAX_UNSENT_BYTES).
     */
    maxUnsentBytes: number;
  },
): RealtimeGateway {
  const maxBacklog = deps.maxBacklog;
  const clients = new Set<Client>();
  // Every socket until it is really closed, the ones dropped as too slow included: what they hold counts.
  const sockets = new Set<WebSocket>();
  const pathCache = new Map<string, string>();

  async function pathsFor(events: DomainEvent[]): Promise<void> {
    const missing = [
      ...new Set(
        events.flatMap((e) => [e.unitId, e.audience.areaUnitId]).filter((u): u is string => !!u && !pathCache.has(u)),
      ),
    ];
    if (!missing.length) return;
    const found = await deps.unitPaths(missing);
    for (const [id, v] of found) pathCache.set(id, v.path);
  }

  function mayReceive(c: Client, e: DomainEvent): boolean {
    const actor = c.actor;
    if (e.audience.public) return true;
    if (!actor) return false;
    if (actor.userId && e.audience.userIds?.includes(actor.userId)) return true;
    const path = e.unitId ? pathCache.get(e.unitId) : undefined;
    if (!path) return false;
    const roles = e.audience.roles ?? DEFAULT_ROLES;
    if (canReachUnit(actor, path, roles)) return true;
    // The same "area served" rule as the operators' queues: by the handling unit or by the place.
    if (!roles.includes('operator') || !c.operatorAreas.length) return false;
    const place = e.audience.areaUnitId ? pathCache.get(e.audience.areaUnitId) : undefined;
    return c.operatorAreas.some((a) => pathWithin(path, a) || (place !== undefined && pathWithin(place, a)));
  }

  async function operatorAreasOf(actor: Actor | null): Promise<string[]> {
    if (!actor || actor.stage !== 'full') return [];
    const units = actor.memberships.filter((m) => m.role === 'operator').map((m) => m.unitId);
    return units.length ? [...(await deps.areaPaths(units)).values()] : [];
  }

  function wants(c: Client, topics: string[]): boolean {
    if (c.topics.has('*')) return true;
    return topics.some((t) => c.topics.has(t));
  }

  /**
   * Every frame to a client goes through here, answers to its own messages included: a client
   * that sends but never reads would otherwise make the server queue its answers without bound.
   */
  function send(c: Client, frame: string): void {
    if (c.socket.readyState !== c.socket.OPEN) return;
    if (c.socket.bufferedAmount > deps.maxUnsentBytes) {
      c.socket.close(1013, 'too slow');
      clients.delete(c);
      return;
    }
    c.socket.send(frame);
  }

  const eventsFrame = (jsons: string[]) => `{"type":"events","events":[${jsons.join(',')}]}`;
  const RESET_OVERLOADED = JSON.stringify({ type: 'reset', reason: 'overloaded' });

  function serialise(e: DomainEvent): string {
    // The audience is a routing detail and never leaves the server.
    const { audience: _audience, ...visible } = e;
    return JSON.stringify(visible);
  }

  /**
   * Sends one batch to every client that wants and may see some of it. Clients that get the
   * same selection share one frame string, so 2,000 clients of one topic cost one
   * serialisation; the loop yields every CLIENTS_PER_TURN clients.
   */
  async function fanOut(events: DomainEvent[]): Promise<void> {
    const prepared = events.map((e) => ({ e, json: serialise(e), topics: topicsOf(e) }));
    const frames = new Map<string, string>();
    let served = 0;
    for (const c of [...clients]) {
      if (++served % CLIENTS_PER_TURN === 0) await new Promise((r) => setImmediate(r));
      const picked: number[] = [];
      prepared.forEach((p, i) => {
        if (wants(c, p.topics) && mayReceive(c, p.e)) picked.push(i);
      });
      if (!picked.length) continue;
      const key = picked.join(',');
      let frame = frames.get(key);
      if (frame === undefined) {
        frame = eventsFrame(picked.map((i) => prepared[i]!.json));
        frames.set(key, frame);
      }
      send(c, frame);
    }
  }

  // One drain loop sends everything the bus emitted, in order. Each round takes every event
  // that arrived during the previous round, so under load batches grow instead of queueing
  // (frames per client stay one per round). A failed unit lookup must not reject unhandled
  // (that ends the process); events whose unit path is unknown are withheld (mayReceive
  // fails closed), the others still go out.
  let pending: DomainEvent[] = [];
  let inFlight = 0;
  let draining = false;
  let overloaded = false;

  async function drain(): Promise<void> {
    draining = true;
    try {
      while (pending.length) {
        const batch = pending;
        pending = [];
        inFlight = batch.length;
        await pathsFor(batch).catch((err: unknown) => app.log.error({ err }, 'realtime: could not load unit paths'));
        await fanOut(batch).catch((err: unknown) => app.log.error({ err }, 'realtime fan-out failed'));
        inFlight = 0;
      }
    } finally {
      draining = false;
      inFlight = 0;
      if (overloaded) {
        // The batches queued before the overload have gone out: the reset is the last thing clients get.
        overloaded = false;
        for (const c of clients) send(c, RESET_OVERLOADED);
      }
    }
  }

  deps.bus.onBroadcast((events) => {
    // A moved unit changes the scope of everything under it.
    if (events.some((e) => e.type.startsWith('org.unit_'))) pathCache.clear();
    if (!clients.size) return;
    const backlog = pending.length + inFlight;
    if (overloaded || backlog + events.length > maxBacklog) {
      // Dropping is safe only because every client is then told to reload.
      if (!overloaded)
        app.log.warn({ backlog, batch: events.length }, 'realtime: fan-out backlog full, clients reload');
      overloaded = true;
    } else {
      pending.push(...events);
    }
    if (!draining) void drain();
  });

  const heartbeat = setInterval(() => {
    for (const c of clients) {
      if (!c.alive) {
        c.socket.terminate();
        clients.delete(c);
        continue;
      }
      c.alive = false;
      c.socket.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  app.addHook('onClose', async () => clearInterval(heartbeat));

  void app.register(async (scope) => {
    await scope.register(websocket, { options: { maxPayload: 64 * 1024 } });
    scope.get(
      '/api/realtime',
      {
        websocket: true,
        // Anyone may connect; what each connection receives is filtered per event.
        config: { permission: { public: true } },
        schema: { tags: ['realtime'], summary: 'Kênh sự kiện thời gian thực (WebSocket)', hide: true },
      },
      (socket, req) => {
        const client: Client = {
          socket,
          actor: req.actor,
          operatorAreas: [],
          ready: Promise.resolve(),
          topics: new Set(),
          alive: true,
        };
        client.ready = operatorAreasOf(req.actor)
          .then((areas) => {
            client.operatorAreas = areas;
          })
          .catch((err: unknown) => app.log.error({ err }, 'realtime: could not load operator areas'));
        clients.add(client);
        sockets.add(socket);
        socket.on('pong', () => {
          client.alive = true;
        });
        socket.on('close', () => {
          clients.delete(client);
          sockets.delete(socket);
        });
        socket.on('message', (raw) => {
          // Anyone may send anything here: a failure (a database error during a resume) is
          // logged and answered, never left to end the process as an unhandled rejection.
          void client.ready
            .then(() => handleMessage(client, String(raw)))
            .catch((err: unknown) => {
              app.log.warn({ err }, 'realtime: message failed');
              send(client, '{"type":"error","code":"INTERNAL"}');
            });
        });
        send(
          client,
          JSON.stringify({ type: 'hello', serverTime: new Date().toISOString(), signedIn: Boolean(req.actor) }),
        );
      },
    );
  });

  async function handleMessage(c: Client, raw: string): Promise<void> {
    let msg: { type?: unknown; topics?: unknown; lastEventId?: unknown };
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      msg = parsed;
    } catch {
      send(c, JSON.stringify({ type: 'error', code: 'MALFORMED_JSON' }));
      return;
    }
    const topics = Array.isArray(msg.topics)
      ? msg.topics
          .filter((t): t is string => typeof t === 'string' && t.length <= MAX_TOPIC_LENGTH)
          .slice(0, MAX_TOPICS)
      : [];
    if (msg.type === 'subscribe') {
      const refused = topics.filter((t) => {
        if (!c.topics.has(t) && c.topics.size >= MAX_TOPICS) return true;
        c.topics.add(t);
        return false;
      });
      if (refused.length) send(c, JSON.stringify({ type: 'error', code: 'TOO_MANY_TOPICS', topics: refused }));
      send(c, JSON.stringify({ type: 'subscribed', topics: [...c.topics] }));
      // A seq is a bigint in the database: only whole, safe, non-negative numbers are one.
      if (Number.isSafeInteger(msg.lastEventId) && (msg.lastEventId as number) >= 0)
        await resume(c, msg.lastEventId as number);
    } else if (msg.type === 'unsubscribe') {
      for (const t of topics) c.topics.delete(t);
      send(c, JSON.stringify({ type: 'subscribed', topics: [...c.topics] }));
    } else if (msg.type === 'ping') {
      send(c, '{"type":"pong"}');
    } else {
      send(c, JSON.stringify({ type: 'error', code: 'UNKNOWN_MESSAGE' }));
    }
  }

  /**
   * Replays what a reconnecting client may have missed; beyond the limit it is told to reload.
   * The replay can repeat events the client has (late commits below its last seq are
   * included): clients drop repeats by seq.
   */
  async function resume(c: Client, after: number): Promise<void> {
    const missed = await deps.eventsSince(after, RESUME_LIMIT + 1);
    if (missed.length > RESUME_LIMIT) {
      send(c, JSON.stringify({ type: 'reset', reason: 'too_many_missed' }));
      return;
    }
    await pathsFor(missed);
    const jsons = missed.filter((e) => wants(c, topicsOf(e)) && mayReceive(c, e)).map(serialise);
    if (jsons.length) send(c, eventsFrame(jsons));
  }

  return {
    clientCount: () => clients.size,
    unsentBytes: () => [...sockets].reduce((sum, s) => sum + s.bufferedAmount, 0),
  };
}
