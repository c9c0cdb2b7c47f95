export { createOrgService, foldForSearch } from './org.service.js';
export type { OrgService, GeoFeature } from './org.service.js';
export type { LocatedUnit } from './org.geo.js';
export { registerOrgRoutes } from './org.routes.js';
export { orgModule, orgRef } from './org.module.js';
