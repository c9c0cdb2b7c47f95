export { createNotifyService, INBOX_CHANGED } from './notify.service.js';
export { DELIVER_QUEUE } from './notify.deliver.js';
export type { NotifyService, NotifyResult, Recipient, NotificationDto } from './notify.service.js';
export { registerNotifyRoutes } from './notify.routes.js';
export { notifyOptionsFrom, type NotifyOptions } from './notify.config.js';
export {
  CATEGORIES,
  CHANNELS,
  CORE_TEMPLATES,
  registerTemplates,
  templateKeys,
  type TemplateSpec,
  render,
  type Category,
  type Channel,
  type TemplateData,
  type TemplateKey,
} from './notify.templates.js';
export { toGsm7, normalizePhone, escapeHtml } from './notify.text.js';
export { notifyErrors } from './notify.errors.js';
export { notifyModule, notifyRef } from './notify.module.js';

/**
 * Modules add the types of their templates here by declaration merging
 * (`declare module '…/core/notify/index.js' { interface ModuleTemplates extends typeof MINE {} }`),
 * so `notify(…, 'reports.answered', data)` checks the data of a module's template too.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ModuleTemplates {}
