/**
 * core/platform — the module contract. A service is one `defineModule({...})`
 * in its folder's index.ts; server.ts lists modules and the platform wires
 * them (docs/modules.md).
 */
export { defineModule, moduleRef, subscriber } from './module.js';
export type {
  AnyModule,
  DepRefs,
  EventDecls,
  InitContext,
  JobDecl,
  ModuleDefinition,
  ModuleHooks,
  ModuleInfo,
  ModuleRef,
  PermissionDecl,
  ResolvedDeps,
  RootContext,
  SeedContext,
  SeedStep,
  SeedProvince,
  SubscribedEvent,
  SubscriberDecl,
} from './module.js';
export { PlatformError, orderModules, selectModules } from './graph.js';
export { buildPlatform, type Platform, type PlatformOptions, type Registrars } from './platform.js';
export { collectMigrations, tableOwners } from './migrations.js';
