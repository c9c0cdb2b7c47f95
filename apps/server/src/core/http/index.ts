export { createHttpApp, type App, type HttpOptions, type RegisteredRoute, type FastifyRequest } from './app.js';
export {
  AppError,
  defineErrors,
  httpErrors,
  isDatabaseUnavailable,
  isStorageFull,
  pickLang,
  type ErrorCatalog,
  type ErrorSpec,
  type Lang,
} from './errors.js';
export { createMetrics, type Metrics } from './metrics.js';
export type { Permission } from './permission.js';
export { responses } from './schemas.js';
export { registerSystemRoutes } from './system.routes.js';
export { sharedSecret } from './secrets.repo.js';
