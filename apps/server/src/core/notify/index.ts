export { createNotifyService, INBOX_CHANGED } from './notify.service.js';
export { DELIVER_QUEUE } from './notify.deliver.js';
export type { NotifyService, NotifyResult, Recipient, NotificationDto } from './notify.service.js';
export { registerNotifyRoutes } from './notify.routes.js';
export { notifyOptionsFrom, type NotifyOptions } from './notify.config.js';
export {
  CATEGORIES,
  CHANNELS,
  CORE_TEMPLATES,
  type ModuleTemplates,
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
