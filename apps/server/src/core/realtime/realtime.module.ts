import type { App } from '../http/index.js';
import { eventsRef, eventsRepo } from '../events/index.js';
import { orgRef } from '../org/index.js';
import { defineModule, moduleRef } from '../platform/index.js';
import { registerRealtime, type RealtimeGateway } from './gateway.js';

export interface RealtimeApi {
  /** Connected WebSocket clients in this process (0 before the gateway is mounted). */
  clientCount(): number;
  /** Bytes waiting in this process for slow sockets (0 before the gateway is mounted). */
  unsentBytes(): number;
  mount(app: App): void;
}

export const realtimeRef = moduleRef<RealtimeApi>('realtime');

export const realtimeModule = defineModule({
  ref: realtimeRef,
  description: 'WebSocket gateway (/api/realtime): permission-filtered topics, resume without gaps',
  core: true,
  deps: { bus: eventsRef, org: orgRef },
  init({ db, core, deps }): RealtimeApi {
    let gateway: RealtimeGateway | undefined;
    return {
      clientCount: () => gateway?.clientCount() ?? 0,
      unsentBytes: () => gateway?.unsentBytes() ?? 0,
      mount(app) {
        gateway = registerRealtime(app, {
          bus: deps.bus,
          unitPaths: (ids) => deps.org.unitPaths(ids),
          areaPaths: (ids) => deps.org.areaPaths(ids),
          eventsSince: eventsRepo(db).eventsSince,
          maxBacklog: core.REALTIME_MAX_BACKLOG,
          maxUnsentBytes: core.REALTIME_MAX_UNSENT_BYTES,
        });
      },
    };
  },
  routes: (app, realtime) => realtime.mount(app),
});
