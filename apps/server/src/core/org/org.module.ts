import { orgEvents } from '@vioc/contracts';
import { auditRef } from '../audit/index.js';
import { eventsRef } from '../events/index.js';
import { defineModule, moduleRef } from '../platform/index.js';
import { registerOrgRoutes } from './org.routes.js';
import { createOrgService, type OrgService } from './org.service.js';

export const orgRef = moduleRef<OrgService>('org');

export const orgModule = defineModule({
  ref: orgRef,
  description: 'Administrative units and agencies (đơn vị hành chính, cơ quan), boundaries',
  core: true,
  deps: { audit: auditRef, bus: eventsRef },
  events: orgEvents,
  init: ({ db, deps }) => createOrgService({ db, audit: deps.audit, publish: deps.bus.publish }),
  routes: (app, org) => registerOrgRoutes(app, { org }),
});
