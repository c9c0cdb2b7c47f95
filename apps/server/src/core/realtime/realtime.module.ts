import type { App } from '../http/index.js';
import { eventsRef, eventsRepo } from '../events/index.js';
import { orgRef } from '../org/index.js';
import { defineModule, moduleRef } from '../platform/index.js';
import { registerRealtime } from './gateway.js';

export interface RealtimeApi {
  /** Connected WebSocket clients in this process (0 before the gateway is mounted). */
  clientCount(): number;
  mount(app: App): void;
}

export const realtimeRef = moduleRef<RealtimeApi>('realtime');

export const realtimeModule = defineModule({
  ref: realtimeRef,
  description: 'WebSocket gateway (/api/realtime): permission-filtered topics, resume without gaps',
  core: true,
  deps: { bus: eventsRef, org: orgRef },
  init({ db, core, deps }): RealtimeApi {
    let gateway: { clientCount(): number } | undefined;
    return {
      clientCount: () => gateway?.clientCount() ?? 0,
      mount(app) {
        gateway = registerRealtime(app, {
          bus: deps.bus,
          unitPaths: (ids) => deps.org.unitPaths(ids),
          areaPaths: (ids) => deps.org.areaPaths(ids),
          eventsSince: eventsRepo(db).eventsSince,
          maxBacklog: core.REALTIME_MAX_BACKLOG,
        });
      },
    };
  },
  routes: (app, realtime) => realtime.mount(app),
});
